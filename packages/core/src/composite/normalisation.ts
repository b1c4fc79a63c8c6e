import type { ComponentPolarity, Normalisation } from './composite-definition.ts';

/**
 * Normalisation (OECD/JRC Handbook, Step 5), turned so that for every indicator a
 * higher normalised value is better:
 * - min-max: floor + (1 − floor)·(x − min)/(max − min), for "higher is worse" with max − x in
 *   the numerator; values lie in [floor, 1] ⊆ [0, 1];
 * - z-score: (x − mean)/sd, for "higher is worse" (mean − x)/sd; sd is the sample standard
 *   deviation (n − 1), as R's scale() computes it;
 * - distance to a reference period: 100·x/x_ref, for "higher is worse" 100·x_ref/x, so the
 *   reference period is 100 and above 100 is better than then. Only for positive values
 *   (a ratio scale): a balance or a value of 0 is reported, not turned into a ratio.
 * min, max, mean and sd are taken over every observed value of the indicator given to the
 * computation (all regions and periods together), so that an index value means the same in
 * every period of one computation. Adding data can move them: the index is recomputed, never
 * stored as if it were an observation.
 */
export interface NormalisationConstants {
  /** observed values the constants are computed from */
  count: number;
  min: number;
  max: number;
  mean: number;
  /** sample standard deviation; 0 for a single value */
  sd: number;
}

export function normalisationConstants(values: readonly number[]): NormalisationConstants {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
  }
  const count = values.length;
  const mean = count === 0 ? NaN : sum / count;
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  return { count, min, max, mean, sd: count > 1 ? Math.sqrt(squares / (count - 1)) : 0 };
}

/** Why an indicator cannot be normalised this way at all (null when it can). */
export function normalisationProblem(
  method: Normalisation,
  constants: NormalisationConstants,
): string | null {
  if (constants.count === 0) return 'no observed values';
  switch (method) {
    case 'min-max':
      return constants.max > constants.min
        ? null
        : `every value is ${constants.min}: min-max needs a range`;
    case 'z-score':
      // max > min first: the standard deviation of equal values, summed in floating point,
      // can come out as 1e-17 instead of 0, and dividing by it is noise, not a z-score
      return constants.max > constants.min && constants.sd > 0
        ? null
        : `every value is ${constants.min}: z-scores need a spread`;
    case 'distance-to-reference':
      return null;
    default: {
      const unreachable: never = method;
      throw new Error(`unknown normalisation ${String(unreachable)}`);
    }
  }
}

export type NormalisedValue = { ok: true; value: number } | { ok: false; reason: string };

/**
 * One normalised value. Assumes normalisationProblem() returned null for the indicator;
 * `reference` is the region's value in the reference period (only for distance-to-reference).
 */
export function normaliseValue(
  method: Normalisation,
  x: number,
  polarity: ComponentPolarity,
  constants: NormalisationConstants,
  reference: number | null,
  minMaxFloor: number,
): NormalisedValue {
  const better = polarity === 'higher-is-better';
  switch (method) {
    case 'min-max': {
      const share =
        (better ? x - constants.min : constants.max - x) / (constants.max - constants.min);
      return { ok: true, value: minMaxFloor + (1 - minMaxFloor) * share };
    }
    case 'z-score':
      return { ok: true, value: (better ? x - constants.mean : constants.mean - x) / constants.sd };
    case 'distance-to-reference': {
      if (reference === null) return { ok: false, reason: 'no value in the reference period' };
      // a ratio says "% of the reference" only on a ratio scale: a balance of −10 against −5
      // is not "200%", and a 0 has no ratio at all
      if (!(x > 0 && reference > 0)) {
        return {
          ok: false,
          reason: `a ratio to the reference needs positive values (value ${x}, reference ${reference})`,
        };
      }
      return { ok: true, value: better ? (100 * x) / reference : (100 * reference) / x };
    }
    default: {
      const unreachable: never = method;
      throw new Error(`unknown normalisation ${String(unreachable)}`);
    }
  }
}
