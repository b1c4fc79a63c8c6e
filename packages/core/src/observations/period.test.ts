import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  parsePeriod,
  periodContaining,
  periodOrdinal,
  shiftPeriod,
} from './period.ts';

describe('periods', () => {
  it('reads every period type from its canonical key with first and last day', () => {
    expect(parsePeriod('2021-03-15')).toEqual({
      type: 'day',
      key: '2021-03-15',
      start: '2021-03-15',
      end: '2021-03-15',
    });
    expect(parsePeriod('2021-W11')).toMatchObject({ start: '2021-03-15', end: '2021-03-21' });
    expect(parsePeriod('2024-02')).toMatchObject({ start: '2024-02-01', end: '2024-02-29' });
    expect(parsePeriod('2021-Q4')).toMatchObject({ start: '2021-10-01', end: '2021-12-31' });
    expect(parsePeriod('2020')).toMatchObject({ type: 'year', end: '2020-12-31' });
  });

  it('reads the StatLine period codes', () => {
    expect(parsePeriod('2021JJ00')?.key).toBe('2021');
    expect(parsePeriod('2021KW02')?.key).toBe('2021-Q2');
    expect(parsePeriod('2021MM11')?.key).toBe('2021-11');
  });

  it('rejects impossible periods', () => {
    for (const bad of ['2021-02-30', '2021-13', '2021-W53', '2021-Q5', '21-01-01', 'week 3', '']) {
      expect(parsePeriod(bad), bad).toBeNull();
    }
    expect(parsePeriod('2020-W53')?.start).toBe('2020-12-28');
  });

  it('puts days in ISO weeks across year ends', () => {
    expect(periodContaining('week', '2021-01-03').key).toBe('2020-W53');
    expect(periodContaining('week', '2019-12-30').key).toBe('2020-W01');
    expect(periodContaining('quarter', '2020-05-17').key).toBe('2020-Q2');
  });

  it('shifts periods and counts days', () => {
    expect(shiftPeriod(parsePeriod('2020-W53')!, 1).key).toBe('2021-W01');
    expect(shiftPeriod(parsePeriod('2021-01')!, -1).key).toBe('2020-12');
    expect(shiftPeriod(parsePeriod('2021-Q1')!, -1).key).toBe('2020-Q4');
    expect(shiftPeriod(parsePeriod('2020-02-28')!, 2).key).toBe('2020-03-01');
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
  });

  it('numbers periods so that ordinal differences count the steps between them', () => {
    for (const [key, steps] of [
      ['2020-12-30', 400],
      ['2020-W52', 60],
      ['2020-W53', 3],
      ['2021-11', 30],
      ['2021-Q4', 9],
      ['1999', 30],
    ] as const) {
      const from = parsePeriod(key)!;
      for (const n of [-steps, -1, 0, 1, steps]) {
        expect(periodOrdinal(shiftPeriod(from, n)) - periodOrdinal(from), `${key} ${n}`).toBe(n);
      }
    }
  });
});
