import { describe, expect, it } from 'vitest';
import { periodContaining, shiftPeriod } from '@weegschaal/core';
import {
  SURVEY_WINDOW_DAYS,
  inWindow,
  trendOf,
  trendOfSparkline,
  trendWindowPeriods,
} from './trend.ts';

describe('trend marks on the societal picture', () => {
  it('uses the core window per frequency, and a year of days for survey waves', () => {
    expect(trendWindowPeriods('month')).toBe(12);
    expect(trendWindowPeriods('day')).toBe(28);
    expect(trendWindowPeriods('irregular')).toBe(SURVEY_WINDOW_DAYS);
  });

  it('finds a steady rise in survey waves three weeks apart, read with the polarity', () => {
    const first = periodContaining('day', '2020-09-29');
    const waves = Array.from({ length: 11 }, (_, i) => ({
      period: shiftPeriod(first, i * 21),
      value: 40 + i * 2,
    }));
    const mark = trendOf(waves, 'higher-is-better', 'irregular')!;
    expect(mark.direction).toBe('up');
    expect(mark.assessment).toBe('favourable');
    expect(mark.window.points).toBe(11);
  });

  it('tests a dashboard sparkline and keeps only the points of the window for the line', () => {
    const sparkline = Array.from({ length: 20 }, (_, i) => ({
      periodKey: shiftPeriod(periodContaining('month', '2022-01-01'), i).key,
      value: 10 - i * 0.1,
      status: 'final' as const,
    }));
    const mark = trendOfSparkline(sparkline, 'higher-is-worse', 'month')!;
    expect(mark.direction).toBe('down');
    expect(mark.assessment).toBe('favourable');
    expect(inWindow(sparkline, mark)).toHaveLength(12);
    expect(trendOf([], 'neutral', 'day')).toBeNull();
  });
});
