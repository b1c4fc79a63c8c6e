import type { DetectionPointBase, NoResultReason } from './detection-point.ts';

/**
 * The CDC's Early Aberration Reporting System methods C1, C2 and C3 (Hutwagner et al. 2003)
 * for any count or value series, computed as R's surveillance::earsC (version 1.20) does:
 *
 * - C1: the baseline is the `baseline` (7) values just before t; expected = their mean ȳ,
 *   upper bound = ȳ + z·max(s, minSigma) with s their sample standard deviation.
 * - C2: the same with a guard band of 2: the baseline is t−9 … t−3, so that the first days of
 *   a rising outbreak do not inflate their own baseline.
 * - C3: uses the C2 statistic C₂(i) = (yᵢ − ȳᵢ)/sᵢ of t−1 and t−2. As in R, the upper bound is
 *   max(0, y_t + s_t·(z − Σᵢ max(0, C₂(i) − 1))) over i = t−1, t−2, and the alarm is y_t above
 *   it. Note what that implies (R's documentation writes ȳ_t where its code has y_t): the alarm
 *   fires when the two previous exceedances already sum to more than z and y_t > 0, whatever
 *   y_t's size. We keep R's definition so that results agree with it; the point's `statistic`
 *   is that sum.
 *
 * Thresholds: z = 3 for C1 and C2, z = 2 for C3, the CDC's values (R's defaults α = 0.001 and
 * 0.025 give 3.09 and 1.96). All of baseline, guard band, z and minSigma are configurable.
 * Alarms are strict: observed > upper bound.
 */
export type EarsMethod = 'C1' | 'C2' | 'C3';

export interface EarsOptions {
  method: EarsMethod;
  /** number of baseline values, at least 3; default 7 */
  baseline?: number;
  /** values skipped between the baseline and t; default 0 for C1, 2 for C2 and C3 */
  guardBand?: number;
  /** z: how many standard deviations above the mean; default 3 (C1, C2) or 2 (C3) */
  threshold?: number;
  /** lower limit for the standard deviation, so that a flat baseline still has a margin; default 0 */
  minSigma?: number;
}

export interface EarsParameters {
  method: EarsMethod;
  baseline: number;
  guardBand: number;
  threshold: number;
  minSigma: number;
}

export interface EarsPoint extends DetectionPointBase {
  /** standard deviation of the baseline (before minSigma is applied) */
  sd: number | null;
  /** C1/C2: (observed − expected) / max(sd, minSigma); C3: the summed exceedances of t−1, t−2 */
  statistic: number | null;
}

export interface EarsResult {
  method: 'ears-c1' | 'ears-c2' | 'ears-c3';
  parameters: EarsParameters;
  points: EarsPoint[];
  explanation: string[];
}

export function earsParameters(options: EarsOptions): EarsParameters {
  const { method } = options;
  const parameters: EarsParameters = {
    method,
    baseline: options.baseline ?? 7,
    guardBand: options.guardBand ?? (method === 'C1' ? 0 : 2),
    threshold: options.threshold ?? (method === 'C3' ? 2 : 3),
    minSigma: options.minSigma ?? 0,
  };
  if (!Number.isInteger(parameters.baseline) || parameters.baseline < 3)
    throw new RangeError('EARS needs a baseline of at least 3 values');
  if (!Number.isInteger(parameters.guardBand) || parameters.guardBand < 0)
    throw new RangeError('EARS guard band must be a whole number ≥ 0');
  if (!(parameters.minSigma >= 0)) throw new RangeError('minSigma must be ≥ 0');
  if (!Number.isFinite(parameters.threshold)) throw new RangeError('threshold must be finite');
  return parameters;
}

interface Moments {
  mean: number;
  sd: number;
}

/** Mean and sample standard deviation (n − 1) of values[from..to]; null when one is missing. */
function moments(values: readonly (number | null)[], from: number, to: number): Moments | null {
  let sum = 0;
  const n = to - from + 1;
  for (let i = from; i <= to; i++) {
    const v = values[i];
    if (v === null || v === undefined) return null;
    sum += v;
  }
  const mean = sum / n;
  let ss = 0;
  for (let i = from; i <= to; i++) {
    const d = values[i]! - mean;
    ss += d * d;
  }
  return { mean, sd: Math.sqrt(ss / (n - 1)) };
}

