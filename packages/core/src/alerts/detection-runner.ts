import { earsC } from '../detection/ears.ts';
import type { EarsMethod, EarsOptions } from '../detection/ears.ts';
import { describeNoResultReason } from '../detection/detection-point.ts';
import type { DetectionPointBase, IndexRange } from '../detection/detection-point.ts';
import { farringtonFlexible } from '../detection/farrington-flexible.ts';
import type { FarringtonOptions } from '../detection/farrington-flexible.ts';
import { parsePeriod, shiftPeriod } from '../observations/period.ts';
import type { PeriodType } from '../observations/period.ts';

/**
 * The detection runner: applies the early-warning engines (EARS C1–C3, Farrington flexible)
 * to series gathered elsewhere (signal counts per gemeente and domain, indicator series) and
 * returns alert candidates that carry their own explanation — which series, which method
 * with which parameters, the baseline periods, the expected value, the upper bound and the
 * observed value. Pure: the storage layer gathers the series and stores the candidates.
 */
export const SERIES_KINDS = ['signal-count', 'indicator'] as const;
export type SeriesKind = (typeof SERIES_KINDS)[number];

export const DETECTION_METHODS = ['ears-c1', 'ears-c2', 'ears-c3', 'farrington-flexible'] as const;
export type DetectionMethod = (typeof DETECTION_METHODS)[number];

export interface DetectionSeries {
  /** stable identity: 'signals:GM0363', 'signals:GM0363:economy', 'indicator:code:NL' */
  key: string;
  kind: SeriesKind;
  /** human-readable name of the series, for lists and the digest */
  label: string;
  regionCode: string | null;
  domain: string | null;
  indicatorCode: string | null;
  periodType: PeriodType;
  /** consecutive period keys of periodType, oldest first */
  periods: string[];
  values: (number | null)[];
  demo: boolean;
}

export interface EarsMethodConfig {
  method: 'ears-c1' | 'ears-c2' | 'ears-c3';
  options?: Omit<EarsOptions, 'method'>;
}

export interface FarringtonMethodConfig {
  method: 'farrington-flexible';
  options?: FarringtonOptions;
  /** years of history needed before the method is applied at all; default 3 */
  minYears?: number;
}

export type DetectionMethodConfig = EarsMethodConfig | FarringtonMethodConfig;

export interface DetectionConfig {
  methods: DetectionMethodConfig[];
  /** how many of the newest points are judged (older alarms were judged in earlier runs) */
  evaluateLast: number;
  /**
   * no alert below this observed value, whatever the method says: with sparse counts EARS
   * (C3 above all, as R defines it) alarms on one or two signals after a quiet spell. Like
   * Farrington's limit54 (5 cases in 4 weeks), a spike needs a minimum size. Default none.
   */
  minObserved?: number;
}

export interface AlertCandidate {
  /** same series, method and period: the same alert, whatever run found it */
  dedupKey: string;
  seriesKey: string;
  seriesKind: SeriesKind;
  seriesLabel: string;
  regionCode: string | null;
  domain: string | null;
  indicatorCode: string | null;
  method: DetectionMethod;
  parameters: Record<string, unknown>;
  periodType: PeriodType;
  period: string;
  observed: number;
  expected: number | null;
  upperBound: number;
  /** the baseline as period ranges, e.g. [{ from: '2026-W37', to: '2026-W43' }] */
  baseline: { from: string; to: string }[];
  explanation: string[];
  /** the newest points of the series with the method's expected value and bound, for a chart */
  window: AlertSeriesWindow;
  demo: boolean;
}

export interface AlertSeriesWindow {
  periods: string[];
  observed: (number | null)[];
  expected: (number | null)[];
  upperBound: (number | null)[];
}

/** Why a method was not applied to a series at all, or judged no point of it. */
export interface DetectionSkip {
  seriesKey: string;
  method: DetectionMethod;
  reason: string;
}

export interface DetectionOutcome {
  seriesChecked: number;
  pointsJudged: number;
  candidates: AlertCandidate[];
  skipped: DetectionSkip[];
}

