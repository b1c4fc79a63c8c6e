import type { InvalidParam } from '../errors/domain-error.ts';
import { assertValid } from './decision-matrix.ts';

/** Weights per criterion id, summing to 1, with how they were obtained. */
export interface CriterionWeights<E> {
  criterionIds: string[];
  weights: number[];
  explanation: E;
}

export interface DirectWeightInput {
  criterionId: string;
  /** any non-negative scale: percentages, points out of 10, ... */
  points: number;
}

export interface DirectWeightsExplanation {
  method: 'direct';
  points: number[];
  pointsTotal: number;
}

/**
 * Direct rating: the user types an importance per criterion and the weights are the
 * shares of the total. The simplest method, and the one most prone to ignoring the ranges
 * of the scales; swing weighting exists to correct that.
 */
export function directWeights(
  input: readonly DirectWeightInput[],
): CriterionWeights<DirectWeightsExplanation> {
  const problems: InvalidParam[] = [];
  if (input.length === 0)
    problems.push({ name: 'weights', reason: 'at least one criterion is needed' });
  const seen = new Set<string>();
  input.forEach((w, k) => {
    if (seen.has(w.criterionId))
      problems.push({
        name: `weights[${k}].criterionId`,
        reason: 'duplicate criterion',
        value: w.criterionId,
      });
    seen.add(w.criterionId);
    if (!Number.isFinite(w.points) || w.points < 0)
      problems.push({
        name: `weights[${k}].points`,
        reason: 'must be a non-negative number',
        value: w.points,
      });
  });
  const total = input.reduce((a, w) => a + (Number.isFinite(w.points) ? w.points : 0), 0);
  if (problems.length === 0 && total <= 0)
    problems.push({ name: 'weights', reason: 'at least one criterion needs a positive weight' });
  assertValid(problems, 'Invalid direct weights');
  return {
    criterionIds: input.map((w) => w.criterionId),
    weights: input.map((w) => w.points / total),
    explanation: { method: 'direct', points: input.map((w) => w.points), pointsTotal: total },
  };
}
