import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  anyJson,
  csvStyle,
  fuzzParameters,
  fuzzTimeout,
  mutateTable,
  mutation,
  writeCsv,
} from '../../../../test-support/fuzz.ts';
import { DomainError } from '../errors/domain-error.ts';
import { indicatorCatalogue } from '../indicators/indicator-catalogue.ts';
import { parseCbsOData } from './cbs-odata.ts';
import { REJECTION_REASONS, createObservationValidator } from './observation-import.ts';
import type { ImportContext } from './observation-import.ts';
import { readCsvRows } from './tabular-file.ts';
import type { TabularFile } from './tabular-file.ts';

const context: ImportContext = {
  indicators: indicatorCatalogue(),
  isKnownRegion: (code) => /^(NL01|GM\d{4}|PV\d{2})$/.test(code),
};

/** Dutch (semicolon, decimal comma, dd-mm-jjjj) and international files that import. */
const SEEDS: readonly (readonly (readonly string[])[])[] = [
  [
    ['indicator', 'region', 'period', 'value'],
    ['loneliness', 'GM0363', '2021', '14,5'],
    ['loneliness', 'GM0599', '2021', '1.234,5'],
    ['trust-in-government', 'NL01', '2020-Q3', '45'],
  ],
  [
    ['indicator', 'region', 'period', 'value', 'lower', 'upper'],
    ['loneliness', 'GM0363', '2021', '14.5', '12.1', '16.9'],
    ['trust-in-government', 'NL01', '2020-Q3', '1,234.5', '', ''],
  ],
  [
    ['region', 'period', 'loneliness', 'trust-in-government'],
    ['GM0363', '2021', '14', '45'],
    ['NL01', '2021', '15', '44'],
  ],
];

/** The file as the importer reads it: bytes decoded as UTF-8, whatever they were. */
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

/** Reading must end in a table or a DomainError that names the file and says where. */
function readOrLocatedError(fileName: string, text: string): TabularFile | null {
  try {
    const { columns, rows, dialect } = readCsvRows(fileName, text);
    return { fileName, columns, rows: [...rows], dialect };
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const params = (error as DomainError).invalidParams;
    expect(params.length).toBeGreaterThan(0);
    for (const p of params) expect(p.name).toContain(fileName);
    return null;
  }
}

/** Validation must reject with a file, row, column and reason, or throw a located error. */
function validateLocated(table: TabularFile): void {
  let validator;
  try {
    validator = createObservationValidator(table, context, () => undefined);
  } catch (error) {
    // a header that names no usable columns: refused as a whole, with the columns named
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).invalidParams.length).toBeGreaterThan(0);
    return;
  }
  for (const { rowNumber, cells } of table.rows) validator.row(rowNumber, cells);
  const result = validator.finish();
  const rowNumbers = new Set(table.rows.map((r) => r.rowNumber));
  for (const r of result.rejections) {
    expect(r.file).toBe(table.fileName);
    expect(rowNumbers.has(r.row), `row ${r.row}`).toBe(true);
    expect(typeof r.column).toBe('string');
    expect(REJECTION_REASONS).toContain(r.reason);
    expect(r.message).toMatch(/\S/);
  }
  expect(result.rowsRead).toBe(table.rows.length);
}

/**
 * The pure half of the importers, fuzzed hard (thousands of inputs in CI; FUZZ_RUNS=20000
 * for the long form): whatever the bytes, reading and validating never throws anything but
 * a located DomainError, and every rejected value names its file, row, column and reason.
 */
describe('importer fuzzing (core: CSV NL/international, OData)', { timeout: fuzzTimeout }, () => {
  it('mutated Dutch and international CSV files in every separator, quoting, line end and encoding', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEEDS),
        fc.array(mutation(), { maxLength: 8 }),
        csvStyle,
        (seed, mutations, style) => {
          const table = readOrLocatedError(
            'fuzz.csv',
            decode(writeCsv(mutateTable(seed, mutations), style)),
          );
          if (table) validateLocated(table);
        },
      ),
      fuzzParameters(3000),
    );
  });

  it('arbitrary text, and arbitrary bytes read as UTF-8', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc.uint8Array({ maxLength: 400 }).map(decode),
          fc
            .tuple(
              fc.array(fc.string({ maxLength: 10 }), { maxLength: 40 }),
              fc.constantFrom(',', ';', '\n', '"', '\r'),
            )
            .map(([parts, glue]) => parts.join(glue)),
        ),
        (text) => {
          const table = readOrLocatedError('any.csv', text);
          if (table) validateLocated(table);
        },
      ),
      fuzzParameters(800),
    );
  });

  it('a fixed dialect that does not fit the file still gives located answers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEEDS),
        fc.array(mutation(), { maxLength: 4 }),
        fc.record({
          delimiter: fc.constantFrom(',', ';', '\t'),
          decimalSeparator: fc.constantFrom(',', '.'),
          dateOrder: fc.constantFrom('dmy', 'iso'),
        }),
        (seed, mutations, dialect) => {
          const text = mutateTable(seed, mutations)
            .map((r) => r.join(';'))
            .join('\n');
          try {
            const { columns, rows } = readCsvRows('fixed.csv', text, dialect as never);
            validateLocated({
              fileName: 'fixed.csv',
              columns,
              rows: [...rows],
              dialect: dialect as never,
            });
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
          }
        },
      ),
      fuzzParameters(1500),
    );
  });

  it('CBS OData: any JSON at all', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyJson,
          fc.record({
            value: fc.array(
              fc.oneof(anyJson, fc.dictionary(fc.string({ maxLength: 12 }), anyJson)),
              { maxLength: 8 },
            ),
          }),
          fc.constant({ value: [{ Measure: 'loneliness', Value: { toString: 1 } }] }),
        ),
        (json) => {
          let table: TabularFile;
          try {
            table = parseCbsOData('fuzz.json', json);
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            expect((error as DomainError).invalidParams.length).toBeGreaterThan(0);
            return;
          }
          validateLocated(table);
        },
      ),
      fuzzParameters(3000),
    );
  });
});
