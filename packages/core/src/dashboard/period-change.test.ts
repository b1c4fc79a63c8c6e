import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { parsePeriod } from '../observations/period.ts';
import { changeAgainstEarlier } from './period-change.ts';
import type { ChangePoint } from './period-change.ts';

const pt = (key: string, value: number, status: ChangePoint['status'] = 'final'): ChangePoint => ({
  period: parsePeriod(key)!,
  value,
  status,
});

describe('change against an earlier period', () => {
  it('compares with the period just before and reads it with the polarity', () => {
    const change = changeAgainstEarlier({
      points: [pt('2021-03', 4.4), pt('2021-01', 4.0), pt('2021-02', 4.2)],
      polarity: 'higher-is-worse',
    })!;
    expect(change).toMatchObject({
      latest: { periodKey: '2021-03', value: 4.4 },
      reference: { periodKey: '2021-02', value: 4.2 },
      gapPeriods: 1,
      direction: 'up',
      assessment: 'worse',
    });
    expect(change.absolute).toBeCloseTo(0.2, 12);
    expect(change.relative).toBeCloseTo(0.2 / 4.2, 12);
    expect(change.explanation[0]).toBe(
      '2021-03: 4.4, up 0.2 (4.8%) against 4.2 in 2021-02 — worse, since higher is worse.',
    );
  });

  it('reports the gap when the previous period is missing, instead of hiding it', () => {
    const change = changeAgainstEarlier({
      points: [pt('2021-W01', 10), pt('2021-W04', 12, 'provisional')],
      polarity: 'higher-is-better',
    })!;
    expect(change).toMatchObject({
      expectedReferenceKey: '2021-W03',
      reference: { periodKey: '2021-W01' },
      gapPeriods: 3,
      assessment: 'better',
      latest: { provisional: true },
    });
    expect(change.explanation.join(' ')).toContain(
      '2021-W03 has no value, so the change spans 3 periods',
    );
    expect(change.explanation.join(' ')).toContain('Provisional');
  });

  it('compares with the same period a year earlier, only when it has a value', () => {
    const points = [pt('2020-W10', 100), pt('2021-W09', 80), pt('2021-W10', 90)];
    const yoy = changeAgainstEarlier({
      points,
      polarity: 'neutral',
      compareWith: 'same-period-last-year',
    })!;
    expect(yoy).toMatchObject({
      reference: { periodKey: '2020-W10', value: 100 },
      absolute: -10,
      relative: -0.1,
      direction: 'down',
      assessment: 'neutral',
      // 2020 has 53 ISO weeks
      gapPeriods: 53,
    });
    const noCounterpart = changeAgainstEarlier({
      points: [pt('2020-W53', 5), pt('2020-W52', 4)],
      polarity: 'higher-is-worse',
      compareWith: 'same-period-last-year',
    })!;
    expect(noCounterpart).toMatchObject({
      reference: null,
      expectedReferenceKey: null,
      direction: null,
    });
    const quarter = changeAgainstEarlier({
      points: [pt('2020-Q2', 0), pt('2021-Q2', 3)],
      polarity: 'higher-is-worse',
      compareWith: 'same-period-last-year',
    })!;
    expect(quarter).toMatchObject({
      absolute: 3,
      relative: null,
      direction: 'up',
      assessment: 'worse',
    });
  });

  it('calls equal values flat and has nothing to say about a single value', () => {
    expect(
      changeAgainstEarlier({
        points: [pt('2020', 7), pt('2021', 7)],
        polarity: 'higher-is-better',
      }),
    ).toMatchObject({ direction: 'flat', assessment: 'neutral', absolute: 0 });
    expect(
      changeAgainstEarlier({ points: [pt('2021', 7)], polarity: 'higher-is-better' }),
    ).toMatchObject({
      reference: null,
      direction: null,
    });
    expect(changeAgainstEarlier({ points: [], polarity: 'higher-is-better' })).toBeNull();
  });

  it('refuses mixed period types', () => {
    expect(() =>
      changeAgainstEarlier({ points: [pt('2021', 1), pt('2021-Q1', 2)], polarity: 'neutral' }),
    ).toThrow(DomainError);
  });
});
