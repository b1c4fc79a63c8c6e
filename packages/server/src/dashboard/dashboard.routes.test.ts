import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import {
  loadDemoSeries,
  loadPublicData,
  migrateToLatest,
  nlRegionsPublicDataSource,
  openDatabase,
  rivmRtPublicDataSource,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { Check, Errors } from 'typebox/value';
import { buildServer } from '../app.ts';
import { DashboardSchema } from './dashboard.schema.ts';

const SHARED = fileURLToPath(new URL('../../../../../shared/data', import.meta.url));

interface Tile {
  indicatorCode: string;
  latest: { period: { key: string }; value: number } | null;
  signal: { status: string; threshold: number | null };
  freshness: { late: boolean; ageDays: number | null; expectedBy: string | null };
  trend: {
    method: string;
    direction: string;
    pValue: number | null;
    window: { periodType: string; periods: number; from: string; to: string; points: number };
    explanation: string[];
  } | null;
  demo: boolean;
  sparkline: unknown[];
}

describe('dashboard API', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(handle.db);
    await loadPublicData(handle.db, SHARED, [nlRegionsPublicDataSource, rivmRtPublicDataSource]);
    await loadDemoSeries(handle.db);
    app = await buildServer({ handle, webRoot: null, sharedDataDir: SHARED });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  const tiles = (body: { themes: { tiles: Tile[] }[] }) => body.themes.flatMap((t) => t.tiles);

  it('builds the national start page from the catalogue, real and demo side by side', async () => {
    const res = await app.inject({ url: '/api/v1/dashboard?asOf=2021-01-15' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // sent as JSON.stringify made it: it must be exactly what the schema documents
    expect([...Errors(DashboardSchema, body)].slice(0, 3)).toEqual([]);
    expect(Check(DashboardSchema, body)).toBe(true);
    expect(body.region).toEqual({ code: 'NL01', name: 'Nederland' });
    expect(body.demo).toBe(true);
    expect(body.themes.map((t: { theme: string }) => t.theme)).toContain('health-context');
    const rt = tiles(body).find((t) => t.indicatorCode === 'reproduction-number')!;
    // the real RIVM estimate for the last day before asOf
    expect(rt.latest?.period.key).toBe('2021-01-15');
    expect(rt.demo).toBe(true); // its signal values are illustrative
    expect(['normal', 'attention', 'alarm']).toContain(rt.signal.status);
    expect(rt.sparkline).toHaveLength(12);
    // the trend mark from the core test, over the 28 days of the daily window
    expect(rt.trend).toMatchObject({
      method: 'mann-kendall',
      window: { periodType: 'day', periods: 28, from: '2020-12-19', to: '2021-01-15', points: 28 },
    });
    expect(rt.trend!.pValue).toBeGreaterThanOrEqual(0);
    expect(rt.trend!.explanation.join(' ')).toContain('Mann–Kendall');
    const trust = tiles(body).find((t) => t.indicatorCode === 'trust-in-government')!;
    expect(trust.latest?.period.key).toBe('2021-Q1');
  });

  it('flags series that stopped as late when asked about today', async () => {
    const body = (await app.inject({ url: '/api/v1/dashboard?asOf=2026-01-01' })).json();
    const rt = tiles(body).find((t) => t.indicatorCode === 'reproduction-number')!;
    expect(rt.freshness.late).toBe(true);
    expect(rt.freshness.ageDays).toBeGreaterThan(1000);
    expect(rt.freshness.expectedBy! < '2026-01-01').toBe(true);
  });

  it('builds it for a gemeente, with no-data tiles where nothing is published at that level', async () => {
    const body = (
      await app.inject({ url: '/api/v1/dashboard?region=GM0363&asOf=2022-06-30' })
    ).json();
    expect(body.region.name).toBe('Amsterdam');
    expect(Check(DashboardSchema, body)).toBe(true);
    const all = tiles(body);
    expect(all.find((t) => t.indicatorCode === 'registered-crime')?.latest).not.toBeNull();
    expect(all.find((t) => t.indicatorCode === 'reproduction-number')?.signal.status).toBe(
      'no-data',
    );
    expect((await app.inject({ url: '/api/v1/dashboard?region=GM9999' })).statusCode).toBe(404);
  });
});
