import { describe, expect, it } from 'vitest';
import { earsC } from './ears.ts';
import type { EarsMethod } from './ears.ts';
import { farringtonFlexible } from './farrington-flexible.ts';
import type { PowerTransform } from './farrington-flexible.ts';
import vr13 from './fixtures/vr13-hospital-admissions.json' with { type: 'json' };
import vr01 from './fixtures/vr01-hospital-admissions.json' with { type: 'json' };
import deaths from './fixtures/nl-registered-deaths.json' with { type: 'json' };
import radar from './fixtures/nl-infectieradar-symptoms.json' with { type: 'json' };

/**
 * The engine against R's surveillance package (1.20) on real weekly series: the fixtures are
 * written by bench/fixtures/surveillance/generate.R. Alarms must be identical, including where
 * R gives none (NA); upper bounds and expected values must agree to a relative difference of
 * 1e-12 (R writes 15 significant digits; the largest difference measured is 1e-14).
 *
 * R's earsC takes α rather than z, and qnorm(1 − (1 − Φ(3))) is not exactly 3, so each EARS
 * case gives the engine the z R actually used (stored with 17 digits): with integer counts a
 * bound can land exactly on an observation (mean 2, sd 1, z 3: bound 5, observed 5), and then
 * only the same z decides the same way.
 */
const RELATIVE_TOLERANCE = 1e-12;

interface Fixture {
  series: { id: string; values: (number | null)[] };
  ears: {
    options: { method: string; baseline: number; threshold: number; minSigma: number };
    /** the z R used: qnorm(1 − α) with α = 1 − Φ(threshold), within 1e-14 of the threshold */
    rThreshold: string;
    firstIndex: number;
    upperbound: (number | null)[];
    alarm: string;
  }[];
  farrington: {
    options: {
      b: number;
      w: number;
      alpha?: number;
      powerTransform?: string;
      reweight?: boolean;
      pastWeeksNotIncluded?: number;
      limit54?: number[];
      weightsThreshold?: number;
      pThresholdTrend?: number;
      trend?: boolean;
    };
    firstIndex: number;
    upperbound: (number | null)[];
    expected: (number | null)[];
    alarm: string;
    trend: string;
  }[];
}

const fixtures = [vr13, vr01, deaths, radar] as Fixture[];

const alarmString = (alarms: (boolean | null)[]) =>
  alarms.map((a) => (a === null ? '-' : a ? '1' : '0')).join('');

function relativeDifference(ours: number | null, theirs: number | null): number {
  if (ours === null || theirs === null) return ours === theirs ? 0 : Infinity;
  if (ours === theirs) return 0;
  return Math.abs(ours - theirs) / Math.max(Math.abs(theirs), 1e-12);
}

const worst = (a: (number | null)[], b: (number | null)[]) =>
  a.reduce<number>((m, x, i) => Math.max(m, relativeDifference(x, b[i] ?? null)), 0);

describe.each(fixtures)('against R surveillance: $series.id', (fixture) => {
  const values = fixture.series.values;

  it.each(fixture.ears)(
    'EARS $options.method (baseline $options.baseline, z $options.threshold)',
    (ref) => {
      const result = earsC(values, {
        method: ref.options.method as EarsMethod,
        baseline: ref.options.baseline,
        threshold: ref.options.threshold,
        minSigma: ref.options.minSigma,
      });
      const monitored = result.points.slice(ref.firstIndex);
      expect(result.points.slice(0, ref.firstIndex).every((p) => p.reason === 'too-short')).toBe(
        true,
      );
      expect(alarmString(monitored.map((p) => p.alarm))).toBe(ref.alarm);
      expect(
        worst(
          monitored.map((p) => p.upperBound),
          ref.upperbound,
        ),
      ).toBeLessThan(RELATIVE_TOLERANCE);
    },
  );

  it.each(fixture.farrington)('Farrington flexible $options', (ref) => {
    const o = ref.options;
    const result = farringtonFlexible(values, {
      b: o.b,
      w: o.w,
      ...(o.alpha !== undefined ? { alpha: o.alpha } : {}),
      ...(o.powerTransform !== undefined
        ? { powerTransform: o.powerTransform as PowerTransform }
        : {}),
      ...(o.reweight !== undefined ? { reweight: o.reweight } : {}),
      ...(o.pastWeeksNotIncluded !== undefined
        ? { pastWeeksNotIncluded: o.pastWeeksNotIncluded }
        : {}),
      ...(o.limit54 !== undefined ? { limit54: [o.limit54[0]!, o.limit54[1]!] as const } : {}),
      ...(o.weightsThreshold !== undefined ? { weightsThreshold: o.weightsThreshold } : {}),
      ...(o.pThresholdTrend !== undefined ? { pThresholdTrend: o.pThresholdTrend } : {}),
      ...(o.trend !== undefined ? { trend: o.trend } : {}),
    });
    const monitored = result.points.slice(ref.firstIndex);
    expect(result.points.slice(0, ref.firstIndex).every((p) => p.reason === 'too-short')).toBe(
      true,
    );
    expect(alarmString(monitored.map((p) => p.alarm))).toBe(ref.alarm);
    expect(alarmString(monitored.map((p) => p.trend?.included ?? null))).toBe(ref.trend);
    expect(
      worst(
        monitored.map((p) => p.upperBound),
        ref.upperbound,
      ),
    ).toBeLessThan(RELATIVE_TOLERANCE);
    expect(
      worst(
        monitored.map((p) => p.expected),
        ref.expected,
      ),
    ).toBeLessThan(RELATIVE_TOLERANCE);
  });
});
