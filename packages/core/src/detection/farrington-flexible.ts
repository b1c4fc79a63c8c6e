import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import { toRanges } from './detection-point.ts';
import type { DetectionPointBase, NoResultReason } from './detection-point.ts';
import {
  fitQuasiPoisson,
  hatValues,
  predictResponse,
  slopeTStatistic,
} from './quasi-poisson-glm.ts';
import type { QuasiPoissonFit } from './quasi-poisson-glm.ts';

/**
 * The Farrington flexible algorithm (Farrington et al. 1996; Noufaily et al. 2013) as R's
 * surveillance::farringtonFlexible (version 1.20) computes it with thresholdMethod "delta",
 * noPeriods 1 and no population offset. For each time point t:
 *
 * 1. Baseline: the windows t − i·frequency ± w for i = 1 … b (the same week in each of the b
 *    previous years, w on either side), plus the current year's t − w … t − 1 less the
 *    `pastWeeksNotIncluded` latest points (by default w, so none of the current year).
 *    Missing values are left out. Years are `frequency` points long (52 weeks), as in R with
 *    an index-based time axis (epochAsDate = FALSE).
 * 2. A quasi-Poisson regression log μ = β₀ + β₁·t on the baseline; without trend if it does
 *    not converge. Dispersion φ = max(Pearson dispersion, 1).
 * 3. Reweighting: Anscombe residuals sᵢ = 3/2 (yᵢ^⅔ μᵢ^−⅙ − μᵢ^½) / √(φ(1 − hᵢ)); points with
 *    sᵢ > weightsThreshold (2.58) get weight γ sᵢ⁻², the others γ, with γ making the weights
 *    sum to n; the model is refitted with these weights (past outbreaks count less).
 * 4. The trend stays only if its p-value (t test, quasi-likelihood) is below pThresholdTrend,
 *    b ≥ 3, and the prediction at t is not above the largest baseline value; otherwise steps
 *    2–3 are redone without trend.
 * 5. Prediction μ₀ with standard error by the delta method; with the 2/3-power transform the
 *    upper bound is U = (μ₀^⅔ + z₁₋α · √(4/9 · μ₀^⅓ · (φ + se²/μ₀)))^{3/2}.
 * 6. Alarm when y_t > U (score (y − μ₀)/(U − μ₀) > 1) and y_t ≠ 0 — but only if the latest
 *    limit54[1] points hold at least limit54[0] cases (5 in 4 weeks); otherwise no bound and
 *    no alarm, as in R.
 */
export type PowerTransform = '2/3' | '1/2' | 'none';

export interface FarringtonOptions {
  /** years back; default 5 */
  b?: number;
  /** half-width of the window around the same week in earlier years; default 3 */
  w?: number;
  /** points per year; default 52 (weekly) */
  frequency?: number;
  /** down-weight past outbreaks; default true */
  reweight?: boolean;
  /** Anscombe residual above which a point is down-weighted; default 2.58 */
  weightsThreshold?: number;
  /** one-sided level of the prediction interval; default 0.05 */
  alpha?: number;
  /** fit a time trend when it is significant; default true */
  trend?: boolean;
  /** p-value below which the trend counts as significant; default 0.05 */
  pThresholdTrend?: number;
  /** [cases, points]: no alarm unless the latest `points` hold at least `cases`; default [5, 4] */
  limit54?: readonly [number, number];
  /** skewness correction of the prediction interval; default '2/3' */
  powerTransform?: PowerTransform;
  /** latest points of the current year left out of the baseline; default w */
  pastWeeksNotIncluded?: number;
}

export interface FarringtonParameters {
  b: number;
  w: number;
  frequency: number;
  reweight: boolean;
  weightsThreshold: number;
  alpha: number;
  trend: boolean;
  pThresholdTrend: number;
  limit54: readonly [number, number];
  powerTransform: PowerTransform;
  pastWeeksNotIncluded: number;
  /** always false: a population offset is not supported */
  populationOffset: false;
}

export interface FarringtonPoint extends DetectionPointBase {
  /** (observed − expected) / (upper bound − expected); above 1 means an alarm */
  score: number | null;
  /** overdispersion φ = max(dispersion, 1) of the final model */
  overdispersion: number | null;
  /** whether the final model has a time trend, its slope per time point and the trend's p-value */
  trend: { included: boolean; slope: number | null; pValue: number | null } | null;
  /** baseline values used in the regression */
  baselineSize: number;
  /** baseline points whose Anscombe residual exceeded the threshold and were down-weighted */
  downweighted: number;
}

export interface FarringtonResult {
  method: 'farrington-flexible';
  parameters: FarringtonParameters;
  points: FarringtonPoint[];
  explanation: string[];
}

