import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import {
  loadDemoData,
  loadPublicData,
  measureEventsPublicDataSource,
  migrateToLatest,
  openDatabase,
  oxcgrtPublicDataSource,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { buildServer } from '../app.ts';

const SHARED = fileURLToPath(new URL('../../../../../shared/data', import.meta.url));

describe('measures timeline API', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;

  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(handle.db);
    await loadDemoData(handle.db);
    await loadPublicData(handle.db, SHARED, [
      oxcgrtPublicDataSource,
      measureEventsPublicDataSource,
    ]);
    app = await buildServer({ handle, webRoot: null });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('gives the Dutch levels per indicator per day with published and computed stringency', async () => {
    const res = await app.inject({
      url: '/api/v1/measure-timeline?country=NLD&from=2021-01-22&to=2021-01-24',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['api-version']).toBeDefined();
    const body = res.json();
    expect(body.demo).toBe(false);
    expect(body.source.credit).toContain('Blavatnik School of Government');
    expect(body.country).toMatchObject({ countryCode: 'NLD', countryName: 'Netherlands' });
    expect(body.days.map((d: { date: string }) => d.date)).toEqual([
      '2021-01-22',
      '2021-01-23',
      '2021-01-24',
    ]);
    for (const day of body.days) {
      expect(Object.keys(day.levels)).toHaveLength(16);
      const { published, computed } = day.stringencyIndex;
      expect(Math.abs(computed - published)).toBeLessThan(0.01);
    }
    // the curfew of 23 January 2021 shows as a stricter stay-at-home level
    expect(body.days[1].levels.C6.level).toBeGreaterThan(body.days[0].levels.C6.level);
    // the catalogue maps its measures to the indicators (the catalogue itself is demo content)
    const c1 = body.indicators.find((i: { code: string }) => i.code === 'C1');
    expect(c1).toMatchObject({
      maxLevel: 3,
      inStringencyIndex: true,
      measure: { code: 'scholen' },
    });
    expect(c1.measure.demo).toBe(true);
    expect(body.indicators.find((i: { code: string }) => i.code === 'H2').inStringencyIndex).toBe(
      false,
    );
  });

  it('covers the whole record when no period is given', async () => {
    const body = (await app.inject({ url: '/api/v1/measure-timeline?country=BEL' })).json();
    expect([body.from, body.to, body.days.length]).toEqual(['2020-01-01', '2022-12-31', 1096]);
  });

  it('answers bad input with 400 and invalidParams naming each field', async () => {
    const res = await app.inject({ url: '/api/v1/measure-timeline?country=nl&from=2021-02-30' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const names = res.json().invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['querystring.country', 'querystring.from']));

    const reversed = await app.inject({
      url: '/api/v1/measure-timeline?country=NLD&from=2021-02-01&to=2021-01-01',
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().invalidParams).toEqual([
      { name: 'query.from', reason: 'must not be after to (2021-01-01)', value: '2021-02-01' },
      { name: 'query.to', reason: 'must not be before from (2021-02-01)', value: '2021-01-01' },
    ]);
  });

  it('says 404 for a country without a record', async () => {
    const res = await app.inject({ url: '/api/v1/measure-timeline?country=FRA' });
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toBe("Country in the measures timeline 'FRA' does not exist.");
  });

  it('compares NLD, BEL and DEU on one time axis', async () => {
    const res = await app.inject({
      url: '/api/v1/stringency-comparison?countries=NLD,BEL,DEU&from=2020-03-01&to=2020-04-30',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.series.map((s: { countryCode: string }) => s.countryCode)).toEqual([
      'NLD',
      'BEL',
      'DEU',
    ]);
    const dates = body.series.map((s: { points: { date: string }[] }) =>
      s.points.map((p) => p.date).join(),
    );
    expect(new Set(dates).size).toBe(1);
    expect(body.series[0].points).toHaveLength(61);
    const bad = await app.inject({ url: '/api/v1/stringency-comparison?countries=NLD;BEL' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toBe('querystring.countries');
  });

  it('shows the working of one day: nine sub-indices, the rule and the arithmetic', async () => {
    const res = await app.inject({ url: '/api/v1/stringency-calculations/NLD/2021-01-23' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.components).toHaveLength(9);
    expect(body.rounded).toBe(body.published);
    expect(body.deviation).toBeLessThan(0.01);
    expect(body.components[0].working).toMatch(/^100 × /);
    expect(body.missingDataRule).toContain('no imputation');
    expect(
      (await app.inject({ url: '/api/v1/stringency-calculations/NLD/2019-01-01' })).statusCode,
    ).toBe(404);
    expect(
      (await app.inject({ url: '/api/v1/stringency-calculations/NLD/yesterday' })).statusCode,
    ).toBe(400);
  });

  it('lists the dated events, filtered by period and kind', async () => {
    const res = await app.inject({
      url: '/api/v1/measure-events?from=2021-01-01&to=2021-01-31&kind=measure',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.demo).toBe(false);
    expect(body.items.map((e: { description: string }) => e.description)).toContain('Avondklok');
    expect(body.items.every((e: { kind: string }) => e.kind === 'measure')).toBe(true);
    expect(body.sources[0]).toMatchObject({ licence: 'MIT' });
    const all = (await app.inject({ url: '/api/v1/measure-events' })).json();
    expect(all.items).toHaveLength(101);
    const bad = await app.inject({ url: '/api/v1/measure-events?kind=party' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toMatch(/^querystring\.kind/);
  });
});
