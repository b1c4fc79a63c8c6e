import type { InvalidParam } from '../errors/domain-error.ts';
import { assertValid } from './decision-matrix.ts';
import type { CriterionWeights } from './weights-direct.ts';

/**
 * AHP pairwise comparison (Saaty 1977, 1980): weights are the principal right eigenvector
 * of the positive reciprocal comparison matrix; the consistency ratio CR = CI / RI with
 * CI = (λmax − n)/(n − 1) says how far the judgements are from consistent. Saaty's rule
 * of thumb accepts CR ≤ 0.10; above it the UI must warn and point at the worst judgement.
 */

/** Saaty's scale runs from 1/9 to 9; values in between (e.g. 1.5) are allowed. */
export const AHP_SCALE_MIN = 1 / 9;
export const AHP_SCALE_MAX = 9;
export const AHP_CR_THRESHOLD = 0.1;

/**
 * Saaty's random consistency index RI(n), the mean CI of random reciprocal matrices, as
 * published by Saaty (1980) for n = 1..10 and extended to 15 in later tables. For n > 15
 * no agreed value exists, and CR is not reported.
 */
export const SAATY_RANDOM_INDEX: readonly number[] = [
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
];

/** "a is `value` times as important as b"; value < 1 means b is the more important. */
export interface PairwiseJudgement {
  a: string;
  b: string;
  value: number;
}

export interface AhpConsistency {
  lambdaMax: number;
  ci: number;
  /** null when n > 15 (no random index) */
  ri: number | null;
  /** null when it cannot be computed (n ≤ 2: always consistent; n > 15: no RI) */
  cr: number | null;
  acceptable: boolean;
  warning: string | null;
  /** the judgement furthest from what the weights imply: the first to reconsider */
  mostInconsistent: { a: string; b: string; given: number; implied: number } | null;
}

export interface AhpExplanation {
  method: 'ahp';
  matrix: number[][];
  iterations: number;
  consistency: AhpConsistency;
}

export function ahpWeights(
  criterionIds: readonly string[],
  judgements: readonly PairwiseJudgement[],
): CriterionWeights<AhpExplanation> {
  const n = criterionIds.length;
  const index = new Map(criterionIds.map((id, i) => [id, i]));
  const problems: InvalidParam[] = [];
  if (index.size !== n) problems.push({ name: 'criterionIds', reason: 'must be unique' });
  const matrix = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : NaN)),
  );
  judgements.forEach((jd, k) => {
    const i = index.get(jd.a);
    const j = index.get(jd.b);
    if (i === undefined)
      problems.push({ name: `judgements[${k}].a`, reason: 'unknown criterion', value: jd.a });
    if (j === undefined)
      problems.push({ name: `judgements[${k}].b`, reason: 'unknown criterion', value: jd.b });
    if (i === undefined || j === undefined) return;
    if (i === j) {
      problems.push({ name: `judgements[${k}]`, reason: 'compares a criterion with itself' });
      return;
    }
    if (
      !Number.isFinite(jd.value) ||
      jd.value < AHP_SCALE_MIN - 1e-12 ||
      jd.value > AHP_SCALE_MAX + 1e-12
    ) {
      problems.push({
        name: `judgements[${k}].value`,
        reason: 'must be between 1/9 and 9',
        value: jd.value,
      });
      return;
    }
    if (!Number.isNaN(matrix[i]![j]!)) {
      problems.push({ name: `judgements[${k}]`, reason: `${jd.a} and ${jd.b} are compared twice` });
      return;
    }
    matrix[i]![j] = jd.value;
    matrix[j]![i] = 1 / jd.value;
  });
  for (let i = 0; i < n && problems.length === 0; i++)
    for (let j = i + 1; j < n; j++)
      if (Number.isNaN(matrix[i]![j]!))
        problems.push({
          name: 'judgements',
          reason: `missing comparison of ${criterionIds[i]} with ${criterionIds[j]}`,
        });
  assertValid(problems, 'Invalid AHP judgements');
  return ahpWeightsFromMatrix(criterionIds, matrix);
}

