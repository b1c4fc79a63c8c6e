import { describe, expect, it } from 'vitest';
import { earsC } from '../detection/ears.ts';
import { isoWeekOf, weekRange } from '../signals/iso-week.ts';
import {
  DEMO_SIGNAL_GEMEENTEN,
  DEMO_SIGNAL_SPIKE,
  DEMO_SIGNAL_WEEKS,
  demoPracticeCircles,
  demoSignalLastWeek,
  demoSignals,
} from './demo-signals.ts';
import { TARGET_GROUPS } from '../signals/signal.ts';

const TODAY = '2026-11-25';

function weekly(gemeente: string, domain?: string): number[] {
  const signals = demoSignals(TODAY).filter(
    (s) => s.gemeenteCode === gemeente && (!domain || s.domain === domain),
  );
  const weeks = weekRange(isoWeekOf(signals[0]!.observedOn), demoSignalLastWeek(TODAY));
  return weeks.map((w) => signals.filter((s) => isoWeekOf(s.observedOn) === w).length);
}

describe('demo signals', () => {
  it('has a circle per target group plus other sources', () => {
    const circles = demoPracticeCircles();
    expect(
      circles.filter((c) => c.sourceKind === 'practice-circle').map((c) => c.targetGroup),
    ).toEqual([...TARGET_GROUPS]);
    expect(circles.every((c) => c.memberOrganisations.length > 0)).toBe(true);
  });

  it('covers two years of weeks in 24 gemeenten, deterministically, ending before this week', () => {
    const signals = demoSignals(TODAY);
    expect(demoSignals(TODAY)).toEqual(signals);
    expect(new Set(signals.map((s) => s.gemeenteCode)).size).toBe(DEMO_SIGNAL_GEMEENTEN.length);
    expect(new Set(signals.map((s) => isoWeekOf(s.observedOn))).size).toBe(DEMO_SIGNAL_WEEKS);
    expect(signals.every((s) => s.observedOn < '2026-11-23')).toBe(true);
    expect(signals.length).toBeGreaterThan(2500);
    expect(signals.length).toBeLessThan(5000);
  });

  it('makes EARS C1, C2 and C3 alarm in the spike gemeente in the last weeks', () => {
    for (const series of [
      weekly(DEMO_SIGNAL_SPIKE.gemeenteCode),
      weekly(DEMO_SIGNAL_SPIKE.gemeenteCode, DEMO_SIGNAL_SPIKE.domain),
    ]) {
      const spikeWeeks = DEMO_SIGNAL_SPIKE.extraPerWeek.length;
      for (const method of ['C1', 'C2', 'C3'] as const) {
        const alarms = earsC(series, { method })
          .points.slice(-spikeWeeks)
          .map((p) => p.alarm);
        // C3 accumulates over three weeks, so it may come in a week later than C1 and C2
        const expected = method === 'C3' ? [alarms[0], true, true] : [true, true, true];
        expect(alarms, `${method} on ${series.slice(-10).join(',')}`).toEqual(expected);
      }
      // the week before the spike is background: C2 does not alarm there
      const before = earsC(series.slice(0, -spikeWeeks), { method: 'C2' }).points.at(-1)!;
      expect(before.alarm).toBe(false);
    }
  });
});
