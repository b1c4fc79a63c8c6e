import { invalidInput } from '../errors/domain-error.ts';
import type { InvalidParam } from '../errors/domain-error.ts';

/**
 * The plain input every decision rule takes: alternatives (packages of measures) in rows,
 * criteria in columns. Engines never see fiches or bundles, so they can be proved on
 * published textbook examples and reused for any framework.
 */
export const CRITERION_DIRECTIONS = ['benefit', 'cost'] as const;
/** 'benefit': more is better; 'cost': less is better (harm, burden, price). */
export type CriterionDirection = (typeof CRITERION_DIRECTIONS)[number];

export interface MatrixCriterion {
  id: string;
  direction: CriterionDirection;
}

export interface DecisionMatrix {
  alternatives: readonly string[];
  criteria: readonly MatrixCriterion[];
  /** performance[alternative][criterion], in the criterion's own unit */
  performance: readonly (readonly number[])[];
}

/** One place in a ranking; tied alternatives share the better rank ("1, 2, 2, 4"). */
export interface RankedAlternative {
  alternativeId: string;
  score: number;
  rank: number;
}

/** Scores closer than this are treated as a tie, so float noise never orders two equals. */
export const TIE_TOLERANCE = 1e-12;

export function validateDecisionMatrix(matrix: DecisionMatrix): InvalidParam[] {
  const problems: InvalidParam[] = [];
  const m = matrix.alternatives.length;
  const n = matrix.criteria.length;
  if (m < 2)
    problems.push({ name: 'alternatives', reason: 'at least two alternatives are needed' });
  if (n < 1) problems.push({ name: 'criteria', reason: 'at least one criterion is needed' });
  duplicates(matrix.alternatives).forEach((id) =>
    problems.push({ name: 'alternatives', reason: 'duplicate alternative id', value: id }),
  );
  duplicates(matrix.criteria.map((c) => c.id)).forEach((id) =>
    problems.push({ name: 'criteria', reason: 'duplicate criterion id', value: id }),
  );
  matrix.criteria.forEach((c, j) => {
    if (!CRITERION_DIRECTIONS.includes(c.direction))
      problems.push({
        name: `criteria[${j}].direction`,
        reason: `must be one of ${CRITERION_DIRECTIONS.join(', ')}`,
        value: c.direction,
      });
  });
  if (matrix.performance.length !== m)
    problems.push({
      name: 'performance',
      reason: `must have one row per alternative (${m}), has ${matrix.performance.length}`,
    });
  matrix.performance.forEach((row, i) => {
    if (row.length !== n) {
      problems.push({
        name: `performance[${i}]`,
        reason: `must have one value per criterion (${n}), has ${row.length}`,
      });
      return;
    }
    row.forEach((x, j) => {
      if (typeof x !== 'number' || !Number.isFinite(x))
        problems.push({
          name: `performance[${i}][${j}]`,
          reason: 'must be a finite number',
          value: x,
        });
    });
  });
  return problems;
}

export function validateWeights(weights: readonly number[], criteriaCount: number): InvalidParam[] {
  const problems: InvalidParam[] = [];
  if (weights.length !== criteriaCount) {
    problems.push({
      name: 'weights',
      reason: `must have one weight per criterion (${criteriaCount}), has ${weights.length}`,
    });
    return problems;
  }
  weights.forEach((w, j) => {
    if (typeof w !== 'number' || !Number.isFinite(w))
      problems.push({ name: `weights[${j}]`, reason: 'must be a finite number', value: w });
    else if (w < 0)
      problems.push({ name: `weights[${j}]`, reason: 'must not be negative', value: w });
  });
  if (problems.length === 0 && weights.reduce((a, b) => a + b, 0) <= 0)
    problems.push({ name: 'weights', reason: 'at least one weight must be positive' });
  return problems;
}

/** Throws one DomainError listing every problem, so the caller never gets partial output. */
export function assertValid(problems: readonly InvalidParam[], what: string): void {
  if (problems.length > 0)
    throw invalidInput(`${what}: ${problems.map((p) => `${p.name} ${p.reason}`).join('; ')}`, [
      ...problems,
    ]);
}

export function assertValidProblem(matrix: DecisionMatrix, weights: readonly number[]): void {
  const problems = validateDecisionMatrix(matrix);
  if (problems.length === 0) problems.push(...validateWeights(weights, matrix.criteria.length));
  assertValid(problems, 'Invalid decision problem');
}

/** Weights scaled to sum 1; the input must already be valid. */
export function normalizeWeights(weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / sum);
}

/** Ranks by descending score; ties (within TIE_TOLERANCE) share the better rank. */
export function rankByScore(
  alternatives: readonly string[],
  scores: readonly number[],
): RankedAlternative[] {
  const order = alternatives
    .map((_, i) => i)
    .sort((a, b) => at(scores, b) - at(scores, a) || a - b);
  const ranked: RankedAlternative[] = [];
  order.forEach((i, position) => {
    const previous = ranked[position - 1];
    const score = at(scores, i);
    const tied = previous !== undefined && Math.abs(previous.score - score) <= TIE_TOLERANCE;
    ranked.push({
      alternativeId: at(alternatives, i),
      score,
      rank: tied && previous ? previous.rank : position + 1,
    });
  });
  return ranked;
}

/** Indexed read for arrays whose bounds the caller has already validated. */
function at<T>(items: readonly T[], index: number): T {
  return items[index] as T;
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) dupes.add(id);
    seen.add(id);
  }
  return [...dupes];
}
