import { parse } from 'csv-parse/sync';
import type { InvalidParam } from '../errors/domain-error.ts';
import { parseCalendarDate } from '../calendar/calendar-date.ts';
import { isOxcgrtIndicatorCode, oxcgrtIndicator } from './oxcgrt-indicator.ts';
import type { OxcgrtIndicatorCode, PolicyDay, PublishedPolicyIndices } from './oxcgrt-indicator.ts';

/**
 * Reads an OxCGRT CSV in the legacy, wide layout: one row per country per day, a column per
 * indicator (`C1_school_closing` or `C1_School closing`) and per flag (`C1_flag`/`C1_Flag`),
 * and the published indices. Every cell is validated; each failure is reported as
 * `<file>:<line>:<column>` (line 1 is the header) with the value and the reason, so that a
 * person can find and fix it. Rows with any failure are rejected as a whole.
 */
export interface OxcgrtCsvResult {
  days: PolicyDay[];
  errors: InvalidParam[];
  /** data rows read (excluding the header) */
  rows: number;
  rejectedRows: number;
  /** sub-national rows (RegionCode filled in): only national records are kept */
  regionalRowsSkipped: number;
  /** columns that are valid OxCGRT but not modelled here (notes, USD amounts, vaccines…) */
  ignoredColumns: string[];
  indicators: OxcgrtIndicatorCode[];
}

const INDEX_COLUMNS: Record<string, keyof PublishedPolicyIndices> = {
  StringencyIndex: 'stringencyIndex',
  GovernmentResponseIndex: 'governmentResponseIndex',
  ContainmentHealthIndex: 'containmentHealthIndex',
  EconomicSupportIndex: 'economicSupportIndex',
};

// OxCGRT indicators that exist but are not ordinal levels (USD amounts, free text, vaccine
// detail): a full OxCGRT file carries them, and they are skipped rather than rejected.
const NON_ORDINAL_CODES = new Set(['E3', 'E4', 'H4', 'H5', 'M1']);
const OTHER_KNOWN_COLUMNS = new Set([
  'CountryName',
  'RegionName',
  'Jurisdiction',
  'ConfirmedCases',
  'ConfirmedDeaths',
]);
const INDICATOR_COLUMN = /^([A-Z])(\d+)([A-Z]*)_(.+)$/;

type ColumnRole =
  | { kind: 'country-code' }
  | { kind: 'country-name' }
  | { kind: 'region-code' }
  | { kind: 'date' }
  | { kind: 'level'; code: OxcgrtIndicatorCode }
  | { kind: 'flag'; code: OxcgrtIndicatorCode }
  | { kind: 'index'; key: keyof PublishedPolicyIndices }
  | { kind: 'ignored' };

interface HeaderPlan {
  roles: ColumnRole[];
  errors: InvalidParam[];
  ignored: string[];
}