export function farringtonParameters(options: FarringtonOptions = {}): FarringtonParameters {
  const w = options.w ?? 3;
  const p: FarringtonParameters = {
    b: options.b ?? 5,
    w,
    frequency: options.frequency ?? 52,
    reweight: options.reweight ?? true,
    weightsThreshold: options.weightsThreshold ?? 2.58,
    alpha: options.alpha ?? 0.05,
    trend: options.trend ?? true,
    pThresholdTrend: options.pThresholdTrend ?? 0.05,
    limit54: options.limit54 ?? [5, 4],
    powerTransform: options.powerTransform ?? '2/3',
    pastWeeksNotIncluded: options.pastWeeksNotIncluded ?? w,
    populationOffset: false,
  };
  const whole = (x: number, min: number) => Number.isInteger(x) && x >= min;
  if (!whole(p.b, 1)) throw new RangeError('b must be a whole number ≥ 1');
  if (!whole(p.w, 0)) throw new RangeError('w must be a whole number ≥ 0');
  if (!whole(p.frequency, 1)) throw new RangeError('frequency must be a whole number ≥ 1');
  if (2 * p.w + 1 > p.frequency) throw new RangeError('windows of 2w + 1 must fit in a year');
  if (!whole(p.pastWeeksNotIncluded, 0))
    throw new RangeError('pastWeeksNotIncluded must be a whole number ≥ 0');
  if (!(p.alpha > 0 && p.alpha < 1)) throw new RangeError('alpha must lie between 0 and 1');
  if (!(p.limit54[0] >= 0 && whole(p.limit54[1], 1)))
    throw new RangeError('limit54 needs cases ≥ 0 and a period ≥ 1');
  return p;
}

interface FlexibleFit {
  model: QuasiPoissonFit;
  phi: number;
  /** the dispersion R's predict.glm and summary.glm see for this model (see below) */
  reportedDispersion: number;
  hasTrend: boolean;
  downweighted: number;
}

/** Steps 2–3: fit, fall back to no trend when needed, then refit with Anscombe weights. */
function fitFlexible(
  y: Float64Array,
  time: Float64Array,
  withTrend: boolean,
  p: FarringtonParameters,
): FlexibleFit | null {
  let hasTrend = withTrend;
  let model = fitQuasiPoisson(y, hasTrend ? time : null);
  if (!model.converged) {
    if (!hasTrend) return null;
    hasTrend = false;
    model = fitQuasiPoisson(y, null);
    if (!model.converged) return null;
  }
  let phi = Math.max(model.dispersion, 1);
  let downweighted = 0;
  if (p.reweight) {
    const h = hatValues(model, hasTrend ? time : null);
    const n = y.length;
    const omega = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const mu = model.fitted[i]!;
      const s =
        (1.5 * (Math.pow(y[i]!, 2 / 3) * Math.pow(mu, -1 / 6) - Math.sqrt(mu))) /
        Math.sqrt(phi * (1 - h[i]!));
      if (s > p.weightsThreshold) {
        omega[i] = 1 / (s * s);
        downweighted++;
      } else omega[i] = 1;
      total += omega[i]!;
    }
    const gamma = n / total;
    for (let i = 0; i < n; i++) omega[i] = gamma * omega[i]!;
    // as R, the reweighted model is used whether or not it converged
    model = fitQuasiPoisson(y, hasTrend ? time : null, omega);
    phi = Math.max(model.dispersion, 1);
    // R's fitGLM.flexible then overwrites the model's working weights with ω, so the
    // dispersion that predict.glm (the standard error of μ₀) and summary.glm (the trend's
    // p-value) compute is Σ ωᵢ ((yᵢ − μᵢ)/μᵢ)² / df instead of Σ ωᵢ μᵢ ((yᵢ − μᵢ)/μᵢ)² / df.
    // We reproduce that so that bounds and trend decisions agree with R.
    let reported = 0;
    for (let i = 0; i < n; i++) {
      const r = (y[i]! - model.fitted[i]!) / model.fitted[i]!;
      reported += omega[i]! * r * r;
    }
    return { model, phi, reportedDispersion: reported / model.dfResidual, hasTrend, downweighted };
  }
  return { model, phi, reportedDispersion: model.dispersion, hasTrend, downweighted };
}

/** Baseline indices for time point k (step 1), ascending. */
function baselineIndices(k: number, p: FarringtonParameters): number[] {
  const chosen = new Set<number>();
  for (let i = 1; i <= p.b; i++) {
    const ref = k - i * p.frequency;
    for (let j = ref - p.w; j <= ref + p.w; j++) chosen.add(j);
  }
  for (let j = k - p.w; j <= k; j++) chosen.add(j);
  for (let j = k - p.pastWeeksNotIncluded; j <= k; j++) chosen.delete(j);
  return [...chosen].filter((j) => j >= 0).sort((a, c) => a - c);
}

function upperBoundOf(
  mu0: number,
  se: number,
  phi: number,
  z: number,
  transform: PowerTransform,
): number {
  const tau = phi + (se * se) / mu0;
  switch (transform) {
    case 'none':
      return mu0 + z * Math.sqrt(mu0 * tau);
    case '1/2':
      return Math.pow(Math.sqrt(mu0) + z * Math.sqrt(tau / 4), 2);
    case '2/3':
      return Math.pow(
        Math.pow(mu0, 2 / 3) + z * Math.sqrt((4 / 9) * Math.pow(mu0, 1 / 3) * tau),
        3 / 2,
      );
    default: {
      const unreachable: never = transform;
      throw new Error(`unknown power transform ${String(unreachable)}`);
    }
  }
}

