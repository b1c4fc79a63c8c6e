import { computeStringencyIndex, invalidInput } from '@weegschaal/core';
import type { OxcgrtIndicatorCode, PolicyDay } from '@weegschaal/core';
import { parseOxcgrtCsv } from '@weegschaal/core/csv';
import type { OxcgrtCsvResult } from '@weegschaal/core/csv';
import type { Kysely } from 'kysely';
import type { Database, Executor } from '../database.ts';
import { replacePolicyDays } from './policy-record.repository.ts';

/** How far the Stringency Index computed from the levels is from the published one. */
export interface StringencyCheck {
  comparedDays: number;
  maxDeviation: number;
  worst: { countryCode: string; date: string; published: number; computed: number } | null;
}

export interface OxcgrtImportReport {
  fileName: string;
  dryRun: boolean;
  rows: number;
  days: number;
  records: number;
  countries: { countryCode: string; countryName: string; from: string; to: string; days: number }[];
  indicators: OxcgrtIndicatorCode[];
  ignoredColumns: string[];
  regionalRowsSkipped: number;
  stringencyCheck: StringencyCheck;
}

export function checkStringency(days: readonly PolicyDay[]): StringencyCheck {
  const check: StringencyCheck = { comparedDays: 0, maxDeviation: 0, worst: null };
  for (const day of days) {
    const published = day.published.stringencyIndex;
    const computed = computeStringencyIndex(day.levels).value;
    if (published === null || computed === null) continue;
    check.comparedDays += 1;
    const deviation = Math.abs(computed - published);
    if (check.worst === null || deviation > check.maxDeviation) {
      check.maxDeviation = deviation;
      check.worst = { countryCode: day.countryCode, date: day.date, published, computed };
    }
  }
  return check;
}

/**
 * Parses and validates a whole OxCGRT file. Any rejected row rejects the file: the error
 * lists every failing cell as `<file>:<line>:<column>` with its value and reason.
 */
export function validateOxcgrtCsv(text: string, fileName: string): OxcgrtCsvResult {
  const parsed = parseOxcgrtCsv(text, fileName);
  if (parsed.errors.length > 0) {
    const rows = parsed.rejectedRows > 0 ? ` in ${parsed.rejectedRows} of ${parsed.rows} rows` : '';
    throw invalidInput(
      `${fileName}: ${parsed.errors.length} problem(s)${rows}; nothing was imported.`,
      parsed.errors,
    );
  }
  if (parsed.days.length === 0) {
    throw invalidInput(`${fileName}: no national rows to import.`, [
      { name: `${fileName}:2`, reason: 'the file has no national data rows' },
    ]);
  }
  return parsed;
}

function reportOf(parsed: OxcgrtCsvResult, fileName: string, dryRun: boolean): OxcgrtImportReport {
  const countries = new Map<string, OxcgrtImportReport['countries'][number]>();
  let records = 0;
  for (const day of parsed.days) {
    records += Object.keys(day.levels).length;
    const c = countries.get(day.countryCode);
    if (!c) {
      countries.set(day.countryCode, {
        countryCode: day.countryCode,
        countryName: day.countryName,
        from: day.date,
        to: day.date,
        days: 1,
      });
    } else {
      c.days += 1;
      if (day.date < c.from) c.from = day.date;
      if (day.date > c.to) c.to = day.date;
    }
  }
  return {
    fileName,
    dryRun,
    rows: parsed.rows,
    days: parsed.days.length,
    records,
    countries: [...countries.values()].sort((a, b) => a.countryCode.localeCompare(b.countryCode)),
    indicators: parsed.indicators,
    ignoredColumns: parsed.ignoredColumns,
    regionalRowsSkipped: parsed.regionalRowsSkipped,
    stringencyCheck: checkStringency(parsed.days),
  };
}

/** Validates a whole file and says what an import would write, without a database. */
export function dryRunOxcgrtCsv(text: string, fileName: string): OxcgrtImportReport {
  return reportOf(validateOxcgrtCsv(text, fileName), fileName, true);
}

/** Writes validated days; the caller owns the transaction (see importOxcgrtCsv). */
export async function writeOxcgrtDays(
  trx: Executor,
  parsed: OxcgrtCsvResult,
  fileName: string,
): Promise<OxcgrtImportReport> {
  await replacePolicyDays(trx, parsed.days, fileName);
  return reportOf(parsed, fileName, false);
}

/**
 * Imports an OxCGRT legacy-format CSV: validates every row first, then replaces the stored
 * record of each country over the file's span in one transaction, so that a failure leaves
 * nothing half-written. With dryRun it validates and reports without writing.
 */
export async function importOxcgrtCsv(
  db: Kysely<Database>,
  text: string,
  fileName: string,
  options: { dryRun?: boolean } = {},
): Promise<OxcgrtImportReport> {
  if (options.dryRun) return dryRunOxcgrtCsv(text, fileName);
  const parsed = validateOxcgrtCsv(text, fileName);
  return db.transaction().execute((trx) => writeOxcgrtDays(trx, parsed, fileName));
}
