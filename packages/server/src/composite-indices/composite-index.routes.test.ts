import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { demoCompositeIndices } from '@weegschaal/core';
import { loadDemoData, migrateToLatest, openDatabase } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { buildServer } from '../app.ts';
import { createTestAccount, loginAs } from '../auth/auth-testing.ts';
import type { TestLogin } from '../auth/auth-testing.ts';

const BASE = '/api/v1/composite-indices';
const UNKNOWN = '3f0e8c2a-8d7b-4c1e-9a55-1b2c3d4e5f60';

interface Listed {
  id: string;
  code: string;
  level: string;
  demo: boolean;
}
interface Value {
  regionCode: string;
  periodKey: string;
  value: number;
  contributions: { indicatorCode: string; term: number; weight: number }[];
  uncertainty: {
    range: { lower: number; upper: number };
    interval90: { lower: number; upper: number };
  };
}

const body = {
  code: 'mit-economie',
  nameNl: 'Economie',
  nameEn: 'Economy',
  components: [
    { indicatorCode: 'unemployment-rate', weight: 2, polarity: 'higher-is-worse' },
    { indicatorCode: 'consumer-confidence', weight: 1, polarity: 'higher-is-better' },
  ],
  normalisation: 'min-max',
  aggregation: 'geometric',
  level: 'nl',
  periodType: 'month',
};

/**
 * The composite-index API end to end on the demo: the demo indices are listed, computed from
 * the national demo series with contributions, band and explanation; an MIT member defines,
 * changes and deletes an index; others are refused; bad input is named field by field.
 */
