import { invalidInput } from '../errors/domain-error.ts';
import type { InvalidParam } from '../errors/domain-error.ts';
import { periodTypeOfFrequency } from '../indicators/indicator.ts';
import type { Frequency, Polarity } from '../indicators/indicator.ts';
import { byPeriodStart, periodOrdinal, shiftPeriod } from '../observations/period.ts';
import type { Period, PeriodType } from '../observations/period.ts';
import {
  kendallExactTwoSidedP,
  kendallSmallestP,
  normalTwoSidedP,
  studentTTwoSidedP,
} from './distributions.ts';

/**
 * Trend marks the way the CBS Monitor Brede Welvaart sets them: not an arrow drawn from the
 * last two values, but a statistical test over a fixed window of recent periods, read in the
 * direction of the indicator's polarity, and meant as a signal, not a judgement ("De
 * kleuraanduidingen hebben slechts een signaalfunctie. Er is nadrukkelijk niet sprake van
 * een normatieve duiding." — CBS, Monitor Brede Welvaart en de SDG's 2023, Toelichting:
 * Kleuren). The monitor analyses all available data in the same eight-year window for every
 * indicator (2014–2021 in the 2022 edition) and colours a trend grey when the indicator
 * "stijgt of daalt niet significant".
 *
 * The test is the Mann–Kendall test for a monotonic trend (Mann 1945; Kendall 1975) with
 * Sen's slope (Sen 1968) as the size of the change: it needs no normal errors and no linear
 * shape, an outlier cannot carry it, and for short series it has an exact null distribution.
 * An ordinary least-squares slope with a t-test is available as the alternative. See
 * docs/decisions/0011-trend-marks.md for the choice, the window and the limits.
 */
export const TREND_METHODS = ['mann-kendall', 'linear-regression'] as const;
export type TrendMethod = (typeof TREND_METHODS)[number];

export const TREND_DIRECTIONS = ['up', 'down', 'no-significant-change', 'too-little-data'] as const;
export type TrendDirection = (typeof TREND_DIRECTIONS)[number];

/** read with the polarity; null when there is no significant trend to read */
export type TrendAssessment = 'favourable' | 'unfavourable' | 'neutral' | null;

/**
 * The default window in periods of the series' own type. Eight years is the CBS monitor's
 * window; the shorter series get a window of comparable use on a crisis dashboard: two years
 * of quarters, a year of months, a quarter of weeks, four whole weeks of days (so that every
 * weekday occurs equally often and a weekday pattern cannot tilt the trend).
 */
export const TREND_WINDOW_PERIODS: Record<PeriodType, number> = {
  year: 8,
  quarter: 8,
  month: 12,
  week: 13,
  day: 28,
};

const PERIODS_PER_YEAR: Record<PeriodType, number> = {
  day: 365.25,
  week: 365.25 / 7,
  month: 12,
  quarter: 4,
  year: 1,
};

/** above this many values the exact distribution is replaced by the normal approximation */
const EXACT_LIMIT = 50;

export interface TrendPoint {
  period: Period;
  value: number;
}

export interface TrendTestInput {
  /** any order; one value per period, all periods of one type */
  points: readonly TrendPoint[];
  polarity: Polarity;
  method?: TrendMethod;
  /** significance level, two-sided; default 0.05 */
  alpha?: number;
  /** window length in periods; default TREND_WINDOW_PERIODS of the period type */
  windowPeriods?: number;
  /** the last period of the window; default the newest point */
  until?: Period;
}

export interface TrendMark {
  method: TrendMethod;
  direction: TrendDirection;
  assessment: TrendAssessment;
  /** two-sided; null when there are too few values */
  pValue: number | null;
  alpha: number;
  /** Sen's slope (Mann–Kendall) or the least-squares slope, per period of the series */
  slope: number | null;
  slopePerYear: number | null;
  statistic:
    | { name: 'S'; value: number; variance: number; exact: boolean; ties: boolean }
    | { name: 't'; value: number; degreesOfFreedom: number; standardError: number }
    | null;
  window: {
    periodType: PeriodType;
    periods: number;
    /** keys of the first and last period of the window */
    from: string;
    to: string;
    /** values inside the window */
    points: number;
    /** fewest values with which the test can reach the significance level */
    minimumPoints: number;
  };
  /**
   * lag-1 autocorrelation of the values around the fitted trend; a clearly positive one
   * makes the p-value too small (the test assumes independent values)
   */
  serialCorrelation: number | null;
  explanation: string[];
}

