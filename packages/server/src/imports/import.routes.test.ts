import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import {
  loadDemoSeries,
  migrateToLatest,
  nlRegionsPublicDataSource,
  openDatabase,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { buildServer } from '../app.ts';
import { createTestAccount, loginAs } from '../auth/auth-testing.ts';
import type { TestLogin } from '../auth/auth-testing.ts';

const SHARED = fileURLToPath(new URL('../../../../../shared/data', import.meta.url));

describe('indicators, observations and imports API', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let secretariat: TestLogin;
  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(handle.db);
    await nlRegionsPublicDataSource.load(handle.db, SHARED);
    await loadDemoSeries(handle.db);
    app = await buildServer({ handle, webRoot: null, sharedDataDir: SHARED });
    secretariat = await loginAs(app, handle, await createTestAccount(handle, 'secretariat'));
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('lists the indicator catalogue with signal values and demo labels, by theme', async () => {
    const all = (await app.inject({ url: '/api/v1/indicators' })).json();
    expect(all.items.length).toBeGreaterThanOrEqual(30);
    expect(all.demo).toBe(true);
    const mental = (await app.inject({ url: '/api/v1/indicators?theme=mental-health' })).json();
    expect(mental.items.every((i: { theme: string }) => i.theme === 'mental-health')).toBe(true);
    const one = (await app.inject({ url: '/api/v1/indicators/unemployment-rate' })).json();
    expect(one).toMatchObject({
      aggregation: 'ratio-of-sums',
      ratio: { numerator: 'unemployed-persons', denominator: 'labour-force' },
      signal: { demo: true },
    });
    expect(one.signal.setBy.length).toBeGreaterThan(0);
    expect((await app.inject({ url: '/api/v1/indicators/nope' })).statusCode).toBe(404);
  });

  it('filters observations by indicator, region and period range, labelled demo', async () => {
    const res = await app.inject({
      url: '/api/v1/observations?indicator=trust-in-government&region=NL01&from=2020-01-01&to=2020-12-31',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.map((o: { period: { key: string } }) => o.period.key)).toEqual([
      '2020-Q1',
      '2020-Q2',
      '2020-Q3',
      '2020-Q4',
    ]);
    expect(body.demo).toBe(true);
    const bad = await app.inject({
      url: '/api/v1/observations?indicator=trust-in-government&from=2021-01-01&to=2020-01-01',
    });
    expect(bad.statusCode).toBe(400);
    const none = await app.inject({ url: '/api/v1/observations' });
    expect(none.statusCode).toBe(400);
    expect(none.json().invalidParams[0].name).toBe('query.indicator');
  });

  it('refuses imports from the public (401) and takes them from the secretariat', async () => {
    const payload = {
      fileName: 'x.csv',
      content: 'indicator,region,period,value\nloneliness,GM0363,2021,14\n',
    };
    const anonymous = await app.inject({ method: 'POST', url: '/api/v1/imports', payload });
    expect(anonymous.statusCode).toBe(401);
    const res = await secretariat.inject({ method: 'POST', url: '/api/v1/imports', payload });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'applied', counts: { observationsRevised: 1 } });
  });

  it('dry-runs a Dutch CSV and then imports it; revisions are queryable', async () => {
    const content = 'indicator;regio;periode;waarde\nloneliness;GM0014;2022;15,5\n';
    const dry = await secretariat.inject({
      method: 'POST',
      url: '/api/v1/imports',
      payload: { fileName: 'eenzaam.csv', content, dryRun: true },
    });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({
      status: 'dry-run',
      batchId: null,
      counts: { observationsRevised: 1 },
      dialect: { convention: 'dutch', delimiter: ';' },
      layout: {
        kind: 'long',
        columns: { indicator: 'indicator', region: 'regio', period: 'periode', value: 'waarde' },
      },
    });
    const applied = await secretariat.inject({
      method: 'POST',
      url: '/api/v1/imports',
      payload: { fileName: 'eenzaam.csv', content },
    });
    expect(applied.statusCode).toBe(201);
    const history = (
      await app.inject({
        url: '/api/v1/observations?indicator=loneliness&region=GM0014&from=2022-01-01&to=2022-12-31&includeRevisions=true',
      })
    ).json();
    expect(
      history.items.map((o: { value: number; revision: number; demo: boolean }) => [
        o.value,
        o.revision,
        o.demo,
      ]),
    ).toEqual([
      [15.5, 2, false],
      [expect.any(Number), 1, true],
    ]);
  });

  it('takes XLSX as base64, and lists a rejected batch with its located rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('data');
    sheet.addRow(['indicator', 'region', 'period', 'value']);
    sheet.addRow(['bankruptcies', 'PV27', '2021-07', 40]);
    sheet.addRow(['bankruptcies', 'PV99', '2021-07', 40]);
    const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const res = await secretariat.inject({
      method: 'POST',
      url: '/api/v1/imports',
      payload: { fileName: 'faillissementen.xlsx', contentBase64 },
    });
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report.status).toBe('rejected');
    const batch = (await app.inject({ url: `/api/v1/imports/${report.batchId}` })).json();
    expect(batch.rejections).toEqual([
      expect.objectContaining({
        file: 'faillissementen.xlsx',
        row: 3,
        column: 'region',
        value: 'PV99',
        reason: 'unknown-region',
      }),
    ]);
    const list = (await app.inject({ url: '/api/v1/imports?status=rejected' })).json();
    expect(list.items.map((b: { id: number }) => b.id)).toContain(report.batchId);
  });

  it('rolls a batch back with DELETE, once', async () => {
    const applied = (
      await secretariat.inject({
        method: 'POST',
        url: '/api/v1/imports',
        payload: {
          fileName: 'r.csv',
          content: 'indicator,region,period,value\nvolunteering,PV27,2021,51\n',
        },
      })
    ).json();
    const res = await secretariat.inject({
      method: 'DELETE',
      url: `/api/v1/imports/${applied.batchId}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      observationsRemoved: 1,
      batch: { status: 'rolled-back', rolledBackBy: 'test-secretariat' },
    });
    const again = await secretariat.inject({
      method: 'DELETE',
      url: `/api/v1/imports/${applied.batchId}`,
    });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a body with neither or both contents', async () => {
    const res = await secretariat.inject({
      method: 'POST',
      url: '/api/v1/imports',
      payload: { fileName: 'x.csv' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams[0].name).toBe('body.content');
  });

  it('previews an upload and imports it with the mapping chosen in the preview', async () => {
    const content = 'Onderwerp;Gemeente;Datum;Aantal\nbankruptcies;GM0363;01-03-2021;4\n';
    const payload = { fileName: 'upload.csv', content };
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/imports/previews', payload })).statusCode,
    ).toBe(401);
    const preview = await secretariat.inject({
      method: 'POST',
      url: '/api/v1/imports/previews',
      payload,
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      format: 'observations-csv',
      dialect: { convention: 'dutch', dateOrder: 'dmy' },
      columns: ['Onderwerp', 'Gemeente', 'Datum', 'Aantal'],
      rows: [{ rowNumber: 2, cells: ['bankruptcies', 'GM0363', '01-03-2021', '4'] }],
      // no value column recognised: read as a wide file until the user maps one
      layout: { kind: 'wide', columns: { indicator: 'Onderwerp', period: 'Datum' } },
    });
    const mapping = { columns: { region: 'Gemeente', value: 'Aantal' } };
    // without the mapping the file has no value column; with it, it imports
    const dry = await secretariat.inject({
      method: 'POST',
      url: '/api/v1/imports',
      payload: { ...payload, mapping, dryRun: true },
    });
    expect(dry.json()).toMatchObject({
      status: 'dry-run',
      counts: { observationsNew: 1, rejectedRows: 0 },
      layout: { columns: { region: 'Gemeente', value: 'Aantal' } },
    });
    const bad = await secretariat.inject({
      method: 'POST',
      url: '/api/v1/imports/previews',
      payload: { ...payload, mapping: { columns: { colour: 'Aantal' } } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toBe('body.mapping.columns.colour');
  });
});
