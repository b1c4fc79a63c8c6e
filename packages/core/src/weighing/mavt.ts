import {
  assertValid,
  assertValidProblem,
  normalizeWeights,
  rankByScore,
} from './decision-matrix.ts';
import type { DecisionMatrix, RankedAlternative } from './decision-matrix.ts';
import {
  evaluateValueFunction,
  rangeValueFunction,
  validateValueFunction,
} from './value-function.ts';
import type { ValueFunction } from './value-function.ts';

/**
 * Multi-attribute value theory, additive form: V(a) = Σ w_j · v_j(x_aj), with a value
 * function v_j per criterion (0 worst .. 1 best) and weights that sum to 1. It is fully
 * compensatory: a large gain on one criterion can buy a loss on another.
 */
export interface MavtOptions {
  /** one per criterion; absent: linear over the observed range, see rangeValueFunction */
  valueFunctions?: readonly ValueFunction[];
}

export interface MavtResult {
  method: 'mavt';
  criterionIds: string[];
  weights: number[];
  valueFunctions: ValueFunction[];
  /** v_j(x_aj), rows = alternatives */
  values: number[][];
  /** w_j · v_j(x_aj): what each criterion adds to each package's score */
  contributions: number[][];
  scores: number[];
  ranking: RankedAlternative[];
}

export function mavt(
  matrix: DecisionMatrix,
  weights: readonly number[],
  options: MavtOptions = {},
): MavtResult {
  assertValidProblem(matrix, weights);
  const n = matrix.criteria.length;
  const fns =
    options.valueFunctions ??
    matrix.criteria.map((c, j) =>
      rangeValueFunction(
        c.direction,
        matrix.performance.map((r) => r[j] as number),
      ),
    );
  assertValid(
    fns.length !== n
      ? [
          {
            name: 'valueFunctions',
            reason: `must have one per criterion (${n}), has ${fns.length}`,
          },
        ]
      : fns.flatMap((fn, j) => validateValueFunction(fn, `valueFunctions[${j}]`)),
    'Invalid value functions',
  );
  const w = normalizeWeights(weights);
  const values = matrix.performance.map((r) =>
    r.map((x, j) => evaluateValueFunction(fns[j] as ValueFunction, x)),
  );
  const contributions = values.map((r) => r.map((v, j) => v * (w[j] as number)));
  const scores = contributions.map((r) => r.reduce((a, b) => a + b, 0));
  return {
    method: 'mavt',
    criterionIds: matrix.criteria.map((c) => c.id),
    weights: w,
    valueFunctions: [...fns],
    values,
    contributions,
    scores,
    ranking: rankByScore(matrix.alternatives, scores),
  };
}