function median(values: readonly number[] | Float64Array): number {
  // selection instead of a sort: Sen's slope takes the median of n(n−1)/2 pairwise slopes
  const a = Float64Array.from(values);
  const mid = a.length >> 1;
  const upper = select(a, mid);
  if (a.length % 2 === 1) return upper;
  // after select, a[0..mid−1] hold the smaller half: its largest is the lower middle value
  let lower = -Infinity;
  for (let i = 0; i < mid; i++) if (a[i]! > lower) lower = a[i]!;
  return (lower + upper) / 2;
}

/** Hoare's selection: reorders `a` so that a[k] is its k-th smallest, with no larger value before it. */
function select(a: Float64Array, k: number): number {
  let left = 0;
  let right = a.length - 1;
  while (right > left) {
    const pivot = a[(left + right) >> 1]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const swap = a[i]!;
        a[i] = a[j]!;
        a[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return a[k]!;
}

/** the smallest number of values with which an exact two-sided test can reach alpha */
export function minimumTrendPoints(alpha: number): number {
  let n = 3;
  while (kendallSmallestP(n) > alpha) n++;
  return n;
}

function lag1Autocorrelation(residuals: readonly number[]): number | null {
  if (residuals.length < 3) return null;
  const mean = residuals.reduce((a, b) => a + b, 0) / residuals.length;
  let numerator = 0;
  let denominator = 0;
  for (let i = 0; i < residuals.length; i++) {
    const d = residuals[i]! - mean;
    denominator += d * d;
    if (i + 1 < residuals.length) numerator += d * (residuals[i + 1]! - mean);
  }
  return denominator === 0 ? null : numerator / denominator;
}

interface Fit {
  pValue: number;
  sign: number;
  slope: number;
  intercept: number;
  statistic: NonNullable<TrendMark['statistic']>;
  sentence: string;
}

function mannKendall(x: readonly number[], y: readonly number[]): Fit {
  const n = y.length;
  let s = 0;
  const slopes = new Float64Array((n * (n - 1)) / 2);
  let k = 0;
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) {
      s += Math.sign(y[j]! - y[i]!);
      slopes[k++] = (y[j]! - y[i]!) / (x[j]! - x[i]!);
    }
  }
  const tieGroups = new Map<number, number>();
  for (const v of y) tieGroups.set(v, (tieGroups.get(v) ?? 0) + 1);
  let tieTerm = 0;
  for (const t of tieGroups.values()) tieTerm += t * (t - 1) * (2 * t + 5);
  const ties = tieTerm > 0;
  const variance = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  const exact = !ties && n <= EXACT_LIMIT;
  let pValue: number;
  let how: string;
  if (exact) {
    pValue = kendallExactTwoSidedP(s, n);
    how = 'exact null distribution (no ties)';
  } else {
    // normal approximation with continuity correction and the tie-corrected variance
    // (Kendall 1975; Gilbert 1987, eqs. 16.4–16.5)
    const z = s === 0 ? 0 : (s - Math.sign(s)) / Math.sqrt(variance);
    pValue = variance === 0 ? 1 : normalTwoSidedP(z);
    how = `normal approximation, Z = ${z.toFixed(3)}${ties ? ', variance corrected for ties' : ''}`;
  }
  const slope = median(slopes);
  const intercept = median(y.map((v, i) => v - slope * x[i]!));
  return {
    pValue,
    sign: Math.sign(s),
    slope,
    intercept,
    statistic: { name: 'S', value: s, variance, exact, ties },
    sentence: `Mann–Kendall test: S = ${s} over ${n} values (${how}), two-sided p = ${formatP(pValue)}.`,
  };
}

