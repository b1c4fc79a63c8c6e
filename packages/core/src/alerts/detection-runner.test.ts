import { describe, expect, it } from 'vitest';
import {
  INDICATOR_DETECTION,
  SIGNAL_COUNT_DETECTION,
  consecutiveSeries,
  runDetection,
} from './detection-runner.ts';
import type { DetectionSeries } from './detection-runner.ts';
import { checkAlertDecision } from './alert.ts';
import { DomainError } from '../errors/domain-error.ts';

/** A weekly count series from 2024-W01 with the given values. */
function weekly(key: string, values: number[]): DetectionSeries {
  const points = values.map((value, i) => ({
    period: `${2024 + Math.floor(i / 52)}-W${String((i % 52) + 1).padStart(2, '0')}`,
    value,
  }));
  const { periods, values: filled } = consecutiveSeries('week', points, { fill: 0 });
  return {
    key,
    kind: 'signal-count',
    label: `Signalen ${key}`,
    regionCode: 'GM0599',
    domain: null,
    indicatorCode: null,
    periodType: 'week',
    periods,
    values: filled,
    demo: true,
  };
}

// a quiet series around 4 a week with small noise (deterministic)
const quiet = Array.from({ length: 104 }, (_, i) => 4 + ((i * 7) % 3) - 1);

describe('runDetection', () => {
  it('raises EARS alarms on a spike in the newest weeks, with the full explanation', () => {
    const spiking = weekly('signals:GM0599', [...quiet.slice(0, 101), 25, 30, 28]);
    const outcome = runDetection([spiking], SIGNAL_COUNT_DETECTION);
    const methods = new Set(outcome.candidates.map((c) => c.method));
    expect(methods).toContain('ears-c1');
    expect(methods).toContain('ears-c2');
    const c1 = outcome.candidates.find((c) => c.method === 'ears-c1' && c.period === '2025-W50')!;
    expect(c1).toBeDefined();
    expect(c1.observed).toBe(25);
    // expected = mean of the 7 weeks before, bound = mean + 3 × max(sd, 1)
    const base = quiet.slice(94, 101);
    const mean = base.reduce((a, b) => a + b, 0) / 7;
    expect(c1.expected).toBeCloseTo(mean, 10);
    expect(c1.upperBound).toBeGreaterThan(mean);
    expect(c1.upperBound).toBeLessThan(25);
    expect(c1.baseline).toEqual([{ from: '2025-W43', to: '2025-W49' }]);
    expect(c1.dedupKey).toBe('signals:GM0599|ears-c1|2025-W50');
    expect(c1.parameters).toMatchObject({ baseline: 7, guardBand: 0, threshold: 3, minSigma: 1 });
    expect(c1.explanation.join(' ')).toMatch(/observed 25, above the upper bound/);
    expect(c1.explanation.join(' ')).toMatch(/Baseline: 2025-W43 … 2025-W49/);
    expect(c1.window.periods).toHaveLength(52);
    expect(c1.window.periods.at(-1)).toBe('2025-W52');
    expect(c1.window.upperBound).toHaveLength(52);
  });

  it('raises nothing on a flat or quietly varying series', () => {
    const flat = weekly(
      'signals:flat',
      Array.from({ length: 104 }, () => 3),
    );
    const noisy = weekly('signals:quiet', quiet);
    const outcome = runDetection([flat, noisy], SIGNAL_COUNT_DETECTION);
    expect(outcome.candidates).toEqual([]);
    expect(outcome.seriesChecked).toBe(2);
    // four newest weeks × three EARS methods × two series were judged
    expect(outcome.pointsJudged).toBe(24);
  });

  it('applies Farrington only with three years of history, and says why not otherwise', () => {
    const twoYears = runDetection([weekly('signals:short', quiet)], SIGNAL_COUNT_DETECTION);
    expect(twoYears.skipped).toContainEqual(
      expect.objectContaining({ method: 'farrington-flexible', seriesKey: 'signals:short' }),
    );
    const history = Array.from({ length: 160 }, (_, i) => 20 + ((i * 5) % 7));
    const long = weekly('signals:long', [...history.slice(0, 159), 90]);
    const outcome = runDetection([long], SIGNAL_COUNT_DETECTION);
    const f = outcome.candidates.find((c) => c.method === 'farrington-flexible');
    expect(f).toBeDefined();
    expect(f!.parameters).toMatchObject({ b: 3, w: 3, frequency: 52 });
    expect(f!.baseline.length).toBeGreaterThanOrEqual(3);
    expect(f!.observed).toBe(90);
  });

  it('judges only the newest points, and indicator series without Farrington', () => {
    const oldSpike = weekly('indicator:x:NL01', [...quiet.slice(0, 50), 60, ...quiet.slice(51)]);
    const series = { ...oldSpike, kind: 'indicator' as const };
    expect(runDetection([series], INDICATOR_DETECTION).candidates).toEqual([]);
  });

  it('raises no alert below the minimum count, and says why', () => {
    // a sparse series: mostly 0, then 3 and 4 — an alarm for EARS, too small for an alert
    const sparse = weekly('signals:sparse', [
      ...Array.from({ length: 100 }, (_, i) => (i % 9 === 0 ? 1 : 0)),
      0,
      3,
      4,
      4,
    ]);
    const loose = runDetection([sparse], { ...SIGNAL_COUNT_DETECTION, minObserved: undefined });
    expect(loose.candidates.length).toBeGreaterThan(0);
    const strict = runDetection([sparse], SIGNAL_COUNT_DETECTION);
    expect(strict.candidates).toEqual([]);
    expect(strict.skipped.some((s) => /below the minimum of 5/.test(s.reason))).toBe(true);
  });

  it('fills missing weeks with the given value', () => {
    const s = consecutiveSeries(
      'week',
      [
        { period: '2025-W52', value: 2 },
        { period: '2026-W02', value: 5 },
      ],
      { fill: 0, to: '2026-W03' },
    );
    expect(s).toEqual({
      periods: ['2025-W52', '2026-W01', '2026-W02', '2026-W03'],
      values: [2, 0, 5, 0],
    });
  });
});

describe('checkAlertDecision', () => {
  const kind = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (e instanceof DomainError) return e.kind;
      throw e;
    }
    return 'ok';
  };
  it('needs a note and follows open → acknowledged → dismissed', () => {
    expect(kind(() => checkAlertDecision('open', 'acknowledged', '  '))).toBe('invalid-input');
    expect(checkAlertDecision('open', 'acknowledged', ' gezien ')).toBe('gezien');
    expect(checkAlertDecision('acknowledged', 'dismissed', 'artefact')).toBe('artefact');
    expect(kind(() => checkAlertDecision('acknowledged', 'acknowledged', 'x'))).toBe('conflict');
    expect(kind(() => checkAlertDecision('dismissed', 'acknowledged', 'x'))).toBe('conflict');
  });
});
