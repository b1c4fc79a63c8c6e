import { assertValidProblem, normalizeWeights, rankByScore } from './decision-matrix.ts';
import type { DecisionMatrix, RankedAlternative } from './decision-matrix.ts';

/**
 * TOPSIS (Hwang & Yoon 1981): vector-normalise each column, weight it, and score each
 * alternative by its relative closeness to the ideal point, C = D⁻ / (D⁺ + D⁻), where D⁺
 * and D⁻ are the Euclidean distances to the ideal and the anti-ideal. Ideal and anti-ideal
 * are taken from the alternatives themselves, so adding a package can reorder others.
 */
export interface TopsisResult {
  method: 'topsis';
  criterionIds: string[];
  weights: number[];
  /** column norms √Σ x² used for the vector normalisation */
  columnNorms: number[];
  normalized: number[][];
  weighted: number[][];
  ideal: number[];
  antiIdeal: number[];
  distanceToIdeal: number[];
  distanceToAntiIdeal: number[];
  closeness: number[];
  ranking: RankedAlternative[];
}

export function topsis(matrix: DecisionMatrix, weights: readonly number[]): TopsisResult {
  assertValidProblem(matrix, weights);
  const w = normalizeWeights(weights);
  const n = matrix.criteria.length;
  const perf = matrix.performance;
  const columnNorms = matrix.criteria.map((_, j) =>
    Math.sqrt(perf.reduce((s, r) => s + (r[j] as number) ** 2, 0)),
  );
  // an all-zero column carries no information; 0 keeps it neutral instead of NaN
  const normalized = perf.map((r) =>
    r.map((x, j) => (columnNorms[j]! > 0 ? x / columnNorms[j]! : 0)),
  );
  const weighted = normalized.map((r) => r.map((x, j) => x * w[j]!));
  const ideal: number[] = [];
  const antiIdeal: number[] = [];
  for (let j = 0; j < n; j++) {
    const col = weighted.map((r) => r[j]!);
    const hi = Math.max(...col);
    const lo = Math.min(...col);
    const benefit = matrix.criteria[j]!.direction === 'benefit';
    ideal.push(benefit ? hi : lo);
    antiIdeal.push(benefit ? lo : hi);
  }
  const dist = (r: readonly number[], p: readonly number[]) =>
    Math.sqrt(r.reduce((s, x, j) => s + (x - p[j]!) ** 2, 0));
  const distanceToIdeal = weighted.map((r) => dist(r, ideal));
  const distanceToAntiIdeal = weighted.map((r) => dist(r, antiIdeal));
  // when ideal and anti-ideal coincide every alternative is equally close: call it 0.5
  const closeness = distanceToIdeal.map((dp, i) => {
    const dm = distanceToAntiIdeal[i]!;
    return dp + dm > 0 ? dm / (dp + dm) : 0.5;
  });
  return {
    method: 'topsis',
    criterionIds: matrix.criteria.map((c) => c.id),
    weights: w,
    columnNorms,
    normalized,
    weighted,
    ideal,
    antiIdeal,
    distanceToIdeal,
    distanceToAntiIdeal,
    closeness,
    ranking: rankByScore(matrix.alternatives, closeness),
  };
}
