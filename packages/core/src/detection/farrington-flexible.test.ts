import { describe, expect, it } from 'vitest';
import { seededRandom } from '../demo/seeded-random.ts';
import { farringtonFlexible } from './farrington-flexible.ts';

/** Poisson draws by inversion from the project's seeded generator, for repeatable series. */
function poissonSeries(means: readonly number[], seed: number): number[] {
  const random = seededRandom(seed);
  return means.map((mean) => {
    const u = random.next();
    let k = 0;
    let p = Math.exp(-mean);
    let cumulative = p;
    while (u > cumulative && k < 10_000) {
      k++;
      p *= mean / k;
      cumulative += p;
    }
    return k;
  });
}

const weeks = (n: number, mean: (t: number) => number) =>
  Array.from({ length: n }, (_, t) => mean(t));
const seasonal = (t: number) => 20 + 8 * Math.sin((2 * Math.PI * t) / 52);

describe('Farrington flexible', () => {
  it('needs b years and w weeks of history before it can say anything', () => {
    const series = poissonSeries(weeks(3 * 52 + 10, seasonal), 1);
    const r = farringtonFlexible(series, { b: 3, w: 3 });
    const first = 3 * 52 + 3;
    expect(r.points.slice(0, first).every((p) => p.reason === 'too-short')).toBe(true);
    expect(r.points[first]!.reason).toBeUndefined();
    expect(r.points[first]!.upperBound).toBeGreaterThan(r.points[first]!.expected!);
  });

  it('takes the same weeks in earlier years, ± w, as its baseline', () => {
    const series = poissonSeries(weeks(200, seasonal), 2);
    const k = 150;
    const r = farringtonFlexible(series, { b: 2, w: 1 });
    expect(r.points[k]!.baseline).toEqual([
      { from: k - 105, to: k - 103 },
      { from: k - 53, to: k - 51 },
    ]);
    expect(r.points[k]!.baselineSize).toBe(6);
    // with pastWeeksNotIncluded 0 the current year's window (t − w … t − 1) is used as well
    const current = farringtonFlexible(series, { b: 2, w: 1, pastWeeksNotIncluded: 0 });
    expect(current.points[k]!.baseline.at(-1)).toEqual({ from: k - 1, to: k - 1 });
    // a missing value is left out of the baseline
    const gap = [...series];
    gap[k - 52] = null as unknown as number;
    expect(farringtonFlexible(gap, { b: 2, w: 1 }).points[k]!.baselineSize).toBe(5);
  });

  it('raises an alarm for a spike, its score the highest of all weeks', () => {
    const means = weeks(4 * 52 + 20, seasonal);
    const series = poissonSeries(means, 3);
    const spike = 4 * 52 + 10;
    series[spike] = Math.round(3 * means[spike]!);
    const r = farringtonFlexible(series, { b: 3, w: 3 });
    const monitored = r.points.filter((p) => p.reason === undefined);
    expect(monitored.length).toBeGreaterThan(40);
    expect(r.points[spike]!.alarm).toBe(true);
    const topScore = Math.max(...monitored.map((p) => p.score!));
    expect(r.points[spike]!.score).toBe(topScore);
  });

  it('down-weights a past outbreak so that it does not hide a new one', () => {
    const series = poissonSeries(
      weeks(4 * 52 + 20, () => 20),
      4,
    );
    // an outbreak three years back, in the week that is part of the baseline
    series[52 + 10] = 150;
    const k = 4 * 52 + 10;
    series[k] = 45;
    const options = { b: 3, w: 3, trend: false };
    const weighted = farringtonFlexible(series, options).points[k]!;
    const unweighted = farringtonFlexible(series, { ...options, reweight: false }).points[k]!;
    expect(weighted.downweighted).toBe(1);
    expect(weighted.upperBound!).toBeLessThan(unweighted.upperBound! / 1.5);
    expect(weighted.alarm).toBe(true);
    expect(unweighted.alarm).toBe(false);
  });

  it('keeps a significant trend only with 3 years of history and no extrapolation', () => {
    const k = 4 * 52 + 5;
    const falling = poissonSeries(
      weeks(4 * 52 + 10, (t) => 40 * Math.exp(-0.006 * t)),
      5,
    );
    const three = farringtonFlexible(falling, { b: 3, w: 3 }).points[k]!;
    expect(three.trend?.included).toBe(true);
    expect(three.trend?.slope).toBeLessThan(0);
    expect(three.trend?.pValue).toBeLessThan(0.05);
    // the same trend with two years back is tested, found significant, and still left out
    const two = farringtonFlexible(falling, { b: 2, w: 3 }).points[k]!;
    expect(two.trend).toMatchObject({ included: false });
    expect(two.trend?.pValue).toBeLessThan(0.05);
    // a rising trend predicts above every baseline value, so it is dropped
    const rising = poissonSeries(
      weeks(4 * 52 + 10, (t) => 10 * Math.exp(0.006 * t)),
      5,
    );
    expect(farringtonFlexible(rising, { b: 3, w: 3 }).points[k]!.trend?.included).toBe(false);
  });

  it('gives no bound and no alarm when the latest 4 weeks hold fewer than 5 cases', () => {
    const sparse = poissonSeries(
      weeks(3 * 52 + 10, () => 0.5),
      6,
    );
    const r = farringtonFlexible(sparse, { b: 3, w: 3 });
    const quiet = r.points.filter((p) => p.reason === 'too-few-cases');
    expect(quiet.length).toBeGreaterThan(0);
    for (const p of quiet) {
      expect(p.upperBound).toBeNull();
      expect(p.alarm).toBe(false);
    }
  });

  it('explains itself, validates its options and is deterministic', () => {
    const series = poissonSeries(weeks(3 * 52 + 10, seasonal), 7);
    const r = farringtonFlexible(series, { b: 3 });
    expect(r.parameters).toMatchObject({
      b: 3,
      w: 3,
      alpha: 0.05,
      reweight: true,
      populationOffset: false,
    });
    expect(r.explanation.join(' ')).toMatch(/Anscombe.*2\.58/);
    expect(farringtonFlexible(series, { b: 3 })).toEqual(r);
    expect(() => farringtonFlexible(series, { w: 30 })).toThrow(RangeError);
    expect(() => farringtonFlexible(series, { alpha: 0 })).toThrow(RangeError);
  });
});
