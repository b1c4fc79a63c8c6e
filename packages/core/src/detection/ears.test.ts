import { describe, expect, it } from 'vitest';
import { earsC } from './ears.ts';

describe('EARS C1, C2 and C3', () => {
  it('C1: mean and sd of the 7 values before t, alarm above mean + 3 sd', () => {
    const r = earsC([1, 2, 3, 4, 5, 6, 7, 20, 5], { method: 'C1' });
    expect(r.method).toBe('ears-c1');
    expect(r.parameters).toEqual({
      method: 'C1',
      baseline: 7,
      guardBand: 0,
      threshold: 3,
      minSigma: 0,
    });
    expect(r.points.slice(0, 7).map((p) => p.reason)).toEqual(Array(7).fill('too-short'));
    const p = r.points[7]!;
    const sd = Math.sqrt(28 / 6);
    expect(p.expected).toBe(4);
    expect(p.sd).toBeCloseTo(sd, 14);
    expect(p.upperBound).toBeCloseTo(4 + 3 * sd, 14);
    expect(p.statistic).toBeCloseTo(16 / sd, 14);
    expect(p.alarm).toBe(true);
    expect(p.baseline).toEqual([{ from: 0, to: 6 }]);
    // the spike is in the next point's baseline and raises its bound
    expect(r.points[8]!.baseline).toEqual([{ from: 1, to: 7 }]);
    expect(r.points[8]!.alarm).toBe(false);
  });

  it('C2 skips a guard band of 2, so a rising outbreak does not lift its own baseline', () => {
    const series = [5, 6, 5, 4, 6, 5, 5, 30, 40, 50];
    const c1 = earsC(series, { method: 'C1' });
    const c2 = earsC(series, { method: 'C2' });
    expect(c2.parameters.guardBand).toBe(2);
    expect(c2.points[9]!.baseline).toEqual([{ from: 0, to: 6 }]);
    expect(c2.points[9]!.alarm).toBe(true);
    // C1 has 30 and 40 in its baseline for t = 9 and misses the third week of the rise
    expect(c1.points[9]!.alarm).toBe(false);
    expect(c2.points.slice(0, 9).every((p) => p.reason === 'too-short')).toBe(true);
  });

  it('takes baseline, guard band, threshold and minSigma from the options', () => {
    const flat = [5, 5, 5, 5, 5, 5, 5, 6];
    expect(earsC(flat, { method: 'C1' }).points[7]).toMatchObject({ upperBound: 5, alarm: true });
    expect(earsC(flat, { method: 'C1', minSigma: 1 }).points[7]).toMatchObject({
      upperBound: 8,
      alarm: false,
    });
    const r = earsC([1, 2, 3, 10, 1, 10], {
      method: 'C2',
      baseline: 3,
      guardBand: 1,
      threshold: 1,
    });
    expect(r.points[5]!.baseline).toEqual([{ from: 1, to: 3 }]);
    expect(r.points[5]!.upperBound).toBeCloseTo(5 + Math.sqrt(19), 14);
    expect(r.points[5]!.alarm).toBe(true);
    expect(() => earsC(flat, { method: 'C1', baseline: 2 })).toThrow(RangeError);
  });

  it('says why when a value is missing', () => {
    const r = earsC([1, 2, null, 4, 5, 6, 7, 8, null], { method: 'C1' });
    expect(r.points[7]).toMatchObject({ reason: 'missing-values', upperBound: null, alarm: null });
    // a missing observation still has a bound, but no decision
    const s = earsC([1, 2, 3, 4, 5, 6, 7, null], { method: 'C1' });
    expect(s.points[7]).toMatchObject({ expected: 4, alarm: null, reason: 'missing-values' });
  });

  it('C3 as R computes it: alarm once the two previous exceedances sum above z', () => {
    const base = [10, 12, 9, 11, 10, 12, 8, 11, 10, 9, 11];
    const r = earsC([...base, 11, 30, 30, 12], { method: 'C3' });
    expect(r.parameters.threshold).toBe(2);
    expect(r.points.slice(0, 11).every((p) => p.reason === 'too-short')).toBe(true);
    expect(r.points[11]!.baseline).toEqual([{ from: 0, to: 8 }]);
    // t = 12, 13: the spike is not yet in the exceedances of t−1, t−2
    expect(r.points[12]!.alarm).toBe(false);
    expect(r.points[14]!.statistic).toBeGreaterThan(2);
    expect(r.points[14]!.alarm).toBe(true);
    expect(r.explanation.join(' ')).toContain('surveillance');
  });

  it('C3 cannot decide on a flat baseline unless minSigma is set', () => {
    const flat = Array<number>(14).fill(5);
    expect(earsC(flat, { method: 'C3' }).points[13]!.reason).toBe('flat-baseline');
    expect(earsC(flat, { method: 'C3', minSigma: 1 }).points[13]!.alarm).toBe(false);
  });
});
