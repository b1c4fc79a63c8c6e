import { invalidInput } from '../errors/domain-error.ts';
import { periodTypeOfFrequency } from '../indicators/indicator.ts';
import type { Indicator } from '../indicators/indicator.ts';
import type { ObservationInput, ObservationStatus } from '../observations/observation.ts';
import { parsePeriod, periodContaining } from '../observations/period.ts';
import type { Period } from '../observations/period.ts';
import { normaliseDate, parseNumber } from './csv-dialect.ts';
import type { TabularFile } from './tabular-file.ts';

/**
 * The validation engine of every observation import. It reads a table (from CSV, XLSX or
 * CBS OData) in one of two layouts — long (a row per value: indicator, region, period,
 * value) or wide (a row per region × period, a column per indicator) — and returns the
 * observations it would store, every rejected row with file, row, column, value and reason,
 * and an explanation of how it read the file. It never stores anything.
 */
export const REJECTION_REASONS = [
  'unknown-indicator',
  'unknown-region',
  'invalid-period',
  'wrong-period-for-frequency',
  'invalid-number',
  'out-of-range',
  'invalid-status',
  'duplicate-in-file',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export interface RejectedRow {
  file: string;
  row: number;
  column: string;
  value: string;
  reason: RejectionReason;
  message: string;
}

export type ColumnRole =
  'indicator' | 'region' | 'period' | 'value' | 'status' | 'lower' | 'upper' | 'breakdown';

export type ImportLayout =
  | { kind: 'long'; columns: Partial<Record<ColumnRole, string>>; fixedIndicator: string | null }
  | {
      kind: 'wide';
      columns: Partial<Record<ColumnRole, string>>;
      indicatorColumns: { column: string; indicatorCode: string }[];
    };

/** A user's mapping from the preview step; anything left out is detected. */
export interface ColumnMapping {
  columns?: Partial<Record<ColumnRole, string>>;
  /** wide files: column name → indicator code */
  indicatorColumns?: Record<string, string>;
  /** long files without an indicator column: every row is this indicator */
  fixedIndicator?: string;
  /** files without a region column (a national series): every row is this region */
  fixedRegion?: string;
}

export interface ImportContext {
  indicators: readonly Indicator[];
  isKnownRegion: (code: string) => boolean;
  mapping?: ColumnMapping;
}

export interface ImportValidation {
  fileName: string;
  layout: ImportLayout;
  rowsRead: number;
  observations: ObservationInput[];
  rejections: RejectedRow[];
  /** cells without a value: not an error, nothing to store */
  emptyValues: number;
  ignoredColumns: string[];
  explanation: string[];
}

const ROLE_NAMES: Record<ColumnRole, readonly string[]> = {
  indicator: ['indicator', 'indicatorcode', 'measure', 'onderwerp'],
  region: [
    'region',
    'regio',
    'regioncode',
    'regiocode',
    'regios',
    'gmcode',
    'vrcode',
    'pvcode',
    'gemeentecode',
    'wijkenenbuurten',
  ],
  period: [
    'period',
    'periode',
    'perioden',
    'date',
    'datum',
    'week',
    'weekstart',
    'month',
    'maand',
    'quarter',
    'kwartaal',
    'year',
    'jaar',
  ],
  value: ['value', 'waarde'],
  status: ['status'],
  lower: ['lower', 'lowerlimit', 'lowerbound', 'ondergrens'],
  upper: ['upper', 'upperlimit', 'upperbound', 'bovengrens'],
  breakdown: ['breakdown', 'subgroup', 'subgroep', 'groep'],
};

const normal = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

function detectColumns(columns: readonly string[], given: Partial<Record<ColumnRole, string>>) {
  const found: Partial<Record<ColumnRole, string>> = { ...given };
  for (const role of Object.keys(ROLE_NAMES) as ColumnRole[]) {
    if (found[role]) continue;
    for (const candidate of ROLE_NAMES[role]) {
      const column = columns.find((c) => normal(c) === candidate);
      if (column && !Object.values(found).includes(column)) {
        found[role] = column;
        break;
      }
    }
  }
  return found;
}

function indicatorResolver(indicators: readonly Indicator[]) {
  const map = new Map<string, Indicator>();
  for (const i of indicators) {
    for (const alias of i.importAliases) map.set(normal(alias), i);
  }
  // codes win over aliases
  for (const i of indicators) map.set(normal(i.code), i);
  return (name: string) => map.get(normal(name)) ?? null;
}

const STATUS: Record<string, ObservationStatus> = {
  '': 'final',
  final: 'final',
  definitief: 'final',
  def: 'final',
  provisional: 'provisional',
  voorlopig: 'provisional',
  voorl: 'provisional',
};

export function detectLayout(table: TabularFile, context: ImportContext): ImportLayout {
  const mapping = context.mapping ?? {};
  const columns = detectColumns(table.columns, mapping.columns ?? {});
  const resolve = indicatorResolver(context.indicators);
  if ((columns.indicator || mapping.fixedIndicator) && columns.value) {
    return { kind: 'long', columns, fixedIndicator: mapping.fixedIndicator ?? null };
  }
  const used = new Set(Object.values(columns));
  const indicatorColumns = table.columns
    .filter((c) => !used.has(c))
    .flatMap((column) => {
      const code = mapping.indicatorColumns?.[column] ?? resolve(column)?.code;
      return code ? [{ column, indicatorCode: code }] : [];
    });
  return { kind: 'wide', columns, indicatorColumns };
}

/** Checks a table row by row; see the module comment. */
export function validateObservations(table: TabularFile, context: ImportContext): ImportValidation {
  const layout = detectLayout(table, context);
  const file = table.fileName;
  const byCode = new Map(context.indicators.map((i) => [i.code, i]));
  const resolve = indicatorResolver(context.indicators);
  const index = new Map(table.columns.map((c, i) => [c, i]));
  const cell = (cells: string[], column: string | undefined) =>
    column === undefined ? '' : (cells[index.get(column) ?? -1] ?? '').trim();

  const explanation: string[] = [];
  const observations: ObservationInput[] = [];
  const rejections: RejectedRow[] = [];
  const firstRowOfKey = new Map<string, number>();
  let emptyValues = 0;
  let firstDayReading: string | null = null;

  const cols = layout.columns;
  const fixedRegion = context.mapping?.fixedRegion ?? null;
  const missing: ColumnRole[] = (['region', 'period'] as const).filter(
    (r) => !cols[r] && !(r === 'region' && fixedRegion),
  );
  if (layout.kind === 'wide' && layout.indicatorColumns.length === 0) missing.push('value');
  if (missing.length > 0) {
    const known = table.columns.join(', ');
    const noIndicator = layout.kind === 'wide' && layout.indicatorColumns.length === 0;
    throw invalidInput(
      noIndicator && missing.length === 1
        ? `${file}: no column names an indicator, and there is no indicator + value column pair (columns: ${known}).`
        : `${file}: no ${missing.join(' or ')} column found (columns: ${known}); map it in the preview.`,
      missing.map((role) => ({
        name: `${file}:1`,
        reason: role === 'value' ? 'no indicator or value column' : `no ${role} column`,
        value: known,
      })),
    );
  }

  const used = new Set<string>(Object.values(cols));
  if (layout.kind === 'wide') for (const c of layout.indicatorColumns) used.add(c.column);
  const ignoredColumns = table.columns.filter((c) => !used.has(c));
  explanation.push(
    layout.kind === 'long'
      ? `Long layout: indicator ${layout.fixedIndicator ? `'${layout.fixedIndicator}' for every row` : `from column '${cols.indicator}'`}, ${fixedRegion ? `region ${fixedRegion} for every row` : `region from '${cols.region}'`}, period from '${cols.period}', value from '${cols.value}'.`
      : `Wide layout: ${fixedRegion ? `region ${fixedRegion} for every row` : `region from '${cols.region}'`}, period from '${cols.period}', one indicator per column: ${layout.indicatorColumns.map((c) => `${c.column} → ${c.indicatorCode}`).join(', ')}.`,
  );
  if (ignoredColumns.length > 0) explanation.push(`Ignored columns: ${ignoredColumns.join(', ')}.`);
  explanation.push(
    `Numbers with decimal '${table.dialect.decimalSeparator}', dates ${table.dialect.dateOrder === 'dmy' ? 'as dd-mm-jjjj' : 'as ISO yyyy-mm-dd'}.`,
  );

  const reject = (
    row: number,
    column: string,
    value: string,
    reason: RejectionReason,
    message: string,
  ) => rejections.push({ file, row, column, value, reason, message });

  const readPeriod = (
    row: number,
    column: string,
    raw: string,
    indicator: Indicator,
  ): Period | null => {
    const text = normaliseDate(raw, table.dialect);
    const period = parsePeriod(text);
    if (!period) {
      reject(
        row,
        column,
        raw,
        'invalid-period',
        `'${raw}' is not a day, ISO week (2021-W05), month (2021-03), quarter (2021-Q1) or year.`,
      );
      return null;
    }
    const expected = periodTypeOfFrequency(indicator.frequency);
    if (period.type === expected) return period;
    if (period.type === 'day') {
      const containing = periodContaining(expected, period.start);
      if (containing.start === period.start) {
        firstDayReading ??= `Dates for ${expected}ly indicators are read as the first day of the ${expected} (${raw} → ${containing.key}).`;
        return containing;
      }
    }
    reject(
      row,
      column,
      raw,
      'wrong-period-for-frequency',
      `${indicator.code} is published per ${indicator.frequency === 'irregular' ? 'survey wave (a day)' : indicator.frequency}; '${raw}' is a ${period.type}${period.type === 'day' ? ` that does not start a ${expected}` : ''}.`,
    );
    return null;
  };

  const readValue = (
    row: number,
    column: string,
    raw: string,
    indicator: Indicator,
  ): number | null | 'empty' => {
    if (raw === '') return 'empty';
    const value = parseNumber(raw, table.dialect);
    if (value === null) {
      reject(
        row,
        column,
        raw,
        'invalid-number',
        `'${raw}' is not a number with decimal '${table.dialect.decimalSeparator}'.`,
      );
      return null;
    }
    const { validMin: min, validMax: max } = indicator;
    if ((min !== null && value < min) || (max !== null && value > max)) {
      reject(
        row,
        column,
        raw,
        'out-of-range',
        `${value} is outside the valid range of ${indicator.code}: ${min ?? '−∞'} to ${max ?? '∞'}.`,
      );
      return null;
    }
    return value;
  };

  const readBound = (cells: string[], column: string | undefined): number | null => {
    const raw = cell(cells, column);
    return raw === '' ? null : parseNumber(raw, table.dialect);
  };

  for (const { rowNumber, cells } of table.rows) {
    const regionRaw = fixedRegion ?? cell(cells, cols.region);
    const regionCode = regionRaw.toUpperCase();
    const regionOk = regionCode !== '' && context.isKnownRegion(regionCode);
    const periodRaw = cell(cells, cols.period);
    const statusRaw = cell(cells, cols.status);
    const status = STATUS[statusRaw.toLowerCase()];
    const breakdown = cell(cells, cols.breakdown);

    const targets: { indicator: Indicator | null; column: string; raw: string; label: string }[] =
      layout.kind === 'long'
        ? [
            {
              indicator: layout.fixedIndicator
                ? (byCode.get(layout.fixedIndicator) ?? null)
                : resolve(cell(cells, cols.indicator)),
              column: cols.value!,
              raw: cell(cells, cols.value),
              label: layout.fixedIndicator ?? cell(cells, cols.indicator),
            },
          ]
        : layout.indicatorColumns.map((c) => ({
            indicator: byCode.get(c.indicatorCode) ?? null,
            column: c.column,
            raw: cell(cells, c.column),
            label: c.indicatorCode,
          }));

    if (targets.every((t) => t.raw === '')) {
      emptyValues += targets.length;
      continue;
    }
    if (!regionOk) {
      reject(
        rowNumber,
        cols.region ?? '(region for the whole file)',
        regionRaw,
        'unknown-region',
        regionRaw === ''
          ? 'The region code is empty.'
          : `Region code '${regionRaw}' is not in the region registry.`,
      );
      continue;
    }
    if (status === undefined) {
      reject(
        rowNumber,
        cols.status!,
        statusRaw,
        'invalid-status',
        `Status '${statusRaw}' is neither provisional (voorlopig) nor final (definitief).`,
      );
      continue;
    }
    for (const target of targets) {
      if (target.raw === '') {
        emptyValues++;
        continue;
      }
      const indicator = target.indicator;
      if (!indicator) {
        reject(
          rowNumber,
          cols.indicator ?? target.column,
          target.label,
          'unknown-indicator',
          `Indicator '${target.label}' is not in the catalogue.`,
        );
        continue;
      }
      const period = readPeriod(rowNumber, cols.period!, periodRaw, indicator);
      if (!period) continue;
      const value = readValue(rowNumber, target.column, target.raw, indicator);
      if (value === null || value === 'empty') continue;
      const key = `${indicator.code}|${regionCode}|${period.key}|${breakdown}`;
      const first = firstRowOfKey.get(key);
      if (first !== undefined) {
        reject(
          rowNumber,
          target.column,
          target.raw,
          'duplicate-in-file',
          `Row ${first} already gives ${indicator.code} for ${regionCode} in ${period.key}${breakdown ? ` (${breakdown})` : ''}.`,
        );
        continue;
      }
      firstRowOfKey.set(key, rowNumber);
      observations.push({
        indicatorCode: indicator.code,
        regionCode,
        period,
        breakdown,
        value,
        lower: readBound(cells, cols.lower),
        upper: readBound(cells, cols.upper),
        status,
      });
    }
  }
  if (firstDayReading) explanation.push(firstDayReading);
  explanation.push(
    `${table.rows.length} rows read: ${observations.length} values accepted, ${rejections.length} rejected, ${emptyValues} empty cells skipped.`,
  );
  return {
    fileName: file,
    layout,
    rowsRead: table.rows.length,
    observations,
    rejections,
    emptyValues,
    ignoredColumns,
    explanation,
  };
}
