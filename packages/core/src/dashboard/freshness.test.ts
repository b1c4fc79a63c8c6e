import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import {
  daysBetween,
  isoDate,
  parseIsoDate,
  parsePeriod,
  shiftPeriod,
} from '../observations/period.ts';
import { PUBLICATION_LAG_DAYS, assessFreshness } from './freshness.ts';

const p = (key: string) => parsePeriod(key)!;

describe('freshness', () => {
  it('expects the next ISO week two weeks after it ends, and counts the missing weeks', () => {
    // 2021-W10 is 8–14 March; W11 ends 21 March; expected by 4 April
    const onTime = assessFreshness({
      frequency: 'week',
      latest: p('2021-W10'),
      asOf: '2021-04-04',
    });
    expect(onTime).toMatchObject({
      state: 'fresh',
      nextPeriod: '2021-W11',
      expectedBy: '2021-04-04',
      ageDays: 21,
      overdueDays: 0,
      missingPeriods: 0,
    });
    expect(
      assessFreshness({ frequency: 'week', latest: p('2021-W10'), asOf: '2021-04-05' }),
    ).toMatchObject({
      state: 'late',
      overdueDays: 1,
      missingPeriods: 1,
    });
    const twoBehind = assessFreshness({
      frequency: 'week',
      latest: p('2021-W10'),
      asOf: '2021-04-12',
    });
    expect(twoBehind).toMatchObject({ overdueDays: 8, missingPeriods: 2 });
    expect(twoBehind.explanation.join(' ')).toContain('LATE by 8 days: 2 periods missing.');
  });

  it('follows the calendar: short months, leap years, week 53, quarters and years', () => {
    const expectedBy = (frequency: 'day' | 'month' | 'quarter' | 'year' | 'week', key: string) =>
      assessFreshness({ frequency, latest: p(key), asOf: '2000-01-01' }).expectedBy;
    expect(expectedBy('month', '2021-01')).toBe('2021-04-14'); // 28 Feb + 45
    expect(expectedBy('month', '2020-01')).toBe('2020-04-14'); // 29 Feb + 45
    expect(expectedBy('quarter', '2020-Q4')).toBe('2021-07-01'); // 31 Mar + 92
    expect(expectedBy('year', '2019')).toBe('2021-07-04'); // 31 Dec 2020 + 185
    expect(expectedBy('day', '2021-03-01')).toBe('2021-03-08');
    const week53 = assessFreshness({
      frequency: 'week',
      latest: p('2020-W53'),
      asOf: '2021-01-01',
    });
    expect(week53.nextPeriod).toBe('2021-W01');
  });

  it('judges survey waves by the gap since the newest wave', () => {
    const wave = assessFreshness({
      frequency: 'irregular',
      latest: p('2021-05-03'),
      asOf: '2021-07-03',
    });
    expect(wave).toMatchObject({
      state: 'late',
      expectedBy: '2021-07-02',
      overdueDays: 1,
      nextPeriod: null,
      missingPeriods: null,
    });
    expect(
      assessFreshness({
        frequency: 'irregular',
        latest: p('2021-05-03'),
        asOf: '2021-07-03',
        maxGapDays: 90,
      }).state,
    ).toBe('fresh');
  });

  it('takes an indicator’s own publication lag', () => {
    const slow = assessFreshness({
      frequency: 'month',
      latest: p('2021-01'),
      asOf: '2021-04-15',
      publicationLagDays: 60,
    });
    expect(slow).toMatchObject({ state: 'fresh', expectedBy: '2021-04-29' });
  });

  it('has no verdict without data, and refuses a period that does not fit the frequency', () => {
    expect(assessFreshness({ frequency: 'month', latest: null, asOf: '2021-01-01' }).state).toBe(
      'no-data',
    );
    expect(() =>
      assessFreshness({ frequency: 'month', latest: p('2021-W01'), asOf: '2021-01-01' }),
    ).toThrow(DomainError);
    expect(() => assessFreshness({ frequency: 'month', latest: null, asOf: '1-1-2021' })).toThrow(
      DomainError,
    );
  });

  it('is late for days and weeks exactly when the age exceeds one period plus the lag', () => {
    const nominal = { day: 1 + PUBLICATION_LAG_DAYS.day, week: 7 + PUBLICATION_LAG_DAYS.week };
    const start = parseIsoDate('2021-01-01')!;
    for (let d = 0; d < 60; d++) {
      const asOf = isoDate(start + d * 86_400_000);
      for (const [frequency, key] of [
        ['day', '2020-12-20'],
        ['week', '2020-W50'],
      ] as const) {
        const latest = p(key);
        const f = assessFreshness({ frequency, latest, asOf });
        expect(f.state === 'late', `${frequency} ${asOf}`).toBe(
          daysBetween(latest.end, asOf) > nominal[frequency],
        );
      }
    }
  });

  it('counts missing days and weeks as walking period by period would', () => {
    const start = parseIsoDate('2021-01-01')!;
    for (const [frequency, key] of [
      ['day', '2020-12-20'],
      ['week', '2020-W50'],
    ] as const) {
      const latest = p(key);
      for (let d = 0; d < 120; d += 3) {
        const asOf = isoDate(start + d * 86_400_000);
        let walked = 0;
        for (
          let k = 1;
          daysBetween(shiftPeriod(latest, k).end, asOf) > PUBLICATION_LAG_DAYS[frequency];
          k++
        ) {
          walked = k;
        }
        expect(assessFreshness({ frequency, latest, asOf }).missingPeriods, `${key} ${asOf}`).toBe(
          walked,
        );
      }
    }
  });
});