function linearRegression(x: readonly number[], y: readonly number[]): Fit {
  const n = y.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (x[i]! - mx) ** 2;
    sxy += (x[i]! - mx) * (y[i]! - my);
  }
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (y[i]! - intercept - slope * x[i]!) ** 2;
  const df = n - 2;
  const standardError = Math.sqrt(sse / df / sxx);
  const t =
    standardError === 0 ? (slope === 0 ? 0 : Infinity * Math.sign(slope)) : slope / standardError;
  const pValue = t === 0 ? 1 : studentTTwoSidedP(t, df);
  return {
    pValue,
    sign: Math.sign(slope),
    slope,
    intercept,
    statistic: { name: 't', value: t, degreesOfFreedom: df, standardError },
    sentence:
      `Least-squares line: slope ${formatNumber(slope)} per period (standard error ` +
      `${formatNumber(standardError)}), t = ${Number.isFinite(t) ? t.toFixed(3) : t} with ${df} degrees of freedom, ` +
      `two-sided p = ${formatP(pValue)}.`,
  };
}

function formatP(p: number): string {
  return p >= 0.001 ? p.toFixed(3) : p.toExponential(1);
}

function formatNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toPrecision(3);
}

function validate(input: TrendTestInput, alpha: number, windowPeriods: number | undefined): void {
  const problems: InvalidParam[] = [];
  if (!(alpha > 0 && alpha < 1)) {
    problems.push({ name: 'alpha', reason: 'must lie strictly between 0 and 1', value: alpha });
  }
  if (windowPeriods !== undefined && !(Number.isInteger(windowPeriods) && windowPeriods >= 3)) {
    problems.push({
      name: 'windowPeriods',
      reason: 'must be a whole number of at least 3 periods',
      value: windowPeriods,
    });
  }
  const types = new Set(input.points.map((p) => p.period.type));
  if (input.until) types.add(input.until.type);
  if (types.size > 1) {
    problems.push({
      name: 'points',
      reason: `all periods must be of one type, found ${[...types].join(', ')}`,
    });
  }
  const seen = new Set<string>();
  input.points.forEach((p, i) => {
    if (!Number.isFinite(p.value)) {
      problems.push({
        name: `points[${i}].value`,
        reason: 'is not a finite number',
        value: p.value,
      });
    }
    if (seen.has(p.period.key)) {
      problems.push({
        name: `points[${i}].period`,
        reason: 'a second value for the same period',
        value: p.period.key,
      });
    }
    seen.add(p.period.key);
  });
  if (problems.length > 0) throw invalidInput('The series cannot be tested for a trend.', problems);
}

/**
 * Tests the newest window of a series for a monotonic trend and reads the result in the
 * direction of the polarity. Throws invalid-input for a malformed series (mixed period types,
 * two values for one period, non-finite values); a series that is merely short gets the
 * direction 'too-little-data'.
 */
