/**
 * A quasi-Poisson generalised linear model with log link, y ~ 1 or y ~ 1 + t, fitted by
 * iteratively reweighted least squares exactly as R's glm.fit does it: start at μ = y + 0.1,
 * stop when |dev − dev_old| / (|dev| + 0.1) < 1e-8 or after 25 iterations, halve the step
 * when the deviance is not finite. Keeping R's iteration, not just its fixed point, is what
 * lets the Farrington engine reproduce R's bounds to ten significant digits: R reports the
 * working weights and QR of the last iteration (computed at the μ before its final update)
 * and uses them for the dispersion, the hat values and the prediction's standard error.
 *
 * With at most two columns the weighted least-squares step is solved in closed form after
 * centring t on its weighted mean, which avoids the cancellation of the normal equations.
 */
export interface QuasiPoissonFit {
  converged: boolean;
  iterations: number;
  /** intercept, and slope of t when the model has a trend */
  intercept: number;
  slope: number | null;
  /** fitted means μ at the final coefficients */
  fitted: Float64Array;
  /** working weights of the last iteration (prior weight × μ before the final update) */
  workingWeights: Float64Array;
  /** Pearson dispersion Σ wᵢ (yᵢ − μᵢ)² / μᵢ² / (n − p), as R's summary.glm */
  dispersion: number;
  dfResidual: number;
  deviance: number;
  /** Σ w, weighted mean of t and Σ w (t − t̄)² of the last iteration, for (XᵀWX)⁻¹ */
  sumWeights: number;
  timeMean: number;
  timeSpread: number;
}

const EPSILON = 1e-8;
const MAX_ITERATIONS = 25;

function deviance(y: ArrayLike<number>, mu: Float64Array, prior: ArrayLike<number> | null): number {
  let dev = 0;
  for (let i = 0; i < mu.length; i++) {
    const yi = y[i]!;
    const wi = prior ? prior[i]! : 1;
    dev += yi > 0 ? wi * (yi * Math.log(yi / mu[i]!) - (yi - mu[i]!)) : wi * mu[i]!;
  }
  return 2 * dev;
}

/**
 * Fits log μᵢ = β₀ (+ β₁ tᵢ) with quasi-Poisson variance. `time` null fits the intercept
 * only; `prior` are prior weights (all positive), null for ones.
 */
export function fitQuasiPoisson(
  y: ArrayLike<number>,
  time: ArrayLike<number> | null,
  prior: ArrayLike<number> | null = null,
): QuasiPoissonFit {
  const n = y.length;
  const p = time ? 2 : 1;
  const eta = new Float64Array(n);
  const mu = new Float64Array(n);
  const w = new Float64Array(n);
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    mu[i] = y[i]! + 0.1;
    eta[i] = Math.log(mu[i]!);
  }
  let devOld = deviance(y, mu, prior);
  let b0 = 0;
  let b1 = 0;
  let oldB0 = NaN;
  let oldB1 = NaN;
  let sw = 0;
  let tMean = 0;
  let stt = 0;
  let converged = false;
  let iterations = 0;
  let dev = devOld;
  const setLinear = (c0: number, c1: number) => {
    for (let i = 0; i < n; i++) {
      eta[i] = time ? c0 + c1 * time[i]! : c0;
      mu[i] = Math.exp(eta[i]!);
    }
  };
  const valid = () => {
    for (let i = 0; i < n; i++) if (!(mu[i]! > 0 && Number.isFinite(mu[i]!))) return false;
    return true;
  };
  for (let iter = 1; iter <= MAX_ITERATIONS; iter++) {
    iterations = iter;
    // working response and weights for the log link: dμ/dη = μ, V(μ) = μ
    sw = 0;
    let swz = 0;
    let swt = 0;
    for (let i = 0; i < n; i++) {
      z[i] = eta[i]! + (y[i]! - mu[i]!) / mu[i]!;
      w[i] = (prior ? prior[i]! : 1) * mu[i]!;
      sw += w[i]!;
      swz += w[i]! * z[i]!;
      if (time) swt += w[i]! * time[i]!;
    }
    const zMean = swz / sw;
    if (time) {
      tMean = swt / sw;
      stt = 0;
      let stz = 0;
      for (let i = 0; i < n; i++) {
        const dt = time[i]! - tMean;
        stt += w[i]! * dt * dt;
        stz += w[i]! * dt * (z[i]! - zMean);
      }
      b1 = stz / stt;
      b0 = zMean - b1 * tMean;
    } else {
      b0 = zMean;
    }
    if (!Number.isFinite(b0) || !Number.isFinite(b1)) break;
    setLinear(b0, b1);
    dev = deviance(y, mu, prior);
    // R halves the step towards the previous coefficients while the deviance is not finite
    // or μ leaves (0, ∞); on the first iteration there is nothing to go back to
    let halvings = 0;
    while (!Number.isFinite(dev) || !valid()) {
      if (Number.isNaN(oldB0) || halvings++ >= MAX_ITERATIONS) {
        return failed(mu, w, n - p, iterations, b0, time ? b1 : null);
      }
      b0 = (b0 + oldB0) / 2;
      b1 = (b1 + oldB1) / 2;
      setLinear(b0, b1);
      dev = deviance(y, mu, prior);
    }
    if (Math.abs(dev - devOld) / (0.1 + Math.abs(dev)) < EPSILON) {
      converged = true;
      break;
    }
    devOld = dev;
    oldB0 = b0;
    oldB1 = b1;
  }
  let pearson = 0;
  for (let i = 0; i < n; i++) {
    const r = (y[i]! - mu[i]!) / mu[i]!;
    pearson += w[i]! * r * r;
  }
  // an observation with prior weight 0 does not count towards the degrees of freedom
  let used = n;
  if (prior) for (let i = 0; i < n; i++) if (prior[i]! === 0) used--;
  const dfResidual = used - p;
  return {
    converged,
    iterations,
    intercept: b0,
    slope: time ? b1 : null,
    fitted: mu,
    workingWeights: w,
    dispersion: dfResidual > 0 ? pearson / dfResidual : NaN,
    dfResidual,
    deviance: dev,
    sumWeights: sw,
    timeMean: tMean,
    timeSpread: stt,
  };
}

