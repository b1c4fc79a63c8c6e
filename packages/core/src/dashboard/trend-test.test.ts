import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { parsePeriod, shiftPeriod } from '../observations/period.ts';
import {
  SURVEY_TREND_WINDOW_DAYS,
  minimumTrendPoints,
  testTrend,
  trendOfSeries,
  trendWindowOf,
} from './trend-test.ts';
import type { TrendPoint } from './trend-test.ts';

/**
 * Reference computation: SciPy 1.17.1 (Python 3), script in the decision record
 * docs/decisions/0011-trend-marks.md:
 * - Mann–Kendall without ties: scipy.stats.kendalltau(x, y, method='exact').pvalue;
 * - with ties or n > 50: S, Var(S) with the tie term, Z = (S − sign S)/√Var(S),
 *   p = 2·scipy.stats.norm.sf(|Z|);
 * - Sen's slope: scipy.stats.theilslopes(y, x).slope;
 * - least squares: scipy.stats.linregress(x, y) (.slope, .stderr, .pvalue).
 */
const close = (actual: number | null, expected: number, relative = 1e-10) => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
};

/** consecutive periods from `first`; null leaves the period out */
function series(first: string, values: readonly (number | null)[]): TrendPoint[] {
  const start = parsePeriod(first)!;
  return values.flatMap((value, i) =>
    value === null ? [] : [{ period: shiftPeriod(start, i), value }],
  );
}

// A: eight years, rising (2015–2022)
const risingYears = series('2015', [10.1, 10.4, 10.3, 10.9, 11.2, 11.0, 11.6, 11.8]);
// B: eight years, noise around 5, one tie
const flatYears = series('2015', [5.0, 5.3, 4.8, 5.1, 4.9, 5.2, 5.0, 4.95]);
// C: twelve months of a falling unemployment rate with ties
const fallingMonths = series(
  '2021-01',
  [7.1, 7.3, 7.3, 7.0, 6.8, 6.8, 6.8, 6.5, 6.6, 6.2, 6.2, 6.0],
);
// D: eight years with 2019 missing
const gappedYears = series('2015', [20, 21.5, 21, 22.4, null, 23, 24.1, 24]);

