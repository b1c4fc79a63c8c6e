import {
  TREND_WINDOW_PERIODS,
  parsePeriod,
  periodTypeOfFrequency,
  testTrend,
} from '@weegschaal/core';
import type { Frequency, Period, Polarity, TrendMark } from '@weegschaal/core';

/**
 * Survey waves are stored as days, about three weeks apart; a window of days as long as the
 * daily one (28) would hold one or two waves. Their window is a year of days: every wave of
 * the last year counts, each at its own date.
 */
export const SURVEY_WINDOW_DAYS = 366;

export function trendWindowPeriods(frequency: Frequency): number {
  return frequency === 'irregular'
    ? SURVEY_WINDOW_DAYS
    : TREND_WINDOW_PERIODS[periodTypeOfFrequency(frequency)];
}

/** The core trend test (Mann–Kendall) over the indicator's window, or null without values. */
export function trendOf(
  points: readonly { period: Period; value: number }[],
  polarity: Polarity,
  frequency: Frequency,
): TrendMark | null {
  if (points.length === 0) return null;
  try {
    return testTrend({ points, polarity, windowPeriods: trendWindowPeriods(frequency) });
  } catch {
    // a malformed series (two values for one period) gets no mark rather than a wrong one
    return null;
  }
}

/** The same from a dashboard sparkline, whose points carry only their period key. */
export function trendOfSparkline(
  sparkline: readonly { periodKey: string; value: number }[],
  polarity: Polarity,
  frequency: Frequency,
): TrendMark | null {
  const points = sparkline.flatMap((p) => {
    const period = parsePeriod(p.periodKey);
    return period ? [{ period, value: p.value }] : [];
  });
  return trendOf(points, polarity, frequency);
}

/** The points of a sparkline that fall in the trend window: the line shows what was tested. */
export function inWindow<T extends { periodKey: string }>(
  sparkline: readonly T[],
  mark: TrendMark | null,
): T[] {
  if (!mark || !mark.window.from) return [...sparkline];
  const from = parsePeriod(mark.window.from)?.start;
  return from
    ? sparkline.filter((p) => (parsePeriod(p.periodKey)?.start ?? '') >= from)
    : [...sparkline];
}