function planHeader(header: string[], at: (column: string) => string): HeaderPlan {
  const errors: InvalidParam[] = [];
  const ignored: string[] = [];
  const seen = new Map<string, string>();
  const roles = header.map((raw): ColumnRole => {
    const column = raw.trim();
    if (column === 'CountryCode') return { kind: 'country-code' };
    if (column === 'CountryName') return { kind: 'country-name' };
    if (column === 'RegionCode') return { kind: 'region-code' };
    if (column === 'Date') return { kind: 'date' };
    const index = INDEX_COLUMNS[column];
    if (index) return { kind: 'index', key: index };
    const match = INDICATOR_COLUMN.exec(column);
    if (!match) {
      if (!OTHER_KNOWN_COLUMNS.has(column)) ignored.push(column);
      return { kind: 'ignored' };
    }
    const [, letter = '', digits = '', variant = '', rest = ''] = match;
    const code = `${letter}${digits}`;
    const isFlag = rest.toLowerCase() === 'flag';
    const isNotes = rest.toLowerCase() === 'notes';
    if (isNotes || letter === 'V' || NON_ORDINAL_CODES.has(code) || variant !== '') {
      ignored.push(column);
      return { kind: 'ignored' };
    }
    if (!isOxcgrtIndicatorCode(code)) {
      errors.push({
        name: at(column),
        reason: `unknown indicator '${code}': OxCGRT ordinal indicators are C1–C8, E1, E2, H1–H3, H6–H8`,
        value: column,
      });
      return { kind: 'ignored' };
    }
    if (isFlag && oxcgrtIndicator(code).flag === null) {
      errors.push({ name: at(column), reason: `indicator ${code} has no flag`, value: column });
      return { kind: 'ignored' };
    }
    const key = `${code}${isFlag ? '-flag' : ''}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push({
        name: at(column),
        reason: `second column for ${code}${isFlag ? ' flag' : ''} (first: '${earlier}')`,
        value: column,
      });
      return { kind: 'ignored' };
    }
    seen.set(key, column);
    return isFlag ? { kind: 'flag', code } : { kind: 'level', code };
  });
  for (const required of ['CountryCode', 'Date']) {
    if (!header.some((h) => h.trim() === required)) {
      errors.push({ name: at(required), reason: `required column '${required}' is missing` });
    }
  }
  if (!roles.some((r) => r.kind === 'level')) {
    errors.push({ name: at('(header)'), reason: 'no OxCGRT indicator column found' });
  }
  return { roles, errors, ignored };
}

/** a whole number written as such ('2', or '2.0' as some exports write it) */
function parseWhole(value: string): number | null {
  return /^\d+(\.0+)?$/.test(value) ? Number(value) : null;
}

export function parseOxcgrtCsv(text: string, fileName: string): OxcgrtCsvResult {
  const result: OxcgrtCsvResult = {
    days: [],
    errors: [],
    rows: 0,
    rejectedRows: 0,
    regionalRowsSkipped: 0,
    ignoredColumns: [],
    indicators: [],
  };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    result.errors.push({
      name: `${fileName}:${line ?? 1}`,
      reason: `not readable as CSV: ${error instanceof Error ? error.message : String(error)}`,
    });
    return result;
  }
  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord) {
    result.errors.push({ name: `${fileName}:1`, reason: 'the file is empty' });
    return result;
  }
  const header = headerRecord.record;
  const plan = planHeader(header, (column) => `${fileName}:${headerRecord.info.lines}:${column}`);
  result.errors.push(...plan.errors);
  result.ignoredColumns = plan.ignored;
  result.indicators = plan.roles.flatMap((r) => (r.kind === 'level' ? [r.code] : []));
  if (plan.errors.length > 0) return result;

  const firstRowOf = new Map<string, number>();
  for (const { record, info } of dataRecords) {
    result.rows += 1;
    const line = info.lines;
    const rowErrors: InvalidParam[] = [];
    const fail = (column: string, value: unknown, reason: string) =>
      rowErrors.push({ name: `${fileName}:${line}:${column}`, reason, value });
    if (record.length !== header.length) {
      fail('(row)', record.length, `${record.length} fields where the header has ${header.length}`);
      result.errors.push(...rowErrors);
      result.rejectedRows += 1;
      continue;
    }
    const day: PolicyDay = {
      countryCode: '',
      countryName: '',
      date: '',
      levels: {},
      published: {
        stringencyIndex: null,
        governmentResponseIndex: null,
        containmentHealthIndex: null,
        economicSupportIndex: null,
      },
    };
    const flags = new Map<OxcgrtIndicatorCode, { raw: string; column: string }>();
    const badLevels = new Set<OxcgrtIndicatorCode>();
    let regional = false;
    record.forEach((rawValue, i) => {
      const role = plan.roles[i] ?? { kind: 'ignored' };
      const column = header[i] ?? String(i + 1);
      const value = rawValue.trim();
      switch (role.kind) {
        case 'country-code':
          if (/^[A-Z]{3}$/.test(value)) day.countryCode = value;
          else fail(column, rawValue, 'not an ISO 3166 alpha-3 country code');
          break;
        case 'country-name':
          day.countryName = value;
          break;
        case 'region-code':
          regional = value !== '';
          break;
        case 'date': {
          const date = parseCalendarDate(value);
          if (date) day.date = date;
          else fail(column, rawValue, 'not a calendar date (YYYY-MM-DD or YYYYMMDD)');
          break;
        }
        case 'level': {
          if (value === '') break; // "Blank - no data" in the codebook
          const level = parseWhole(value);
          const max = oxcgrtIndicator(role.code).maxLevel;
          if (level === null || level > max) {
            fail(column, rawValue, `level out of range for ${role.code}: a whole number 0–${max}`);
            badLevels.add(role.code);
          } else {
            day.levels[role.code] = { level, flag: null };
          }
          break;
        }
        case 'flag':
          flags.set(role.code, { raw: rawValue, column });
          break;
        case 'index': {
          if (value === '') break;
          const n = Number(value);
          if (!Number.isFinite(n) || n < 0 || n > 100) {
            fail(column, rawValue, 'index must be a number from 0 to 100');
          } else {
            day.published[role.key] = n;
          }
          break;
        }
        case 'ignored':
          break;
        default: {
          const unreachable: never = role;
          throw new Error(`unhandled column role ${JSON.stringify(unreachable)}`);
        }
      }
    });
    for (const [code, { raw, column }] of flags) {
      const value = raw.trim();
      if (value === '') continue;
      const flag = parseWhole(value);
      const recorded = day.levels[code];
      if (flag !== 0 && flag !== 1) {
        fail(column, raw, 'bad flag: must be 0, 1 or empty');
      } else if (!recorded) {
        // a level that failed validation already has its own error
        if (!badLevels.has(code)) fail(column, raw, `bad flag: a flag without a level for ${code}`);
      } else if (recorded.level === 0) {
        fail(column, raw, `bad flag: the codebook records no flag when ${code} is 0`);
      } else {
        recorded.flag = flag;
      }
    }
    if (regional) {
      result.regionalRowsSkipped += 1;
      continue;
    }
    if (rowErrors.length === 0 && day.countryCode !== '' && day.date !== '') {
      const key = `${day.countryCode} ${day.date}`;
      const first = firstRowOf.get(key);
      if (first !== undefined)
        fail('Date', day.date, `duplicate: ${key} is already on line ${first}`);
      else firstRowOf.set(key, line);
    }
    if (rowErrors.length > 0) {
      result.errors.push(...rowErrors);
      result.rejectedRows += 1;
      continue;
    }
    if (day.countryName === '') day.countryName = day.countryCode;
    result.days.push(day);
  }
  return result;
}