export function ahpWeightsFromMatrix(
  criterionIds: readonly string[],
  matrix: readonly (readonly number[])[],
): CriterionWeights<AhpExplanation> {
  const n = criterionIds.length;
  const problems: InvalidParam[] = [];
  if (n < 1) problems.push({ name: 'criterionIds', reason: 'at least one criterion is needed' });
  if (matrix.length !== n) problems.push({ name: 'matrix', reason: `must be ${n} × ${n}` });
  matrix.forEach((r, i) => {
    if (r.length !== n) problems.push({ name: `matrix[${i}]`, reason: `must have ${n} entries` });
  });
  if (problems.length === 0)
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        const x = matrix[i]![j]!;
        const y = matrix[j]![i]!;
        if (!Number.isFinite(x) || x <= 0)
          problems.push({
            name: `matrix[${i}][${j}]`,
            reason: 'must be a positive number',
            value: x,
          });
        else if (i === j && Math.abs(x - 1) > 1e-9)
          problems.push({ name: `matrix[${i}][${j}]`, reason: 'the diagonal must be 1', value: x });
        else if (i < j && Number.isFinite(y) && Math.abs(x * y - 1) > 1e-6)
          problems.push({
            name: `matrix[${j}][${i}]`,
            reason: `must be the reciprocal of matrix[${i}][${j}] (${x})`,
            value: y,
          });
      }
  assertValid(problems, 'Invalid AHP comparison matrix');

  const { vector, iterations } = principalEigenvector(matrix);
  const consistency = consistencyOf(criterionIds, matrix, vector);
  return {
    criterionIds: [...criterionIds],
    weights: vector,
    explanation: { method: 'ahp', matrix: matrix.map((r) => [...r]), iterations, consistency },
  };
}

/**
 * Power iteration: for a positive matrix it converges to the Perron vector (Perron–
 * Frobenius), without the complex arithmetic a general eigen-solver would need.
 */
function principalEigenvector(matrix: readonly (readonly number[])[]): {
  vector: number[];
  iterations: number;
} {
  const n = matrix.length;
  let w = new Array<number>(n).fill(1 / n);
  for (let it = 1; it <= 10_000; it++) {
    const next = matrix.map((r) => r.reduce((s, a, j) => s + a * w[j]!, 0));
    const sum = next.reduce((a, b) => a + b, 0);
    for (let i = 0; i < n; i++) next[i] = next[i]! / sum;
    const change = next.reduce((m, x, i) => Math.max(m, Math.abs(x - w[i]!)), 0);
    w = next;
    if (change < 1e-15) return { vector: w, iterations: it };
  }
  return { vector: w, iterations: 10_000 };
}

function consistencyOf(
  ids: readonly string[],
  matrix: readonly (readonly number[])[],
  w: readonly number[],
): AhpConsistency {
  const n = w.length;
  const aw = matrix.map((r) => r.reduce((s, a, j) => s + a * w[j]!, 0));
  const lambdaMax = aw.reduce((s, x, i) => s + x / w[i]!, 0) / n;
  const ci = n > 1 ? Math.max(0, (lambdaMax - n) / (n - 1)) : 0;
  const ri = n <= SAATY_RANDOM_INDEX.length ? SAATY_RANDOM_INDEX[n - 1]! : null;
  const cr = ri !== null && ri > 0 ? ci / ri : null;
  let most: AhpConsistency['mostInconsistent'] = null;
  let worst = 1 + 1e-9;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const implied = w[i]! / w[j]!;
      const given = matrix[i]![j]!;
      const deviation = Math.max(given / implied, implied / given);
      if (deviation > worst) {
        worst = deviation;
        most = { a: ids[i]!, b: ids[j]!, given, implied };
      }
    }
  const acceptable = cr === null ? n <= 2 : cr <= AHP_CR_THRESHOLD;
  let warning: string | null = null;
  if (cr !== null && cr > AHP_CR_THRESHOLD)
    warning =
      `Consistency ratio ${cr.toFixed(3)} exceeds ${AHP_CR_THRESHOLD}: the judgements contradict each other` +
      (most
        ? `; reconsider ${most.a} versus ${most.b} (given ${fmt(most.given)}, the weights imply ${fmt(most.implied)})`
        : '') +
      '.';
  else if (ri === null)
    warning = `No random index for ${n} criteria: consistency cannot be judged.`;
  return { lambdaMax, ci, ri, cr, acceptable, warning, mostInconsistent: most };
}

function fmt(x: number): string {
  return x >= 1 ? x.toFixed(2) : `1/${(1 / x).toFixed(2)}`;
}
