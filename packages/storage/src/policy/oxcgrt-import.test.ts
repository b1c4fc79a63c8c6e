import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '@weegschaal/core';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { importOxcgrtCsv } from './oxcgrt-import.ts';
import {
  countPolicyRecords,
  listPolicyCountries,
  listPolicyLevels,
} from './policy-record.repository.ts';
import { listPolicyIndexDays } from './policy-index.repository.ts';

const FILE_NAME = 'oxcgrt_legacy_nld_bel_deu_daily.csv';
const REAL = readFileSync(
  new URL(`../../../../../shared/data/oxcgrt/${FILE_NAME}`, import.meta.url),
  'utf8',
);

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe.each(testDatabaseTargets())('OxCGRT import on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
  });
  afterAll(() => handle.close());

  it('imports the real file: 3 countries × 1096 days × 16 indicators, index reproduced', async () => {
    const report = await importOxcgrtCsv(handle.db, REAL, FILE_NAME);
    expect(report.days).toBe(3288);
    expect(report.records).toBe(3288 * 16);
    expect(report.countries.map((c) => [c.countryCode, c.from, c.to, c.days])).toEqual([
      ['BEL', '2020-01-01', '2022-12-31', 1096],
      ['DEU', '2020-01-01', '2022-12-31', 1096],
      ['NLD', '2020-01-01', '2022-12-31', 1096],
    ]);
    expect(report.stringencyCheck.comparedDays).toBe(3288);
    expect(report.stringencyCheck.maxDeviation).toBeLessThan(0.01);
    expect(await countPolicyRecords(handle.db)).toEqual({
      countries: 3,
      days: 3288,
      records: 52608,
    });
  });

  it('reads back the Dutch levels and both indices for the curfew lockdown', async () => {
    const [day] = await listPolicyLevels(handle.db, 'NLD', {
      from: '2021-01-23',
      to: '2021-01-23',
    });
    // C6 (stay at home) with a general flag during the curfew of 23 January 2021
    expect(day?.date).toBe('2021-01-23');
    expect(day?.levels.C6?.flag).toBe(1);
    expect(day?.levels.C8?.flag).toBeNull();
    const [index] = await listPolicyIndexDays(handle.db, {
      countries: ['NLD'],
      from: '2021-01-23',
      to: '2021-01-23',
    });
    expect(index?.published.stringencyIndex).not.toBeNull();
    expect(
      Math.abs((index?.computedStringencyIndex ?? NaN) - (index?.published.stringencyIndex ?? NaN)),
    ).toBeLessThan(0.01);
    expect((await listPolicyCountries(handle.db)).map((c) => c.countryName)).toEqual([
      'Belgium',
      'Germany',
      'Netherlands',
    ]);
  });

  it('imports the same file again without duplicating anything', async () => {
    await importOxcgrtCsv(handle.db, REAL, FILE_NAME);
    expect(await countPolicyRecords(handle.db)).toEqual({
      countries: 3,
      days: 3288,
      records: 52608,
    });
  });

  it('rejects a file with one bad row entirely, naming file, line, column, value and reason', async () => {
    const lines = REAL.trimEnd().split('\n');
    const header = lines[0]!;
    const columns = header.split(',');
    const c4 = columns.indexOf('C4_restrictions_on_gatherings');
    // a correct Dutch year 2023 … except its last row has gatherings level 7
    const rows = lines.slice(1, 11).map((l) => l.replace(/,2020-01-(\d\d),/, ',2023-01-$1,'));
    const cells = rows[9]!.split(',');
    cells[c4] = '7';
    rows[9] = cells.join(',');
    const error = await rejection(
      importOxcgrtCsv(handle.db, [header, ...rows].join('\n'), 'bad.csv'),
    );
    expect(error.kind).toBe('invalid-input');
    expect(error.message).toBe('bad.csv: 1 problem(s) in 1 of 10 rows; nothing was imported.');
    expect(error.invalidParams).toEqual([
      {
        name: 'bad.csv:11:C4_restrictions_on_gatherings',
        value: '7',
        reason: 'level out of range for C4: a whole number 0–4',
      },
    ]);
    expect(await listPolicyLevels(handle.db, 'NLD', { from: '2023-01-01' })).toEqual([]);
  });

  it('validates and reports without writing on a dry run', async () => {
    const lines = REAL.trimEnd().split('\n');
    const text = [lines[0], lines[1]!.replace('2020-01-01', '2024-01-01')].join('\n');
    const report = await importOxcgrtCsv(handle.db, text, 'dry.csv', { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, days: 1, records: 16 });
    expect(await listPolicyLevels(handle.db, 'NLD', { from: '2024-01-01' })).toEqual([]);
  });
});
