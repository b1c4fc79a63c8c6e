import { invalidInput } from '../errors/domain-error.ts';
import type { InvalidParam } from '../errors/domain-error.ts';
import { assertValid } from './decision-matrix.ts';
import { weighingRandom } from './random.ts';
import type { WeighingRandom } from './random.ts';

/**
 * What is known about the weights when nobody can (or wants to) name exact numbers.
 * SMAA samples uniformly from the set of weight vectors consistent with it.
 */
export type ImpreciseWeights =
  /** one exact weight vector (any positive scale) */
  | { kind: 'exact'; weights: number[] }
  /** nothing known: every weight vector on the simplex is equally plausible */
  | { kind: 'none' }
  /** each weight within [low, high], on the sum-to-1 scale */
  | { kind: 'intervals'; bounds: { low: number; high: number }[] }
  /**
   * only an order of importance: rank 1 is the most important; equal ranks mean
   * "equally important" and get equal weights
   */
  | { kind: 'rank-order'; ranks: number[] };

export const IMPRECISE_WEIGHT_KINDS = ['exact', 'none', 'intervals', 'rank-order'] as const;

export function validateImpreciseWeights(model: ImpreciseWeights, n: number): InvalidParam[] {
  const problems: InvalidParam[] = [];
  switch (model.kind) {
    case 'none':
      break;
    case 'exact':
      if (model.weights.length !== n) {
        problems.push({
          name: 'weights.weights',
          reason: `must have one weight per criterion (${n})`,
        });
        break;
      }
      model.weights.forEach((w, j) => {
        if (!Number.isFinite(w) || w < 0)
          problems.push({
            name: `weights.weights[${j}]`,
            reason: 'must be a non-negative number',
            value: w,
          });
      });
      if (problems.length === 0 && model.weights.reduce((a, b) => a + b, 0) <= 0)
        problems.push({ name: 'weights.weights', reason: 'at least one weight must be positive' });
      break;
    case 'intervals': {
      if (model.bounds.length !== n) {
        problems.push({
          name: 'weights.bounds',
          reason: `must have one interval per criterion (${n})`,
        });
        break;
      }
      model.bounds.forEach((b, j) => {
        if (!Number.isFinite(b.low) || b.low < 0 || b.low > 1)
          problems.push({
            name: `weights.bounds[${j}].low`,
            reason: 'must be between 0 and 1',
            value: b.low,
          });
        if (!Number.isFinite(b.high) || b.high < b.low || b.high > 1)
          problems.push({
            name: `weights.bounds[${j}].high`,
            reason: 'must be between low and 1',
            value: b.high,
          });
      });
      if (problems.length === 0) {
        const lows = model.bounds.reduce((a, b) => a + b.low, 0);
        const highs = model.bounds.reduce((a, b) => a + b.high, 0);
        if (lows > 1 + 1e-12)
          problems.push({ name: 'weights.bounds', reason: `lower bounds sum to ${lows}, above 1` });
        if (highs < 1 - 1e-12)
          problems.push({
            name: 'weights.bounds',
            reason: `upper bounds sum to ${highs}, below 1`,
          });
      }
      break;
    }
    case 'rank-order':
      if (model.ranks.length !== n) {
        problems.push({ name: 'weights.ranks', reason: `must have one rank per criterion (${n})` });
        break;
      }
      model.ranks.forEach((r, j) => {
        if (!Number.isInteger(r) || r < 1)
          problems.push({
            name: `weights.ranks[${j}]`,
            reason: 'must be a whole number ≥ 1',
            value: r,
          });
      });
      break;
    default: {
      const unreachable: never = model;
      problems.push({
        name: 'weights.kind',
        reason: `must be one of ${IMPRECISE_WEIGHT_KINDS.join(', ')}`,
        value: unreachable,
      });
    }
  }
  return problems;
}

/** Fills `out` (length n) with one weight vector summing to 1. */
export type WeightSampler = (out: Float64Array) => void;

/** How many draws an interval model may reject in a row before we call it infeasible. */
export const MAX_CONSECUTIVE_REJECTIONS = 100_000;

