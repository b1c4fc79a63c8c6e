import { seededRandom } from '../demo/seeded-random.ts';
import type { CompositeAggregation, Normalisation } from './composite-definition.ts';

/**
 * Uncertainty analysis (OECD/JRC Handbook, Step 7): a composite index rests on choices that
 * could reasonably have been made otherwise. A seeded Monte Carlo draws, per replicate, one
 * normalisation from the allowed alternatives and a weight for every indicator uniformly in
 * [(1 − spread)·w, (1 + spread)·w] (then divided by their sum), recomputes the index of every
 * region-period, and reports per region-period the range and the 5th–95th percentile band
 * of the value and of the rank among the regions of that period — the handbook's way to show
 * that a ranking is only as firm as its construction.
 *
 * Replicate 0 is the central definition itself, so the range always contains the central
 * value. Values under another normalisation than the central one are on another scale
 * (0–1, z, % of a reference); they are put on the central scale by matching their mean and
 * standard deviation over all region-periods to the central ones. Ranks need no such mapping.
 */
export interface Band {
  lower: number;
  upper: number;
}

export interface UnitUncertainty {
  /** min–max over all replicates, central included */
  range: Band;
  /** 5th–95th percentile (type 7, as R's default) */
  interval90: Band;
  median: number;
  /** null when the unit is the only one in its period */
  rankRange: Band | null;
  rankInterval90: Band | null;
}

export interface UncertaintyInput {
  aggregation: CompositeAggregation;
  centralNormalisation: Normalisation;
  /** nominal weights, summing to 1 */
  weights: readonly number[];
  /** per normalisation drawn from: value of unit u, component c at u·components + c */
  normalised: ReadonlyMap<Normalisation, Float64Array>;
  units: number;
  components: number;
  /** the period (group) of every unit, for ranks */
  periodOfUnit: Int32Array;
  central: Float64Array;
  replicates: number;
  seed: number;
  weightSpread: number;
}

export interface UncertaintyOutput {
  bands: UnitUncertainty[];
  /** how often each normalisation was drawn */
  drawn: Partial<Record<Normalisation, number>>;
}

export function quantile(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

function meanAndSd(values: Float64Array): { mean: number; sd: number } {
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  return { mean, sd: values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : 0 };
}

/** competition ranks (1 = highest) within each period group */
function ranksInto(
  values: Float64Array,
  groups: readonly (readonly number[])[],
  out: Float64Array,
  offset: number,
  stride: number,
): void {
  for (const units of groups) {
    const order = [...units].sort((a, b) => values[b]! - values[a]!);
    let rank = 1;
    for (let k = 0; k < order.length; k++) {
      if (k > 0 && values[order[k]!]! < values[order[k - 1]!]!) rank = k + 1;
      out[order[k]! * stride + offset] = rank;
    }
  }
}

export function monteCarloUncertainty(input: UncertaintyInput): UncertaintyOutput {
  const { units, components, aggregation, replicates } = input;
  const stride = replicates + 1;
  const values = new Float64Array(units * stride);
  const ranks = new Float64Array(units * stride);
  const groupCount = input.periodOfUnit.reduce((m, g) => Math.max(m, g + 1), 0);
  const groups: number[][] = Array.from({ length: groupCount }, () => []);
  input.periodOfUnit.forEach((g, u) => groups[g]!.push(u));
  const central = meanAndSd(input.central);
  const methods = [...input.normalised.keys()];
  const drawn: Partial<Record<Normalisation, number>> = {};
  // geometric aggregation works on logarithms: compute them once per normalisation
  const prepared = new Map<Normalisation, Float64Array>();
  for (const [method, matrix] of input.normalised) {
    prepared.set(method, aggregation === 'geometric' ? matrix.map(Math.log) : matrix);
  }
  const random = seededRandom(input.seed);
  const replicate = new Float64Array(units);
  const weights = new Float64Array(components);
  for (let r = 0; r <= replicates; r++) {
    if (r === 0) {
      replicate.set(input.central);
    } else {
      const method = methods[Math.floor(random.next() * methods.length)]!;
      drawn[method] = (drawn[method] ?? 0) + 1;
      let sum = 0;
      for (let c = 0; c < components; c++) {
        const factor = 1 - input.weightSpread + 2 * input.weightSpread * random.next();
        weights[c] = input.weights[c]! * factor;
        sum += weights[c]!;
      }
      for (let c = 0; c < components; c++) weights[c] = weights[c]! / sum;
      const matrix = prepared.get(method)!;
      for (let u = 0; u < units; u++) {
        let total = 0;
        for (let c = 0; c < components; c++) total += weights[c]! * matrix[u * components + c]!;
        replicate[u] = aggregation === 'geometric' ? Math.exp(total) : total;
      }
      if (method !== input.centralNormalisation) {
        const own = meanAndSd(replicate);
        for (let u = 0; u < units; u++) {
          replicate[u] =
            own.sd > 0
              ? central.mean + (central.sd * (replicate[u]! - own.mean)) / own.sd
              : central.mean;
        }
      }
    }
    for (let u = 0; u < units; u++) values[u * stride + r] = replicate[u]!;
    ranksInto(replicate, groups, ranks, r, stride);
  }
  const bands: UnitUncertainty[] = [];
  for (let u = 0; u < units; u++) {
    const own = values
      .subarray(u * stride, (u + 1) * stride)
      .slice()
      .sort();
    const alone = groups[input.periodOfUnit[u]!]!.length < 2;
    const ownRanks = ranks
      .subarray(u * stride, (u + 1) * stride)
      .slice()
      .sort();
    bands.push({
      range: { lower: own[0]!, upper: own[stride - 1]! },
      interval90: { lower: quantile(own, 0.05), upper: quantile(own, 0.95) },
      median: quantile(own, 0.5),
      rankRange: alone ? null : { lower: ownRanks[0]!, upper: ownRanks[stride - 1]! },
      rankInterval90: alone
        ? null
        : { lower: quantile(ownRanks, 0.05), upper: quantile(ownRanks, 0.95) },
    });
  }
  return { bands, drawn };
}