describe('composite index routes', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let mit: TestLogin;
  let ministry: TestLogin;
  let national: Listed;

  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(handle.db);
    await loadDemoData(handle.db);
    app = await buildServer({ handle, webRoot: null });
    mit = await loginAs(app, handle, await createTestAccount(handle, 'mit-member'));
    ministry = await loginAs(app, handle, await createTestAccount(handle, 'ministry-official'));
    const list = (await app.inject({ url: BASE })).json();
    national = list.items.find((i: Listed) => i.level === 'nl');
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('lists the demo indices, labelled demo', async () => {
    const res = await app.inject({ url: BASE });
    expect(res.statusCode).toBe(200);
    expect(res.headers['api-version']).toBeDefined();
    expect(res.json().demo).toBe(true);
    expect(
      res
        .json()
        .items.map((i: Listed) => i.code)
        .sort(),
    ).toEqual(
      demoCompositeIndices()
        .map((d) => d.code)
        .sort(),
    );
  });

  it('computes the national demo index per month with contributions, band and explanation', async () => {
    const res = await app.inject({
      url: `${BASE}/${national.id}/values?from=2020-01-01&to=2021-12-31`,
    });
    expect(res.statusCode).toBe(200);
    const out = res.json();
    expect(out.demo).toBe(true);
    expect(out.periodType).toBe('month');
    expect(out.values).toHaveLength(24);
    for (const v of out.values as Value[]) {
      expect(v.regionCode).toBe('NL01');
      // arithmetic: the terms add up to the index
      expect(v.contributions.reduce((s, c) => s + c.term, 0)).toBeCloseTo(v.value, 10);
      expect(v.contributions.map((c) => c.weight)).toEqual([0.25, 0.25, 0.25, 0.25]);
      expect(v.uncertainty.range.lower).toBeLessThanOrEqual(v.value);
      expect(v.uncertainty.range.upper).toBeGreaterThanOrEqual(v.value);
      expect(v.uncertainty.interval90.lower).toBeLessThanOrEqual(v.uncertainty.interval90.upper);
    }
    expect(out.uncertainty.replicates).toBe(1000);
    expect(out.explanation.at(-1)).toContain('no single "societal R"');
    // the demo crisis peaks in spring 2020 and the 2020-21 winter: the index is lower then
    const at = (key: string) => (out.values as Value[]).find((v) => v.periodKey === key)!.value;
    expect(at('2020-04')).toBeLessThan(at('2020-01'));
  });

  it('computes the same index with another normalisation on request, and says so', async () => {
    const res = await app.inject({
      url: `${BASE}/${national.id}/values?from=2020-01-01&to=2020-12-31&normalisation=z-score`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().normalisation).toBe('z-score');
    expect(res.json().explanation[0]).toContain('instead of the stored min-max');
    expect(res.json().values).toHaveLength(12);
  });

  it('computes with other weights on request: a heavier indicator weighs more in the index', async () => {
    const url = `${BASE}/${national.id}/values?from=2020-01-01&to=2020-12-31`;
    const stored = (await app.inject({ url })).json();
    const heavy = await app.inject({ url: `${url}&weights=unemployment-rate:7` });
    expect(heavy.statusCode).toBe(200);
    expect(heavy.json().weights[0]).toEqual({ indicatorCode: 'unemployment-rate', weight: 7 });
    expect(heavy.json().explanation[0]).toContain('other weights than stored');
    const share = (out: { values: Value[] }) => out.values[0]!.contributions[0]!.weight;
    expect(share(stored)).toBe(0.25);
    expect(share(heavy.json())).toBe(0.7);
    const bad = await app.inject({ url: `${url}&weights=gdp-growth:1,unemployment-rate:0` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams.map((p: { value: string }) => p.value)).toEqual([
      'gdp-growth:1',
      'unemployment-rate:0',
    ]);
  });

  it('answers 400 with invalidParams for a bad query, 404 for an unknown index', async () => {
    const region = await app.inject({ url: `${BASE}/${national.id}/values?region=GM0363` });
    expect(region.statusCode).toBe(400);
    expect(region.json().invalidParams[0]).toMatchObject({
      name: 'querystring.region',
      value: 'GM0363',
    });
    const dates = await app.inject({
      url: `${BASE}/${national.id}/values?from=2021-01-01&to=2020-01-01`,
    });
    expect(dates.json().invalidParams.map((p: { name: string }) => p.name)).toEqual([
      'querystring.to',
    ]);
    const geometricZ = await app.inject({
      url: `${BASE}/${national.id}/values?aggregation=geometric&normalisation=z-score`,
    });
    expect(geometricZ.statusCode).toBe(400);
    expect(geometricZ.json().invalidParams[0].name).toBe('querystring.normalisation');
    const malformed = await app.inject({ url: `${BASE}/not-a-uuid/values` });
    expect(malformed.statusCode).toBe(400);
    expect((await app.inject({ url: `${BASE}/${UNKNOWN}` })).statusCode).toBe(404);
    expect((await app.inject({ url: `${BASE}/${UNKNOWN}/values` })).statusCode).toBe(404);
  });

  it('lets the MIT define an index (defaults stored), and refuses the public and other roles', async () => {
    expect((await app.inject({ method: 'POST', url: BASE, payload: body })).statusCode).toBe(401);
    const forbidden = await ministry.inject({ method: 'POST', url: BASE, payload: body });
    expect(forbidden.statusCode).toBe(403);
    const created = await mit.inject({ method: 'POST', url: BASE, payload: body });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      code: 'mit-economie',
      author: 'test-mit-member',
      demo: false,
      minMaxFloor: 0.1,
      referencePeriod: null,
      imputation: { rule: 'none' },
      uncertainty: { replicates: 1000, normalisations: ['min-max'] },
    });
    const again = await mit.inject({ method: 'POST', url: BASE, payload: body });
    expect(again.statusCode).toBe(409);
    const values = await app.inject({
      url: `${BASE}/${created.json().id}/values?from=2020-01-01&to=2020-06-30`,
    });
    const v = values.json().values[0] as Value & { termScale: string };
    expect(v.termScale).toBe('log-index');
    expect(Math.exp(v.contributions.reduce((s, c) => s + c.term, 0))).toBeCloseTo(v.value, 10);
  });

  it('normalises against a reference period outside the window asked, without showing it', async () => {
    const created = await mit.inject({
      method: 'POST',
      url: BASE,
      payload: {
        ...body,
        code: 'tegen-december-2019',
        normalisation: 'distance-to-reference',
        referencePeriod: '2019-12',
        components: [
          { indicatorCode: 'unemployment-rate', weight: 1, polarity: 'higher-is-worse' },
          { indicatorCode: 'retail-turnover', weight: 1, polarity: 'higher-is-better' },
        ],
      },
    });
    expect(created.statusCode).toBe(201);
    const res = await app.inject({
      url: `${BASE}/${created.json().id}/values?from=2020-01-01&to=2020-06-30`,
    });
    const values = res.json().values as Value[];
    expect(values.map((v) => v.periodKey)).toEqual([
      '2020-01',
      '2020-02',
      '2020-03',
      '2020-04',
      '2020-05',
      '2020-06',
    ]);
    const all = (
      await app.inject({ url: `${BASE}/${created.json().id}/values?to=2020-06-30` })
    ).json().values as Value[];
    // in the reference period itself every indicator is 100, so the index is 100
    expect(all.find((v) => v.periodKey === '2019-12')!.value).toBeCloseTo(100, 10);
    expect(all.find((v) => v.periodKey === '2020-04')!.value).toBeCloseTo(
      values.find((v) => v.periodKey === '2020-04')!.value,
      10,
    );
  });

  it('names each failing field of a bad definition', async () => {
    const res = await mit.inject({
      method: 'POST',
      url: BASE,
      payload: {
        ...body,
        code: 'bad',
        normalisation: 'distance-to-reference',
        components: [
          { indicatorCode: 'no-such-indicator', weight: 1, polarity: 'higher-is-worse' },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'body.normalisation' }),
    ]);
    const unknown = await mit.inject({
      method: 'POST',
      url: BASE,
      payload: {
        ...body,
        code: 'bad',
        components: [
          { indicatorCode: 'no-such-indicator', weight: 1, polarity: 'higher-is-worse' },
        ],
      },
    });
    expect(unknown.json().invalidParams).toEqual([
      {
        name: 'body.components[0].indicatorCode',
        reason: 'no indicator with this code',
        value: 'no-such-indicator',
      },
    ]);
    const schema = await mit.inject({
      method: 'POST',
      url: BASE,
      payload: { ...body, code: 'bad', components: [] },
    });
    expect(schema.statusCode).toBe(400);
    expect(schema.json().invalidParams[0].name).toContain('components');
  });

  it('replaces and deletes an index; writes need the role', async () => {
    const created = (
      await mit.inject({ method: 'POST', url: BASE, payload: { ...body, code: 'to-change' } })
    ).json();
    const url = `${BASE}/${created.id}`;
    expect(
      (await ministry.inject({ method: 'PUT', url, payload: { ...body, code: 'to-change' } }))
        .statusCode,
    ).toBe(403);
    const changed = await mit.inject({
      method: 'PUT',
      url,
      payload: { ...body, code: 'to-change', aggregation: 'arithmetic', normalisation: 'z-score' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      id: created.id,
      normalisation: 'z-score',
      minMaxFloor: 0,
    });
    expect((await app.inject({ method: 'DELETE', url })).statusCode).toBe(401);
    expect((await mit.inject({ method: 'DELETE', url })).statusCode).toBe(204);
    expect((await app.inject({ url })).statusCode).toBe(404);
    expect((await mit.inject({ method: 'DELETE', url })).statusCode).toBe(404);
  });
});
