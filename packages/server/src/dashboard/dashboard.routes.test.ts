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
import { buildServer } from '../app.ts';

const SHARED = fileURLToPath(new URL('../../../../../shared/data', import.meta.url));

interface Tile {
  indicatorCode: string;
  latest: { period: { key: string }; value: number } | null;
  signal: { status: string; threshold: number | null };
  freshness: { late: boolean; ageDays: number | null };
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
    expect(body.region).toEqual({ code: 'NL01', name: 'Nederland' });
    expect(body.demo).toBe(true);
    expect(body.themes.map((t: { theme: string }) => t.theme)).toContain('health-context');
    const rt = tiles(body).find((t) => t.indicatorCode === 'reproduction-number')!;
    // the real RIVM estimate for the last day before asOf
    expect(rt.latest?.period.key).toBe('2021-01-15');
    expect(rt.demo).toBe(true); // its signal values are illustrative
    expect(['normal', 'attention', 'alarm']).toContain(rt.signal.status);
    expect(rt.sparkline).toHaveLength(12);
    const trust = tiles(body).find((t) => t.indicatorCode === 'trust-in-government')!;
    expect(trust.latest?.period.key).toBe('2021-Q1');
  });

  it('flags series that stopped as late when asked about today', async () => {
    const body = (await app.inject({ url: '/api/v1/dashboard?asOf=2026-01-01' })).json();
    const rt = tiles(body).find((t) => t.indicatorCode === 'reproduction-number')!;
    expect(rt.freshness.late).toBe(true);
    expect(rt.freshness.ageDays).toBeGreaterThan(1000);
  });

  it('builds it for a gemeente, with no-data tiles where nothing is published at that level', async () => {
    const body = (
      await app.inject({ url: '/api/v1/dashboard?region=GM0363&asOf=2022-06-30' })
    ).json();
    expect(body.region.name).toBe('Amsterdam');
    const all = tiles(body);
    expect(all.find((t) => t.indicatorCode === 'registered-crime')?.latest).not.toBeNull();
    expect(all.find((t) => t.indicatorCode === 'reproduction-number')?.signal.status).toBe(
      'no-data',
    );
    expect((await app.inject({ url: '/api/v1/dashboard?region=GM9999' })).statusCode).toBe(404);
  });
});
