import { describe, expect, it } from 'vitest';
import { indicatorCatalogue } from '../indicators/indicator-catalogue.ts';
import type { SignalValues } from '../indicators/indicator.ts';
import { assessSignal, signalValuesProblems } from './signal-status.ts';

const signal = (attention: number | null, alarm: number | null): SignalValues => ({
  attention,
  alarm,
  setBy: 'OMT',
  rationale: 'capacity of the IC wards',
  setOn: '2020-10-13',
  demo: false,
});

describe('signal status', () => {
  const worse = signal(10, 20); // higher is worse
  const better = signal(40, 30); // higher is better

  it('reads thresholds upward when higher is worse, counting a value on the threshold as reached', () => {
    expect(assessSignal({ polarity: 'higher-is-worse', signal: worse, value: 9.99 }).status).toBe(
      'normal',
    );
    expect(assessSignal({ polarity: 'higher-is-worse', signal: worse, value: 10 }).status).toBe(
      'attention',
    );
    expect(assessSignal({ polarity: 'higher-is-worse', signal: worse, value: 19 }).status).toBe(
      'attention',
    );
    const alarm = assessSignal({ polarity: 'higher-is-worse', signal: worse, value: 20 });
    expect(alarm).toMatchObject({
      status: 'alarm',
      reached: { level: 'alarm', value: 20, setBy: 'OMT' },
      next: null,
    });
    expect(alarm.explanation[0]).toBe(
      'Alarm: 20 ≥ 20, the alarm value (set by OMT on 2020-10-13: capacity of the IC wards).',
    );
  });

  it('reads thresholds downward when higher is better and says how much room is left', () => {
    const normal = assessSignal({ polarity: 'higher-is-better', signal: better, value: 46.5 });
    expect(normal).toMatchObject({
      status: 'normal',
      reached: null,
      next: { level: 'attention', value: 40, distance: 6.5 },
    });
    const attention = assessSignal({ polarity: 'higher-is-better', signal: better, value: 35 });
    expect(attention).toMatchObject({
      status: 'attention',
      reached: { level: 'attention', value: 40 },
      next: { level: 'alarm', value: 30, distance: 5 },
    });
    expect(attention.explanation.join(' ')).toContain('Attention: 35 ≤ 40');
    expect(assessSignal({ polarity: 'higher-is-better', signal: better, value: 30 }).status).toBe(
      'alarm',
    );
  });

  it('works with only one of the two thresholds', () => {
    const alarmOnly = signal(null, 5);
    expect(
      assessSignal({ polarity: 'higher-is-worse', signal: alarmOnly, value: 4 }),
    ).toMatchObject({
      status: 'normal',
      next: { level: 'alarm', distance: 1 },
    });
    expect(assessSignal({ polarity: 'higher-is-worse', signal: alarmOnly, value: 6 }).status).toBe(
      'alarm',
    );
    expect(
      assessSignal({ polarity: 'higher-is-worse', signal: signal(5, null), value: 6 }),
    ).toMatchObject({
      status: 'attention',
      next: null,
    });
  });

  it('has no status without a value, without signal values, or without a polarity', () => {
    expect(assessSignal({ polarity: 'higher-is-worse', signal: worse, value: null }).status).toBe(
      'no-data',
    );
    expect(assessSignal({ polarity: 'higher-is-worse', signal: null, value: 3 }).status).toBe(
      'no-signal-values',
    );
    expect(
      assessSignal({ polarity: 'higher-is-worse', signal: signal(null, null), value: 3 }).status,
    ).toBe('no-signal-values');
    const neutral = assessSignal({ polarity: 'neutral', signal: worse, value: 30 });
    expect(neutral.status).toBe('no-signal-values');
    expect(neutral.problems[0]).toContain('no polarity');
  });

  it('names the move between statuses since the previous period', () => {
    const up = assessSignal({
      polarity: 'higher-is-worse',
      signal: worse,
      value: 21,
      previousValue: 8,
    });
    expect(up).toMatchObject({ transition: 'worsened', previous: { value: 8, status: 'normal' } });
    expect(up.explanation.join(' ')).toContain(
      'worsened from normal (8 in the previous period) to alarm',
    );
    expect(
      assessSignal({ polarity: 'higher-is-worse', signal: worse, value: 12, previousValue: 25 })
        .transition,
    ).toBe('improved');
    expect(
      assessSignal({ polarity: 'higher-is-worse', signal: worse, value: 12, previousValue: 15 })
        .transition,
    ).toBe('unchanged');
    expect(
      assessSignal({ polarity: 'higher-is-worse', signal: worse, value: 12 }).transition,
    ).toBeNull();
  });

  it('reports inconsistent signal values without refusing to assess', () => {
    expect(signalValuesProblems('higher-is-worse', signal(20, 10))[0]).toContain(
      'alarm value 10 lies on the good side of the attention value 20',
    );
    expect(signalValuesProblems('higher-is-better', better)).toEqual([]);
    const a = assessSignal({ polarity: 'higher-is-worse', signal: signal(20, 10), value: 15 });
    expect(a.status).toBe('alarm');
    expect(a.problems).toHaveLength(1);
  });

  it('finds the catalogue’s signal values consistent and labels illustrative ones', () => {
    for (const indicator of indicatorCatalogue()) {
      expect(signalValuesProblems(indicator.polarity, indicator.signal), indicator.code).toEqual(
        [],
      );
    }
    const unemployment = indicatorCatalogue().find((i) => i.code === 'unemployment-rate')!;
    const a = assessSignal({
      polarity: unemployment.polarity,
      signal: unemployment.signal,
      value: 5,
    });
    expect(a.status).toBe('attention');
    expect(a.explanation.join(' ')).toContain('illustrative (demo)');
  });
});