describe('trend test (Mann–Kendall with Sen’s slope)', () => {
  it('marks a significant rise with the exact p-value and Sen’s slope', () => {
    const mark = testTrend({ points: risingYears, polarity: 'higher-is-better' });
    expect(mark.direction).toBe('up');
    expect(mark.assessment).toBe('favourable');
    expect(mark.statistic).toMatchObject({ name: 'S', value: 24, exact: true, ties: false });
    close(mark.pValue, 0.001736111111111111);
    close(mark.slope, 0.24142857142857144);
    expect(mark.window).toMatchObject({ from: '2015', to: '2022', points: 8, periods: 8 });
    expect(mark.explanation.join(' ')).toContain('green in the CBS monitor');
  });

  it('reads the same rise as unfavourable when higher is worse', () => {
    const mark = testTrend({ points: risingYears, polarity: 'higher-is-worse' });
    expect(mark.assessment).toBe('unfavourable');
  });

  it('finds no significant change in noise (normal approximation with a tie)', () => {
    const mark = testTrend({ points: flatYears, polarity: 'higher-is-better' });
    expect(mark.direction).toBe('no-significant-change');
    expect(mark.assessment).toBeNull();
    expect(mark.statistic).toMatchObject({ value: -3, exact: false, ties: true });
    close(mark.pValue, 0.8030889051678856);
    close(mark.slope, -0.016071428571428514);
  });

  it('uses the tie-corrected variance for tied values and calls a fall in unemployment favourable', () => {
    const mark = testTrend({ points: fallingMonths, polarity: 'higher-is-worse' });
    expect(mark.window).toMatchObject({ periodType: 'month', periods: 12, from: '2021-01' });
    expect(mark.statistic).toMatchObject({ value: -55, variance: 207, ties: true });
    close(mark.pValue, 0.00017455002670346034);
    close(mark.slope, -0.11999999999999993);
    close(mark.slopePerYear, -1.44);
    expect(mark).toMatchObject({ direction: 'down', assessment: 'favourable' });
  });

  it('keeps a missing period as a gap in time, not as a shorter series', () => {
    const mark = testTrend({ points: gappedYears, polarity: 'higher-is-better' });
    expect(mark.window.points).toBe(7);
    close(mark.pValue, 0.010714285714285714);
    close(mark.slope, 0.5666666666666677);
  });

  it('uses the normal approximation above 50 values', () => {
    const values = Array.from({ length: 60 }, (_, i) => i * 0.1 + 5 * Math.sin(i));
    const mark = testTrend({
      points: series('2021-01-01', values),
      polarity: 'higher-is-worse',
      windowPeriods: 60,
    });
    expect(mark.statistic).toMatchObject({ value: 534, exact: false, ties: false });
    close(mark.pValue, 0.0006752506819112863);
    close(mark.slope, 0.10105640187029197);
  });

  it('says too little data below the fewest values that can reach α', () => {
    expect(minimumTrendPoints(0.05)).toBe(5);
    expect(minimumTrendPoints(0.01)).toBe(6);
    const mark = testTrend({ points: risingYears.slice(-4), polarity: 'higher-is-better' });
    expect(mark).toMatchObject({ direction: 'too-little-data', pValue: null, assessment: null });
    expect(mark.explanation.join(' ')).toContain('at least 5 values');
    // only the last 8 years count: four old values and four new ones are still too few
    const old = series('2005', [1, 2, 3, 4]);
    const sparse = testTrend({
      points: [...old, ...risingYears.slice(-4)],
      polarity: 'higher-is-better',
    });
    expect(sparse.direction).toBe('too-little-data');
    expect(testTrend({ points: [], polarity: 'neutral' }).direction).toBe('too-little-data');
  });

  it('does not judge a significant trend of an indicator without polarity', () => {
    const mark = testTrend({ points: risingYears, polarity: 'neutral' });
    expect(mark).toMatchObject({ direction: 'up', assessment: 'neutral' });
  });

  it('tests the window that ends at `until`', () => {
    const mark = testTrend({
      points: risingYears,
      polarity: 'higher-is-better',
      until: parsePeriod('2020')!,
      windowPeriods: 5,
    });
    expect(mark.window).toMatchObject({ from: '2016', to: '2020', points: 5 });
  });

  it('warns when the values around the trend are serially correlated', () => {
    // a slow wave around a rising line: neighbours deviate together
    const wave = Array.from({ length: 28 }, (_, i) => i + 6 * Math.sin(i / 4));
    const mark = testTrend({ points: series('2021-03-01', wave), polarity: 'higher-is-worse' });
    expect(mark.serialCorrelation).toBeGreaterThan(0.5);
    expect(mark.explanation.join(' ')).toContain('serially correlated');
  });

  it('rejects a malformed series with every failing field', () => {
    const bad = [
      ...risingYears.slice(0, 3),
      { period: parsePeriod('2016')!, value: 3 },
      { period: parsePeriod('2021-Q1')!, value: Number.NaN },
    ];
    try {
      testTrend({ points: bad, polarity: 'higher-is-better', alpha: 2, windowPeriods: 1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const names = (error as DomainError).invalidParams.map((p) => p.name);
      expect(names).toEqual([
        'alpha',
        'windowPeriods',
        'points',
        'points[3].period',
        'points[4].value',
      ]);
    }
  });
});

describe('trend test (least squares with a t-test)', () => {
  it('matches scipy.stats.linregress on a rising series', () => {
    const mark = testTrend({
      points: risingYears,
      polarity: 'higher-is-better',
      method: 'linear-regression',
    });
    close(mark.slope, 0.24166666666666667);
    close(mark.pValue, 0.00012996058918123227);
    expect(mark.statistic).toMatchObject({ name: 't', degreesOfFreedom: 6 });
    if (mark.statistic?.name === 't') close(mark.statistic.standardError, 0.027876807602672166);
    expect(mark.direction).toBe('up');
  });

  it('matches linregress with ties, a gap and no trend', () => {
    const tied = testTrend({
      points: fallingMonths,
      polarity: 'higher-is-worse',
      method: 'linear-regression',
    });
    close(tied.slope, -0.11398601398601393);
    close(tied.pValue, 1.3291507258921165e-6, 1e-9);
    const gapped = testTrend({
      points: gappedYears,
      polarity: 'higher-is-better',
      method: 'linear-regression',
    });
    close(gapped.slope, 0.5619863013698632);
    close(gapped.pValue, 0.0005445432347628001);
    const flat = testTrend({
      points: flatYears,
      polarity: 'higher-is-better',
      method: 'linear-regression',
    });
    close(flat.pValue, 0.718291574368603);
    expect(flat.direction).toBe('no-significant-change');
  });
});

describe('trend of an indicator series (the window per frequency)', () => {
  it('uses the window of the period type, and a year of days for survey waves', () => {
    expect(trendWindowOf('month')).toBe(12);
    expect(trendWindowOf('day')).toBe(28);
    expect(trendWindowOf('irregular')).toBe(SURVEY_TREND_WINDOW_DAYS);
  });

  it('finds a steady rise in survey waves three weeks apart, read with the polarity', () => {
    const first = parsePeriod('2020-09-29')!;
    const waves = Array.from({ length: 11 }, (_, i) => ({
      period: shiftPeriod(first, i * 21),
      value: 40 + i * 2,
    }));
    const mark = trendOfSeries(waves, 'higher-is-better', 'irregular')!;
    expect(mark.direction).toBe('up');
    expect(mark.assessment).toBe('favourable');
    expect(mark.window.points).toBe(11);
  });

  it('gives no mark without values or for a malformed series', () => {
    expect(trendOfSeries([], 'neutral', 'day')).toBeNull();
    const twice = [2020, 2020].map((y, i) => ({ period: parsePeriod(String(y))!, value: i }));
    expect(trendOfSeries(twice, 'neutral', 'year')).toBeNull();
  });
});

describe("Sen's slope by selection", () => {
  it('equals the median of the sorted pairwise slopes, for odd and even counts and ties', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 10;
    for (const n of [5, 6, 7, 12, 13, 28]) {
      const points = Array.from({ length: n }, (_, i) => ({
        period: shiftPeriod(parsePeriod('2021-01-01')!, i),
        // rounded: many equal slopes, the hard case for a selection
        value: Math.round(next()),
      }));
      const slopes: number[] = [];
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++)
          slopes.push((points[j]!.value - points[i]!.value) / (j - i));
      }
      slopes.sort((a, b) => a - b);
      const m = slopes.length >> 1;
      const expected = slopes.length % 2 ? slopes[m]! : (slopes[m - 1]! + slopes[m]!) / 2;
      const mark = testTrend({ points, polarity: 'neutral', windowPeriods: n });
      expect(mark.slope, `n = ${n}`).toBe(expected);
    }
  });
});
