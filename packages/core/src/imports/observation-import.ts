import { invalidInput } from '../errors/domain-error.ts';
import { periodTypeOfFrequency } from '../indicators/indicator.ts';
import type { Indicator } from '../indicators/indicator.ts';
import type { ObservationInput, ObservationStatus } from '../observations/observation.ts';
import { parsePeriod, periodContaining } from '../observations/period.ts';
import type { Period } from '../observations/period.ts';
import { normaliseDate, parseNumber } from './csv-dialect.ts';
import type { CsvDialect } from './csv-dialect.ts';
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

// a Map, not an object literal: a status cell reading 'constructor' must not find a property
const STATUS = new Map<string, ObservationStatus>([
  ['', 'final'],
  ['final', 'final'],
  ['definitief', 'final'],
  ['def', 'final'],
  ['provisional', 'provisional'],
  ['voorlopig', 'provisional'],
  ['voorl', 'provisional'],
]);

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
  const observations: ObservationInput[] = [];
  const validator = createObservationValidator(table, context, (o) => observations.push(o));
  for (const { rowNumber, cells } of table.rows) validator.row(rowNumber, cells);
  return { ...validator.finish(), observations };
}

/** What a file's header tells the validator before any row is read. */
export interface TableHeader {
  fileName: string;
  columns: readonly string[];
  dialect: CsvDialect;
}

/**
 * The same validation as validateObservations, a row at a time, so that a large file is
 * checked while it is read and no table of rows or list of observations need be held: every
 * accepted value goes to `accept` as soon as its row is checked. Only the rejections and the
 * keys seen (for duplicates in the file) are kept.
 */
export interface ObservationValidator {
  readonly layout: ImportLayout;
  /** values rejected so far: a caller storing as it goes can stop at the first */
  readonly rejected: number;
  row(rowNumber: number, cells: readonly string[]): void;
  /** The counts, the rejections and the explanation, once every row has been given. */
  finish(): Omit<ImportValidation, 'observations'> & { accepted: number };
}

type PeriodOutcome = Period | { reason: RejectionReason; message: string };

