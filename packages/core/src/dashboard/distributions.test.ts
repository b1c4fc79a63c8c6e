import { describe, expect, it } from 'vitest';
import {
  kendallExactTwoSidedP,
  kendallSmallestP,
  lnGamma,
  normalTwoSidedP,
  regularizedIncompleteBeta,
  studentTTwoSidedP,
} from './distributions.ts';

/**
 * Reference values computed with SciPy 1.17.1 / NumPy 2.4 (Python 3):
 *   2*scipy.stats.t.sf(|t|, df), 2*scipy.stats.norm.sf(|z|), scipy.special.betainc(a, b, x),
 *   scipy.special.gammaln(x), scipy.stats.kendalltau(range(n), y, method='exact').pvalue
 */
const close = (actual: number, expected: number, relative = 1e-12) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));

describe('distributions', () => {
  it('ln Γ matches SciPy', () => {
    close(lnGamma(0.5), 0.5723649429247);
    close(lnGamma(10.3), 13.482036786138359);
    close(lnGamma(3), 0.6931471805599453);
  });

  it('the regularised incomplete beta matches SciPy', () => {
    close(regularizedIncompleteBeta(0.3, 2.5, 0.5), 0.018927124071945658);
    close(regularizedIncompleteBeta(0.9, 3, 0.5), 0.44541555534797056);
    close(regularizedIncompleteBeta(0.5, 10, 4), 0.046142578125);
  });

  it("Student's t two-sided p-values match SciPy", () => {
    close(studentTTwoSidedP(2.5, 6), 0.0465282322841673);
    close(studentTTwoSidedP(0.3, 3), 0.783763292039919);
    close(studentTTwoSidedP(-4.1, 10), 0.0021445783481919747);
    close(studentTTwoSidedP(1, 1), 0.5000000000000001);
    close(studentTTwoSidedP(12, 20), 1.359555702588066e-10, 1e-9);
  });

  it('normal two-sided p-values match SciPy', () => {
    close(normalTwoSidedP(0.5), 0.6170750774519738);
    close(normalTwoSidedP(1.96), 0.04999579029644087);
    close(normalTwoSidedP(3.2), 0.0013742758758316942);
    close(normalTwoSidedP(-2.7), 0.006933947606081329);
    close(normalTwoSidedP(6), 1.973175290075389e-9, 1e-10);
  });

  it('the exact Kendall p-value matches SciPy (tie-free series)', () => {
    close(kendallExactTwoSidedP(10, 5), 0.016666666666666666);
    close(kendallExactTwoSidedP(22, 8), 0.005505952380952381);
    close(kendallExactTwoSidedP(66, 13), 5.202487841376731e-6);
    // symmetric in the sign of S, and 1 for S = 0
    expect(kendallExactTwoSidedP(-22, 8)).toBe(kendallExactTwoSidedP(22, 8));
    expect(kendallExactTwoSidedP(0, 8)).toBe(1);
  });

  it('knows the smallest p-value an exact test of n values can reach', () => {
    expect(kendallSmallestP(4)).toBeCloseTo(2 / 24, 15);
    expect(kendallSmallestP(5)).toBeCloseTo(2 / 120, 15);
    expect(kendallSmallestP(5)).toBe(kendallExactTwoSidedP(10, 5));
  });
});
