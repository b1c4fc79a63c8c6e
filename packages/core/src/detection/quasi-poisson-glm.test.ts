import { describe, expect, it } from 'vitest';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import {
  fitQuasiPoisson,
  hatValues,
  predictResponse,
  slopeTStatistic,
} from './quasi-poisson-glm.ts';

/** Reference values from R 4.2: glm(y ~ t, family = quasipoisson) and its summary/predict. */
const y = [3, 5, 4, 8, 6, 9, 12, 10, 15, 14];
const t = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('quasi-Poisson regression by IRLS', () => {
  it('fits an intercept-only model: μ is the mean, the dispersion the Pearson χ² / (n − 1)', () => {
    const fit = fitQuasiPoisson(y, null);
    const mean = y.reduce((a, b) => a + b, 0) / y.length;
    expect(fit.converged).toBe(true);
    expect(fit.slope).toBeNull();
    // IRLS stops on a relative change in deviance below 1e-8, as R, not at the exact mean
    expect(Math.exp(fit.intercept)).toBeCloseTo(mean, 8);
    const pearson = y.reduce((s, v) => s + (v - mean) ** 2 / mean, 0) / (y.length - 1);
    expect(fit.dispersion).toBeCloseTo(pearson, 3);
    // R's summary.glm takes the working weights of the last iteration, from the μ before the
    // final step: 2.02070245153341, not the exact 2.02067…; we do the same
    expect(fit.dispersion).toBeCloseTo(2.02070245153341, 12);
    expect(Math.exp(fit.intercept)).toBeCloseTo(8.6000000009872, 12);
    expect(fit.dfResidual).toBe(9);
  });

  it('fits a log-linear trend as R does, to 1e-12', () => {
    const fit = fitQuasiPoisson(y, t);
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBe(4);
    expect(fit.intercept).toBeCloseTo(1.18888498368829, 12);
    expect(fit.slope).toBeCloseTo(0.156960056377635, 12);
    expect(fit.dispersion).toBeCloseTo(0.297184949539166, 12);
    const pValue = 2 * tCdf(-Math.abs(slopeTStatistic(fit)), fit.dfResidual);
    expect(pValue / 9.04834439919748e-5).toBeCloseTo(1, 10);
    const prediction = predictResponse(fit, 11);
    expect(prediction.mean).toBeCloseTo(18.4570350963348, 10);
    expect(prediction.se).toBeCloseTo(2.02276978718382, 10);
    const h = hatValues(fit, t);
    expect(h[0]).toBeCloseTo(0.246124695416186, 12);
    expect(h[9]).toBeCloseTo(0.449235742823465, 12);
    // the hat values of a model with two parameters sum to 2
    expect(h.reduce((a, b) => a + b, 0)).toBeCloseTo(2, 12);
  });

  it('takes prior weights into the fit and the dispersion', () => {
    const fit = fitQuasiPoisson(y, t, [1, 1, 1, 0.5, 1, 1, 2, 1, 1, 1]);
    expect(fit.intercept).toBeCloseTo(1.16887389795625, 12);
    expect(fit.slope).toBeCloseTo(0.161775920892794, 12);
    expect(fit.dispersion).toBeCloseTo(0.314471681517575, 12);
  });

  it('converges on an all-zero baseline towards μ = 0 without NaN', () => {
    const fit = fitQuasiPoisson([0, 0, 0, 0, 0], null);
    expect(fit.converged).toBe(true);
    expect(fit.fitted[0]).toBeLessThan(1e-6);
    expect(Number.isFinite(fit.dispersion)).toBe(true);
  });
});