function describe(p: EarsParameters): string[] {
  const lag = p.guardBand === 0 ? '' : ` with a guard band of ${p.guardBand}`;
  const base = `the ${p.baseline} values before t${lag}`;
  const sigma = p.minSigma > 0 ? `max(sd, ${p.minSigma})` : 'sd';
  switch (p.method) {
    case 'C1':
    case 'C2':
      return [
        `EARS ${p.method}: expected = mean of ${base}; upper bound = mean + ${p.threshold} × ${sigma}.`,
        'An alarm is raised when the observed value is above the upper bound.',
      ];
    case 'C3':
      return [
        `EARS C3 (as R surveillance::earsC): C2(i) = (y(i) − mean(i)) / ${sigma} with mean and sd of ${base.replace('t', 'i')}.`,
        `Upper bound = max(0, y(t) + ${sigma}(t) × (${p.threshold} − max(0, C2(t−1) − 1) − max(0, C2(t−2) − 1))); expected = mean(t).`,
        'An alarm is raised when the observed value is above the upper bound, that is when the exceedances of the two previous points sum to more than the threshold and y(t) > 0.',
      ];
    default: {
      const unreachable: never = p.method;
      throw new Error(`unknown EARS method ${String(unreachable)}`);
    }
  }
}

const noResult = (
  index: number,
  observed: number | null,
  reason: NoResultReason,
  baseline: EarsPoint['baseline'] = [],
): EarsPoint => ({
  index,
  observed,
  expected: null,
  upperBound: null,
  alarm: null,
  baseline,
  reason,
  sd: null,
  statistic: null,
});

/** Runs EARS C1, C2 or C3 over every point of the series; points without a result say why. */
export function earsC(values: readonly (number | null)[], options: EarsOptions): EarsResult {
  const p = earsParameters(options);
  const z = p.threshold;
  const lagEnd = p.guardBand + 1; // distance from t to the newest baseline value
  const lagStart = p.guardBand + p.baseline; // … and to the oldest
  const stats: (Moments | null)[] = values.map((_, t) =>
    t - lagStart >= 0 ? moments(values, t - lagStart, t - lagEnd) : null,
  );
  const points = values.map((raw, t): EarsPoint => {
    const observed = raw ?? null;
    const firstNeeded = p.method === 'C3' ? t - 2 - lagStart : t - lagStart;
    if (firstNeeded < 0) return noResult(t, observed, 'too-short');
    const baseline = [{ from: firstNeeded, to: t - lagEnd }];
    const m = stats[t];
    if (!m) return noResult(t, observed, 'missing-values', baseline);
    const sigma = Math.max(m.sd, p.minSigma);
    if (p.method !== 'C3') {
      const upperBound = m.mean + z * sigma;
      const point: EarsPoint = {
        index: t,
        observed,
        expected: m.mean,
        upperBound,
        alarm: observed === null ? null : observed > upperBound,
        baseline,
        sd: m.sd,
        statistic: observed === null || sigma === 0 ? null : (observed - m.mean) / sigma,
      };
      if (observed === null) point.reason = 'missing-values';
      return point;
    }
    const lagged = [stats[t - 1], stats[t - 2]];
    const laggedObserved = [values[t - 1], values[t - 2]];
    if (observed === null || lagged.some((s) => !s) || laggedObserved.some((v) => v == null))
      return noResult(t, observed, 'missing-values', baseline);
    // the same arithmetic as R, NaN included: a flat baseline (sd 0) gives 0/0
    const exceedance = (i: 0 | 1) => {
      const s = lagged[i]!;
      return Math.max(0, (laggedObserved[i]! - s.mean) / Math.max(s.sd, p.minSigma) - 1);
    };
    const statistic = exceedance(1) + exceedance(0);
    const upperBound = Math.max(0, observed + sigma * (z - statistic));
    if (Number.isNaN(upperBound)) {
      return { ...noResult(t, observed, 'flat-baseline', baseline), sd: m.sd };
    }
    return {
      index: t,
      observed,
      expected: m.mean,
      upperBound,
      alarm: observed > upperBound,
      baseline,
      sd: m.sd,
      statistic,
    };
  });
  return {
    method: p.method === 'C1' ? 'ears-c1' : p.method === 'C2' ? 'ears-c2' : 'ears-c3',
    parameters: p,
    points,
    explanation: describe(p),
  };
}