function failed(
  mu: Float64Array,
  w: Float64Array,
  dfResidual: number,
  iterations: number,
  b0: number,
  b1: number | null,
): QuasiPoissonFit {
  return {
    converged: false,
    iterations,
    intercept: b0,
    slope: b1,
    fitted: mu,
    workingWeights: w,
    dispersion: NaN,
    dfResidual,
    deviance: NaN,
    sumWeights: NaN,
    timeMean: NaN,
    timeSpread: NaN,
  };
}

/** x₀ᵀ (XᵀWX)⁻¹ x₀ for the row (1, t₀) or (1): the unscaled variance of the linear predictor. */
function unscaledVariance(fit: QuasiPoissonFit, t: number): number {
  if (fit.slope === null) return 1 / fit.sumWeights;
  const d = t - fit.timeMean;
  return 1 / fit.sumWeights + (d * d) / fit.timeSpread;
}

/**
 * Diagonal of the hat matrix W^½X(XᵀWX)⁻¹XᵀW^½, as R's hatvalues() for a glm; values within
 * 10·ε of 1 are set to 1 as R's influence code does.
 */
export function hatValues(fit: QuasiPoissonFit, time: ArrayLike<number> | null): Float64Array {
  const h = new Float64Array(fit.workingWeights.length);
  for (let i = 0; i < h.length; i++) {
    const v = fit.workingWeights[i]! * unscaledVariance(fit, time ? time[i]! : 0);
    h[i] = v >= 1 - 10 * Number.EPSILON ? 1 : v;
  }
  return h;
}

/**
 * The prediction at t₀ on the response scale with its standard error by the delta method,
 * scaled by the estimated dispersion (not floored at 1), as R's predict.glm(type = "response",
 * se.fit = TRUE).
 */
export function predictResponse(
  fit: QuasiPoissonFit,
  t0: number,
  dispersion: number = fit.dispersion,
): { mean: number; se: number } {
  const eta = fit.intercept + (fit.slope ?? 0) * t0;
  const mean = Math.exp(eta);
  const seLink = Math.sqrt(dispersion * unscaledVariance(fit, t0));
  return { mean, se: seLink * mean };
}

/** The slope's t statistic with its standard error √(dispersion / Σ w (t − t̄)²). */
export function slopeTStatistic(fit: QuasiPoissonFit, dispersion: number = fit.dispersion): number {
  if (fit.slope === null) return NaN;
  return fit.slope / Math.sqrt(dispersion / fit.timeSpread);
}