/** Points kept in an alert for its chart: a year of weeks. */
export const ALERT_WINDOW_POINTS = 52;

/**
 * Signal counts are sparse: a gemeente often has weeks without any signal. With R's default
 * minSigma 0 a baseline of zeros has sd 0, and a single signal would already be "unusual".
 * A minimum sigma of 1 asks for more than 3 signals after a quiet baseline (C1/C2).
 */
export const SIGNAL_COUNT_DETECTION: DetectionConfig = {
  methods: [
    { method: 'ears-c1', options: { minSigma: 1 } },
    { method: 'ears-c2', options: { minSigma: 1 } },
    { method: 'ears-c3', options: { minSigma: 1 } },
    { method: 'farrington-flexible', minYears: 3 },
  ],
  // the current (partial) week and the three before it: a spike of the last weeks is seen
  // from its first week on, also by C1, whose baseline the later spike weeks inflate
  evaluateLast: 4,
  minObserved: 5,
};

/** Indicator values are not counts: EARS only (Farrington's quasi-Poisson model needs counts). */
export const INDICATOR_DETECTION: DetectionConfig = {
  methods: [{ method: 'ears-c1' }, { method: 'ears-c2' }, { method: 'ears-c3' }],
  evaluateLast: 1,
};

const EARS_OF: Record<EarsMethodConfig['method'], EarsMethod> = {
  'ears-c1': 'C1',
  'ears-c2': 'C2',
  'ears-c3': 'C3',
};

/** Points per year of a period type, for Farrington's "same week in earlier years". */
function pointsPerYear(type: PeriodType): number | null {
  switch (type) {
    case 'week':
      return 52;
    case 'month':
      return 12;
    case 'quarter':
      return 4;
    case 'day':
    case 'year':
      // daily seasonality by day of year and yearly series lack the windows the method needs
      return null;
    default: {
      const unreachable: never = type;
      throw new Error(`unknown period type ${String(unreachable)}`);
    }
  }
}

interface MethodRun {
  method: DetectionMethod;
  parameters: Record<string, unknown>;
  points: DetectionPointBase[];
  explanation: string[];
}

function runMethod(
  series: DetectionSeries,
  config: DetectionMethodConfig,
  skipped: DetectionSkip[],
): MethodRun | null {
  if (config.method !== 'farrington-flexible') {
    const result = earsC(series.values, { ...config.options, method: EARS_OF[config.method] });
    return {
      method: config.method,
      parameters: { ...result.parameters },
      points: result.points,
      explanation: result.explanation,
    };
  }
  const frequency = config.options?.frequency ?? pointsPerYear(series.periodType);
  const skip = (reason: string) => {
    skipped.push({ seriesKey: series.key, method: config.method, reason });
    return null;
  };
  if (frequency === null) {
    return skip(`Farrington needs a seasonal period; ${series.periodType} series are not judged`);
  }
  if (series.values.some((v) => v !== null && (v < 0 || !Number.isInteger(v)))) {
    return skip('Farrington models counts; the series has negative or fractional values');
  }
  const minYears = config.minYears ?? 3;
  const w = config.options?.w ?? 3;
  const years = Math.floor((series.values.length - 1 - w) / frequency);
  if (years < minYears) {
    return skip(
      `Farrington needs ${minYears} years of history (${minYears * frequency + w + 1} points); the series has ${series.values.length}`,
    );
  }
  // as many past years as the series holds, up to the configured (or R's default) five
  const b = Math.min(config.options?.b ?? 5, years);
  const result = farringtonFlexible(series.values, { ...config.options, frequency, b });
  return {
    method: 'farrington-flexible',
    parameters: { ...result.parameters },
    points: result.points,
    explanation: result.explanation,
  };
}

function periodRanges(series: DetectionSeries, ranges: IndexRange[]) {
  return ranges.map((r) => ({ from: series.periods[r.from]!, to: series.periods[r.to]! }));
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2);
}