/**
 * A sampler that is exactly uniform on the feasible weight set:
 * - none: Dirichlet(1) via normalised exponentials (equivalent to the sorted-uniform gaps);
 * - intervals: uniform on {w ≥ low, Σw = 1} by shifting a Dirichlet(1) draw by the lower
 *   bounds, then rejecting draws above an upper bound (most rejections are avoided that way);
 * - rank-order: the ordered region is a linear image of a simplex (w_g = Σ_{h≥g} e_h / c_h,
 *   c_h = number of criteria ranked h or better), and linear maps keep uniformity;
 * - exact: the normalised vector itself.
 */
export function weightSampler(
  model: ImpreciseWeights,
  n: number,
  random: WeighingRandom,
): WeightSampler {
  assertValid(validateImpreciseWeights(model, n), 'Invalid weight information');
  switch (model.kind) {
    case 'exact': {
      const sum = model.weights.reduce((a, b) => a + b, 0);
      const fixed = Float64Array.from(model.weights, (w) => w / sum);
      return (out) => out.set(fixed);
    }
    case 'none':
      return (out) => dirichlet1(out, n, random);
    case 'intervals': {
      const low = Float64Array.from(model.bounds, (b) => b.low);
      const high = Float64Array.from(model.bounds, (b) => b.high);
      const free = 1 - low.reduce((a, b) => a + b, 0);
      return (out) => {
        for (let attempt = 0; attempt < MAX_CONSECUTIVE_REJECTIONS; attempt++) {
          dirichlet1(out, n, random);
          let ok = true;
          for (let j = 0; j < n; j++) {
            const w = low[j]! + free * out[j]!;
            out[j] = w;
            if (w > high[j]! + 1e-15) ok = false;
          }
          if (ok) return;
        }
        throw invalidInput(
          'The weight intervals leave (almost) no weight vectors to sample; widen them.',
          [
            {
              name: 'weights.bounds',
              reason: `no feasible sample in ${MAX_CONSECUTIVE_REJECTIONS} draws`,
            },
          ],
        );
      };
    }
    case 'rank-order': {
      // distinct ranks, most important first; group of each criterion; c_h cumulative sizes
      const levels = [...new Set(model.ranks)].sort((a, b) => a - b);
      const group = Int32Array.from(model.ranks, (r) => levels.indexOf(r));
      const g = levels.length;
      const cumulative = new Float64Array(g);
      let count = 0;
      for (let h = 0; h < g; h++) {
        count += model.ranks.filter((r) => r === levels[h]).length;
        cumulative[h] = count;
      }
      const e = new Float64Array(g);
      const level = new Float64Array(g);
      return (out) => {
        dirichlet1(e, g, random);
        let acc = 0;
        for (let h = g - 1; h >= 0; h--) {
          acc += e[h]! / cumulative[h]!;
          level[h] = acc;
        }
        for (let j = 0; j < n; j++) out[j] = level[group[j]!]!;
      };
    }
    default: {
      const unreachable: never = model;
      throw new Error(`unknown weight model ${String(unreachable)}`);
    }
  }
}

/** Normalised standard exponentials −ln(1 − U): the same draws as n calls to exponential(). */
function dirichlet1(out: Float64Array, n: number, random: WeighingRandom): void {
  random.fillUniform(out, 0, n);
  let sum = 0;
  for (let j = 0; j < n; j++) {
    const e = -Math.log(1 - out[j]!);
    out[j] = e;
    sum += e;
  }
  for (let j = 0; j < n; j++) out[j] = out[j]! / sum;
}

/** Convenience for the UI and tests: `count` weight vectors from a seeded generator. */
export function sampleWeights(
  model: ImpreciseWeights,
  n: number,
  count: number,
  seed: number,
): number[][] {
  const sampler = weightSampler(model, n, weighingRandom(seed));
  const out = new Float64Array(n);
  return Array.from({ length: count }, () => {
    sampler(out);
    return Array.from(out);
  });
}
