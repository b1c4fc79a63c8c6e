import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { REJECTION_REASONS } from '@weegschaal/core';
import {
  loadDemoSeries,
  migrateToLatest,
  nlRegionsPublicDataSource,
  openDatabase,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import {
  anyJson,
  csvStyle,
  fuzzParameters,
  fuzzTimeout,
  hugeCell,
  mutateTable,
  mutation,
  nastyCell,
  writeCsv,
} from '../../../../test-support/fuzz.ts';
import { buildServer } from '../app.ts';
import { createTestAccount, loginAs } from '../auth/auth-testing.ts';
import type { TestLogin } from '../auth/auth-testing.ts';

const SHARED = fileURLToPath(new URL('../../../../../shared/data', import.meta.url));

/** A file that imports cleanly; the fuzzer starts from it and breaks it. */
const SEED: readonly (readonly string[])[] = [
  ['indicator', 'region', 'period', 'value'],
  ['loneliness', 'GM0363', '2021', '14'],
  ['loneliness', 'GM0599', '2021', '12,5'],
  ['trust-in-government', 'NL01', '2020-Q3', '45'],
];

/**
 * Thousands of broken files through POST /api/v1/imports: whatever arrives, the answer is a
 * report or a located problem — never a 5xx — and a file that is not applied leaves the
 * observations exactly as they were. FUZZ_RUNS=20000 runs the long form.
 */
describe('import fuzzing over HTTP (PGlite)', { timeout: fuzzTimeout }, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let secretariat: TestLogin;

  const observationCount = async () =>
    Number(
      (await sql<{ n: string }>`select count(*) as n from observation`.execute(handle.db)).rows[0]!
        .n,
    );

  /** The answer is never a 5xx, and always says where a problem is. */
  const expectLocatedAnswer = (res: LightMyRequestResponse, fileName: string) => {
    expect([200, 201, 400], res.body.slice(0, 500)).toContain(res.statusCode);
    const body = res.json();
    if (res.statusCode === 400) {
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(body.invalidParams.length, res.body.slice(0, 500)).toBeGreaterThan(0);
      for (const p of body.invalidParams) expect(p.name).toMatch(/\S/);
      return body;
    }
    if (body.status === 'rejected') {
      expect(body.rejections.length).toBeGreaterThan(0);
      for (const r of body.rejections) {
        expect(r.file).toBe(fileName);
        expect(Number.isInteger(r.row) && r.row >= 1, JSON.stringify(r)).toBe(true);
        expect(typeof r.column).toBe('string');
        expect(REJECTION_REASONS).toContain(r.reason);
        expect(r.message).toMatch(/\S/);
      }
    }
    return body;
  };

  /** Imports, and checks that nothing lands unless the batch was applied as a whole. */
  const importChecked = async (payload: Record<string, unknown>) => {
    const before = await observationCount();
    const res = await secretariat.inject({ method: 'POST', url: '/api/v1/imports', payload });
    const body = expectLocatedAnswer(res, String(payload['fileName']));
    const after = await observationCount();
    if (res.statusCode === 201) {
      expect(body.status).toBe('applied');
      expect(after - before).toBe(body.counts.observationsNew + body.counts.observationsRevised);
    } else {
      expect(after, `${res.statusCode} ${res.body.slice(0, 300)}`).toBe(before);
    }
    return res;
  };

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

  it('the unbroken seed file is applied (so the properties below start from a good file)', async () => {
    const res = await importChecked({
      fileName: 'seed.csv',
      contentBase64: Buffer.from(
        writeCsv(SEED, {
          delimiter: ';',
          quote: 'never',
          lineEnd: '\n',
          bom: false,
          encoding: 'utf-8',
        }),
      ).toString('base64'),
    });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('CSV: mutated cells, ragged rows, separators, quotes, line ends, BOMs and encodings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation(), { minLength: 1, maxLength: 6 }),
        csvStyle,
        fc.boolean(),
        async (mutations, style, dryRun) => {
          const bytes = writeCsv(mutateTable(SEED, mutations), style);
          await importChecked({
            fileName: 'fuzz.csv',
            contentBase64: Buffer.from(bytes).toString('base64'),
            format: 'observations-csv',
            dryRun,
          });
        },
      ),
      fuzzParameters(40),
    );
  });

  it('CSV: huge fields', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), hugeCell, async (row, column, text) => {
        const rows = mutateTable(SEED, [{ kind: 'replace-cell', row, column, text }]);
        await importChecked({
          fileName: 'huge.csv',
          content: rows.map((r) => r.join(',')).join('\n'),
        });
      }),
      fuzzParameters(3),
    );
  });

  it('any bytes at all, with any format claimed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2000 }),
        fc.constantFrom('auto', 'observations-csv', 'xlsx', 'cbs-odata'),
        async (bytes, format) => {
          await importChecked({
            fileName: 'bytes.bin',
            contentBase64: Buffer.from(bytes).toString('base64'),
            format,
          });
        },
      ),
      fuzzParameters(25),
    );
  });

  it('XLSX: typed cells (numbers, formulas, dates, errors) and corrupted workbooks', async () => {
    const xlsxCell = fc.oneof(
      nastyCell,
      fc.double(),
      fc.constant({ formula: '1/0' }),
      fc.constant({ formula: 'HYPERLINK("http://x")', result: 'x' }),
      fc.constant({ error: '#N/A' }),
      fc.date({ noInvalidDate: true }),
      fc.constant(null),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.nat(), xlsxCell), { maxLength: 5 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
        async (edits, corruption) => {
          const workbook = new ExcelJS.Workbook();
          const sheet = workbook.addWorksheet('data');
          const rows: unknown[][] = SEED.map((r) => [...r]);
          for (const [row, column, value] of edits) {
            const target = rows[row % rows.length]!;
            target[column % 6] = value;
          }
          for (const row of rows) sheet.addRow(row as ExcelJS.CellValue[]);
          const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
          // corrupting a byte inside the zip (past its signature) makes a damaged workbook
          for (const [at, value] of corruption) bytes[4 + (at % (bytes.length - 4))] = value;
          await importChecked({
            fileName: 'fuzz.xlsx',
            contentBase64: Buffer.from(bytes).toString('base64'),
          });
        },
      ),
      fuzzParameters(12),
    );
  });

  it('CBS OData: mutated values and arbitrary JSON, including objects that cannot become text', async () => {
    const record = fc.record(
      {
        Measure: fc.oneof(fc.constant('loneliness'), nastyCell),
        RegioS: fc.oneof(fc.constant('GM0363  '), nastyCell),
        Perioden: fc.oneof(fc.constant('2021JJ00'), nastyCell),
        Value: fc.oneof(fc.double(), nastyCell, fc.constant(null), anyJson),
        toString: anyJson,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ value: fc.array(fc.oneof(record, anyJson), { maxLength: 8 }) }),
          anyJson,
        ),
        async (json) => {
          await importChecked({
            fileName: 'fuzz.json',
            content: JSON.stringify(json) ?? 'undefined',
            format: 'cbs-odata',
          });
        },
      ),
      fuzzParameters(40),
    );
  });
});