/** Applies every configured method to every series and returns the alarms of the newest points. */
export function runDetection(
  seriesList: readonly DetectionSeries[],
  config: DetectionConfig,
): DetectionOutcome {
  if (!Number.isInteger(config.evaluateLast) || config.evaluateLast < 1) {
    throw new RangeError('evaluateLast must be a whole number ≥ 1');
  }
  const candidates: AlertCandidate[] = [];
  const skipped: DetectionSkip[] = [];
  let pointsJudged = 0;
  for (const series of seriesList) {
    if (series.periods.length !== series.values.length) {
      throw new RangeError(
        `series ${series.key}: ${series.periods.length} periods, ${series.values.length} values`,
      );
    }
    const n = series.values.length;
    const windowFrom = Math.max(0, n - ALERT_WINDOW_POINTS);
    for (const methodConfig of config.methods) {
      const run = runMethod(series, methodConfig, skipped);
      if (!run) continue;
      for (let t = Math.max(0, n - config.evaluateLast); t < n; t++) {
        const point = run.points[t]!;
        if (point.alarm === null) {
          skipped.push({
            seriesKey: series.key,
            method: run.method,
            reason: `${series.periods[t]}: ${point.reason ? describeNoResultReason(point.reason) : 'no decision'}`,
          });
          continue;
        }
        pointsJudged++;
        if (!point.alarm || point.observed === null || point.upperBound === null) continue;
        if (config.minObserved !== undefined && point.observed < config.minObserved) {
          skipped.push({
            seriesKey: series.key,
            method: run.method,
            reason: `${series.periods[t]}: an alarm on ${point.observed}, below the minimum of ${config.minObserved}`,
          });
          continue;
        }
        const period = series.periods[t]!;
        const baseline = periodRanges(series, point.baseline);
        candidates.push({
          dedupKey: `${series.key}|${run.method}|${period}`,
          seriesKey: series.key,
          seriesKind: series.kind,
          seriesLabel: series.label,
          regionCode: series.regionCode,
          domain: series.domain,
          indicatorCode: series.indicatorCode,
          method: run.method,
          parameters: run.parameters,
          periodType: series.periodType,
          period,
          observed: point.observed,
          expected: point.expected,
          upperBound: point.upperBound,
          baseline,
          explanation: [
            `${series.label}, ${period}: observed ${fmt(point.observed)}, above the upper bound ${fmt(point.upperBound)}` +
              (point.expected === null ? '.' : ` (expected ${fmt(point.expected)}).`),
            `Baseline: ${baseline.map((b) => (b.from === b.to ? b.from : `${b.from} … ${b.to}`)).join(', ')}.`,
            ...run.explanation,
          ],
          window: {
            periods: series.periods.slice(windowFrom),
            observed: series.values.slice(windowFrom),
            expected: run.points.slice(windowFrom).map((p) => p.expected),
            upperBound: run.points.slice(windowFrom).map((p) => p.upperBound),
          },
          demo: series.demo,
        });
      }
    }
  }
  return { seriesChecked: seriesList.length, pointsJudged, candidates, skipped };
}

/**
 * A series with a value for every period from the first to the last given one: periods
 * without a value get `fill` (0 for counts — no signal is a count of 0; null for indicator
 * values, which are unknown). Periods must be keys of `type`.
 */
export function consecutiveSeries(
  type: PeriodType,
  points: readonly { period: string; value: number }[],
  range: { from?: string; to?: string; fill: number | null },
): { periods: string[]; values: (number | null)[] } {
  const byKey = new Map(points.map((p) => [p.period, p.value]));
  const sorted = [...byKey.keys()].sort();
  const first = range.from ?? sorted[0];
  const last = range.to ?? sorted.at(-1);
  if (first === undefined || last === undefined) return { periods: [], values: [] };
  let period = parsePeriod(first);
  const end = parsePeriod(last);
  if (!period || period.type !== type || !end || end.type !== type) {
    throw new RangeError(`'${first}' … '${last}' are no ${type} periods`);
  }
  const periods: string[] = [];
  const values: (number | null)[] = [];
  while (period.start <= end.start) {
    periods.push(period.key);
    values.push(byKey.get(period.key) ?? range.fill);
    period = shiftPeriod(period, 1);
  }
  return { periods, values };
}