export function testTrend(input: TrendTestInput): TrendMark {
  const method = input.method ?? 'mann-kendall';
  const alpha = input.alpha ?? 0.05;
  validate(input, alpha, input.windowPeriods);
  const newest = input.points.reduce<TrendPoint | undefined>(
    (found, p) => (found && byPeriodStart(found, p) >= 0 ? found : p),
    undefined,
  );
  const until = input.until ?? newest?.period;
  const minimumPoints = minimumTrendPoints(alpha);
  const periodType: PeriodType = until?.type ?? 'year';
  const windowPeriods = input.windowPeriods ?? TREND_WINDOW_PERIODS[periodType];
  if (!until) {
    return {
      method,
      direction: 'too-little-data',
      assessment: null,
      pValue: null,
      alpha,
      slope: null,
      slopePerYear: null,
      statistic: null,
      window: { periodType, periods: windowPeriods, from: '', to: '', points: 0, minimumPoints },
      serialCorrelation: null,
      explanation: ['No values, so no trend can be tested.'],
    };
  }
  // the position of each period in the window, so that a missing period leaves a gap in x
  const last = periodOrdinal(until);
  const position = (p: TrendPoint) => windowPeriods - 1 - (last - periodOrdinal(p.period));
  const from = shiftPeriod(until, -(windowPeriods - 1)).key;
  const inWindow = input.points
    .map((p) => ({ p, x: position(p) }))
    .filter(({ x }) => x >= 0 && x < windowPeriods)
    .sort((a, b) => a.x - b.x);
  const x = inWindow.map((w) => w.x);
  const y = inWindow.map((w) => w.p.value);
  const window = {
    periodType,
    periods: windowPeriods,
    from,
    to: until.key,
    points: inWindow.length,
    minimumPoints,
  };
  const explanation = [
    `Window: the ${windowPeriods} ${periodType} periods ${from} to ${until.key}; ` +
      `${inWindow.length} of them have a value.`,
  ];
  if (inWindow.length < minimumPoints) {
    explanation.push(
      `Too little data: at least ${minimumPoints} values are needed, because with fewer the ` +
        `smallest p-value an exact test can give (2/${minimumPoints - 1}! = ` +
        `${formatP(kendallSmallestP(minimumPoints - 1))}) is above α = ${alpha}.`,
    );
    return {
      method,
      direction: 'too-little-data',
      assessment: null,
      pValue: null,
      alpha,
      slope: null,
      slopePerYear: null,
      statistic: null,
      window,
      serialCorrelation: null,
      explanation,
    };
  }
  const fit = method === 'mann-kendall' ? mannKendall(x, y) : linearRegression(x, y);
  explanation.push(fit.sentence);
  const significant = fit.pValue <= alpha && fit.sign !== 0;
  const direction: TrendDirection = !significant
    ? 'no-significant-change'
    : fit.sign > 0
      ? 'up'
      : 'down';
  const slopePerYear = fit.slope * PERIODS_PER_YEAR[periodType];
  explanation.push(
    `${method === 'mann-kendall' ? "Sen's slope (median of the pairwise slopes)" : 'Slope'}: ` +
      `${formatNumber(fit.slope)} per ${periodType}` +
      (periodType === 'year' ? '.' : ` (${formatNumber(slopePerYear)} per year).`),
  );
  let assessment: TrendAssessment = null;
  if (direction === 'no-significant-change') {
    explanation.push(
      `p = ${formatP(fit.pValue)} > α = ${alpha}: no significant rise or fall (grey in the CBS monitor).`,
    );
  } else if (input.polarity === 'neutral') {
    assessment = 'neutral';
    explanation.push(
      `Significant ${direction === 'up' ? 'rise' : 'fall'} (p ≤ ${alpha}); the indicator has no ` +
        'polarity, so the trend is not read as good or bad news.',
    );
  } else {
    const favourable = (direction === 'up') === (input.polarity === 'higher-is-better');
    assessment = favourable ? 'favourable' : 'unfavourable';
    explanation.push(
      `Significant ${direction === 'up' ? 'rise' : 'fall'} (p ≤ ${alpha}); since ` +
        `${input.polarity.replaceAll('-', ' ')}, it moves in the ${favourable ? 'favourable' : 'unfavourable'} ` +
        `direction (${favourable ? 'green' : 'red'} in the CBS monitor). A signal, not a judgement.`,
    );
  }
  const residuals = y.map((v, i) => v - fit.intercept - fit.slope * x[i]!);
  const serialCorrelation = lag1Autocorrelation(residuals);
  if (serialCorrelation !== null && serialCorrelation > 2 / Math.sqrt(inWindow.length)) {
    explanation.push(
      `Caution: the values around the trend are serially correlated (lag-1 r = ` +
        `${serialCorrelation.toFixed(2)} > 2/√n); the test assumes independent values, so the ` +
        'p-value is likely too small.',
    );
  }
  return {
    method,
    direction,
    assessment,
    pValue: fit.pValue,
    alpha,
    slope: fit.slope,
    slopePerYear,
    statistic: fit.statistic,
    window,
    serialCorrelation,
    explanation,
  };
}

/**
 * Survey waves are stored as days, about three weeks apart; a window of days as long as the
 * daily one (28) would hold one or two waves. Their window is a year of days: every wave of
 * the last year counts, each at its own date.
 */
export const SURVEY_TREND_WINDOW_DAYS = 366;

/** The trend window of an indicator of this frequency, in periods of its own type. */
export function trendWindowOf(frequency: Frequency): number {
  return frequency === 'irregular'
    ? SURVEY_TREND_WINDOW_DAYS
    : TREND_WINDOW_PERIODS[periodTypeOfFrequency(frequency)];
}

/**
 * The trend mark of an indicator's series over its window (trendWindowOf), or null without
 * values. A malformed series (two values for one period, mixed period types) gets no mark
 * rather than a wrong one.
 */
export function trendOfSeries(
  points: readonly TrendPoint[],
  polarity: Polarity,
  frequency: Frequency,
): TrendMark | null {
  if (points.length === 0) return null;
  try {
    return testTrend({ points, polarity, windowPeriods: trendWindowOf(frequency) });
  } catch {
    return null;
  }
}