function describe(p: FarringtonParameters, z: number): string[] {
  return [
    `Farrington flexible (as R surveillance::farringtonFlexible): baseline = the same point in each of the ${p.b} previous years (${p.frequency} points a year) ± ${p.w}` +
      (p.pastWeeksNotIncluded < p.w
        ? `, and the current year's points up to ${p.pastWeeksNotIncluded + 1} before t.`
        : '.'),
    `Quasi-Poisson regression with log link${p.trend ? ', with a time trend when significant (p < ' + p.pThresholdTrend + '), at least 3 years back and not extrapolating above the baseline maximum' : ', without time trend'}; overdispersion φ = max(dispersion, 1).`,
    p.reweight
      ? `Past outbreaks down-weighted: baseline points with an Anscombe residual above ${p.weightsThreshold} get weight ∝ residual⁻², then the model is refitted.`
      : 'No down-weighting of past outbreaks.',
    `Upper bound of the one-sided ${(1 - p.alpha) * 100}% prediction interval (z = ${z.toFixed(4)}) on the ${p.powerTransform === 'none' ? 'original' : p.powerTransform + '-power'} scale; alarm when the observed value exceeds it and is not 0.`,
    `No bound and no alarm when the latest ${p.limit54[1]} points hold fewer than ${p.limit54[0]} cases.`,
  ];
}

/** Runs the Farrington flexible algorithm over every point of the series. */
export function farringtonFlexible(
  values: readonly (number | null)[],
  options: FarringtonOptions = {},
): FarringtonResult {
  const p = farringtonParameters(options);
  const z = normalQuantile(1 - p.alpha, 0, 1);
  const points = values.map((raw, k) => farringtonPoint(values, k, raw ?? null, p, z));
  return { method: 'farrington-flexible', parameters: p, points, explanation: describe(p, z) };
}

function farringtonPoint(
  values: readonly (number | null)[],
  k: number,
  observed: number | null,
  p: FarringtonParameters,
  z: number,
): FarringtonPoint {
  const empty = (reason: NoResultReason, baseline: number[] = []): FarringtonPoint => ({
    index: k,
    observed,
    expected: null,
    upperBound: null,
    alarm: null,
    baseline: toRanges(baseline),
    reason,
    score: null,
    overdispersion: null,
    trend: null,
    baselineSize: 0,
    downweighted: 0,
  });
  if (k - p.b * p.frequency - p.w < 0) return empty('too-short');
  const indices = baselineIndices(k, p).filter((j) => values[j] != null);
  const n = indices.length;
  // two parameters with a trend, and a dispersion to estimate
  if (n < (p.trend ? 3 : 2)) return empty('baseline-too-small', indices);
  const y = new Float64Array(n);
  const time = new Float64Array(n);
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    y[i] = values[indices[i]!]!;
    time[i] = indices[i]!;
    if (y[i]! > maxY) maxY = y[i]!;
  }
  let fit = fitFlexible(y, time, p.trend, p);
  if (!fit) return empty('not-converged', indices);
  let slope: number | null = null;
  let pValue: number | null = null;
  if (fit.hasTrend) {
    const t = slopeTStatistic(fit.model, fit.reportedDispersion);
    pValue = 2 * tCdf(-Math.abs(t), fit.model.dfResidual);
    slope = fit.model.slope;
    const significant = pValue < p.pThresholdTrend;
    const noExtrapolation = predictResponse(fit.model, k, fit.reportedDispersion).mean <= maxY;
    if (!(significant && p.b >= 3 && noExtrapolation)) {
      fit = fitFlexible(y, time, false, p);
      if (!fit) return empty('not-converged', indices);
    }
  }
  const { mean: mu0, se } = predictResponse(fit.model, k, fit.reportedDispersion);
  const upper = upperBoundOf(mu0, se, fit.phi, z, p.powerTransform);
  const [minCases, period] = p.limit54;
  let recent = 0;
  let recentMissing = false;
  for (let j = k - period + 1; j <= k; j++) {
    const v = j >= 0 ? values[j] : 0;
    if (v == null) recentMissing = true;
    else recent += v;
  }
  const enoughCases = !recentMissing && recent >= minCases;
  const base = {
    index: k,
    observed,
    baseline: toRanges(indices),
    overdispersion: fit.phi,
    trend: { included: fit.hasTrend, slope: fit.hasTrend ? fit.model.slope : slope, pValue },
    baselineSize: n,
    downweighted: fit.downweighted,
  };
  if (!enoughCases || Number.isNaN(upper)) {
    return {
      ...base,
      expected: null,
      upperBound: null,
      alarm: observed === null ? null : false,
      reason: observed === null || recentMissing ? 'missing-values' : 'too-few-cases',
      score: null,
    };
  }
  const score = observed === null ? null : (observed - mu0) / (upper - mu0);
  return {
    ...base,
    expected: mu0,
    upperBound: upper,
    alarm: observed === null || score === null ? null : score > 1 && observed !== 0,
    ...(observed === null ? { reason: 'missing-values' as const } : {}),
    score,
  };
}
