import { describe, expect, it } from 'vitest';
import { isIsoWeek, isoWeekEnd, isoWeekOf, isoWeekStart, weekRange } from './iso-week.ts';

describe('ISO weeks', () => {
  it('follows ISO 8601 at year boundaries', () => {
    expect(isoWeekOf('2026-02-12')).toBe('2026-W07');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(isoWeekStart('2020-W53')).toBe('2020-12-28');
    expect(isoWeekEnd('2026-W07')).toBe('2026-02-15');
  });
  it('round-trips every day of five years', () => {
    for (let t = Date.UTC(2022, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      const week = isoWeekOf(day);
      expect(isoWeekStart(week) <= day && day <= isoWeekEnd(week)).toBe(true);
    }
  });
  it('validates weeks and spans ranges', () => {
    expect(isIsoWeek('2020-W53')).toBe(true);
    expect(isIsoWeek('2021-W53')).toBe(false);
    expect(weekRange('2020-W52', '2021-W02')).toEqual([
      '2020-W52',
      '2020-W53',
      '2021-W01',
      '2021-W02',
    ]);
  });
});