export function createObservationValidator(
  header: TableHeader,
  context: ImportContext,
  accept: (observation: ObservationInput) => void,
): ObservationValidator {
  const table: TabularFile = { ...header, columns: [...header.columns], rows: [] };
  const layout = detectLayout(table, context);
  const file = header.fileName;
  const dialect = header.dialect;
  const byCode = new Map(context.indicators.map((i) => [i.code, i]));
  const resolve = indicatorResolver(context.indicators);
  const index = new Map(header.columns.map((c, i) => [c, i]));
  const position = (column: string | undefined) =>
    column === undefined ? -1 : (index.get(column) ?? -1);
  const cellAt = (cells: readonly string[], at: number) => (at < 0 ? '' : (cells[at] ?? '').trim());

  const explanation: string[] = [];
  const rejections: RejectedRow[] = [];
  const firstRowOfKey = new Map<string, number>();
  let rowsRead = 0;
  let accepted = 0;
  let emptyValues = 0;
  let firstDayReading: string | null = null;

  const cols = layout.columns;
  const fixedRegion = context.mapping?.fixedRegion ?? null;
  const missing: ColumnRole[] = (['region', 'period'] as const).filter(
    (r) => !cols[r] && !(r === 'region' && fixedRegion),
  );
  if (layout.kind === 'wide' && layout.indicatorColumns.length === 0) missing.push('value');
  if (missing.length > 0) {
    const known = header.columns.join(', ');
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
  const ignoredColumns = header.columns.filter((c) => !used.has(c));
  explanation.push(
    layout.kind === 'long'
      ? `Long layout: indicator ${layout.fixedIndicator ? `'${layout.fixedIndicator}' for every row` : `from column '${cols.indicator}'`}, ${fixedRegion ? `region ${fixedRegion} for every row` : `region from '${cols.region}'`}, period from '${cols.period}', value from '${cols.value}'.`
      : `Wide layout: ${fixedRegion ? `region ${fixedRegion} for every row` : `region from '${cols.region}'`}, period from '${cols.period}', one indicator per column: ${layout.indicatorColumns.map((c) => `${c.column} → ${c.indicatorCode}`).join(', ')}.`,
  );
  if (ignoredColumns.length > 0) explanation.push(`Ignored columns: ${ignoredColumns.join(', ')}.`);
  explanation.push(
    `Numbers with decimal '${dialect.decimalSeparator}', dates ${dialect.dateOrder === 'dmy' ? 'as dd-mm-jjjj' : 'as ISO yyyy-mm-dd'}.`,
  );

  const reject = (
    row: number,
    column: string,
    value: string,
    reason: RejectionReason,
    message: string,
  ) => rejections.push({ file, row, column, value, reason, message });

  const checkPeriod = (raw: string, indicator: Indicator): PeriodOutcome => {
    const text = normaliseDate(raw, dialect);
    const period = parsePeriod(text);
    if (!period) {
      return {
        reason: 'invalid-period',
        message: `'${raw}' is not a day, ISO week (2021-W05), month (2021-03), quarter (2021-Q1) or year.`,
      };
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
    return {
      reason: 'wrong-period-for-frequency',
      message: `${indicator.code} is published per ${indicator.frequency === 'irregular' ? 'survey wave (a day)' : indicator.frequency}; '${raw}' is a ${period.type}${period.type === 'day' ? ` that does not start a ${expected}` : ''}.`,
    };
  };
  // a large file names the same few hundred periods again and again: read each once per indicator
  const periods = new Map<Indicator, Map<string, PeriodOutcome>>();
  const readPeriod = (
    row: number,
    column: string,
    raw: string,
    indicator: Indicator,
  ): Period | null => {
    let known = periods.get(indicator);
    if (!known) periods.set(indicator, (known = new Map()));
    let outcome = known.get(raw);
    if (!outcome) {
      outcome = checkPeriod(raw, indicator);
      if (known.size < 100_000) known.set(raw, outcome);
    }
    if ('reason' in outcome) {
      reject(row, column, raw, outcome.reason, outcome.message);
      return null;
    }
    return outcome;
  };

  const readValue = (
    row: number,
    column: string,
    raw: string,
    indicator: Indicator,
  ): number | null | 'empty' => {
    if (raw === '') return 'empty';
    const value = parseNumber(raw, dialect);
    if (value === null) {
      reject(
        row,
        column,
        raw,
        'invalid-number',
        `'${raw}' is not a number with decimal '${dialect.decimalSeparator}'.`,
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

  const at = {
    region: position(cols.region),
    period: position(cols.period),
    status: position(cols.status),
    breakdown: position(cols.breakdown),
    indicator: position(cols.indicator),
    value: position(cols.value),
    lower: position(cols.lower),
    upper: position(cols.upper),
  };
  const readBound = (cells: readonly string[], position: number): number | null => {
    const raw = cellAt(cells, position);
    return raw === '' ? null : parseNumber(raw, dialect);
  };
  const wideColumns =
    layout.kind === 'wide'
      ? layout.indicatorColumns.map((c) => ({
          indicator: byCode.get(c.indicatorCode) ?? null,
          column: c.column,
          position: position(c.column),
          label: c.indicatorCode,
        }))
      : [];
  // the same few codes on every row of a long file: resolve each once
  const resolvedLabels = new Map<string, Indicator | null>();
  const resolveLabel = (label: string) => {
    let indicator = resolvedLabels.get(label);
    if (indicator === undefined) {
      indicator = resolve(label);
      if (resolvedLabels.size < 10_000) resolvedLabels.set(label, indicator);
    }
    return indicator;
  };
  const fixedIndicator =
    layout.kind === 'long' && layout.fixedIndicator
      ? (byCode.get(layout.fixedIndicator) ?? null)
      : undefined;

  const row = (rowNumber: number, cells: readonly string[]) => {
    rowsRead++;
    const regionRaw = fixedRegion ?? cellAt(cells, at.region);
    const regionCode = regionRaw.toUpperCase();
    const regionOk = regionCode !== '' && context.isKnownRegion(regionCode);
    const periodRaw = cellAt(cells, at.period);
    const statusRaw = cellAt(cells, at.status);
    const status = STATUS.get(statusRaw) ?? STATUS.get(statusRaw.toLowerCase());
    const breakdown = cellAt(cells, at.breakdown);

    const targets: { indicator: Indicator | null; column: string; raw: string; label: string }[] =
      layout.kind === 'long'
        ? [
            {
              indicator:
                fixedIndicator !== undefined
                  ? fixedIndicator
                  : resolveLabel(cellAt(cells, at.indicator)),
              column: cols.value!,
              raw: cellAt(cells, at.value),
              label: layout.fixedIndicator ?? cellAt(cells, at.indicator),
            },
          ]
        : wideColumns.map((c) => ({
            indicator: c.indicator,
            column: c.column,
            raw: cellAt(cells, c.position),
            label: c.label,
          }));

    if (targets.every((t) => t.raw === '')) {
      emptyValues += targets.length;
      return;
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
      return;
    }
    if (status === undefined) {
      reject(
        rowNumber,
        cols.status!,
        statusRaw,
        'invalid-status',
        `Status '${statusRaw}' is neither provisional (voorlopig) nor final (definitief).`,
      );
      return;
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
      accepted++;
      accept({
        indicatorCode: indicator.code,
        regionCode,
        period,
        breakdown,
        value,
        lower: readBound(cells, at.lower),
        upper: readBound(cells, at.upper),
        status,
      });
    }
  };

  return {
    layout,
    get rejected() {
      return rejections.length;
    },
    row,
    finish() {
      const lines = [...explanation];
      if (firstDayReading) lines.push(firstDayReading);
      lines.push(
        `${rowsRead} rows read: ${accepted} values accepted, ${rejections.length} rejected, ${emptyValues} empty cells skipped.`,
      );
      return {
        fileName: file,
        layout,
        rowsRead,
        accepted,
        rejections,
        emptyValues,
        ignoredColumns,
        explanation: lines,
      };
    },
  };
}
