import type { InvalidParam } from '../errors/domain-error.ts';
import {
  assertValid,
  assertValidProblem,
  normalizeWeights,
  rankByScore,
} from './decision-matrix.ts';
import type { DecisionMatrix, RankedAlternative } from './decision-matrix.ts';

/**
 * PROMETHEE II (Brans, Vincke & Mareschal 1986): compare every pair of alternatives per
 * criterion, turn the difference d into a preference degree P(d) ∈ [0, 1] with one of the
 * six standard preference functions, aggregate π(a,b) = Σ w_j P_j(a,b), and rank by the
 * net flow φ = φ⁺ − φ⁻ with φ± averaged over the n − 1 other alternatives. Thresholds are
 * in the criterion's own unit: q below which a difference does not count, p above which it
 * counts fully, s the Gaussian's inflection point.
 */
export type PreferenceFunction =
  /** type I: any positive difference is a full preference */
  | { type: 'usual' }
  /** type II (quasi-criterion): nothing up to q, full preference above */
  | { type: 'u-shape'; q: number }
  /** type III: grows linearly to full preference at p */
  | { type: 'v-shape'; p: number }
  /** type IV: nothing up to q, half between q and p, full above p */
  | { type: 'level'; q: number; p: number }
  /** type V: nothing up to q, linear between q and p, full above p */
  | { type: 'linear'; q: number; p: number }
  /** type VI: 1 − exp(−d² / 2s²) */
  | { type: 'gaussian'; s: number };

export const PREFERENCE_FUNCTION_TYPES = [
  'usual',
  'u-shape',
  'v-shape',
  'level',
  'linear',
  'gaussian',
] as const;
export type PreferenceFunctionType = (typeof PREFERENCE_FUNCTION_TYPES)[number];

export function validatePreferenceFunction(fn: PreferenceFunction, name: string): InvalidParam[] {
  const bad = (field: string, reason: string, value: unknown): InvalidParam[] => [
    { name: `${name}.${field}`, reason, value },
  ];
  const nonNegative = (x: number) => Number.isFinite(x) && x >= 0;
  switch (fn.type) {
    case 'usual':
      return [];
    case 'u-shape':
      return nonNegative(fn.q) ? [] : bad('q', 'must be a number ≥ 0', fn.q);
    case 'v-shape':
      return Number.isFinite(fn.p) && fn.p > 0 ? [] : bad('p', 'must be a number > 0', fn.p);
    case 'level':
    case 'linear':
      if (!nonNegative(fn.q)) return bad('q', 'must be a number ≥ 0', fn.q);
      return Number.isFinite(fn.p) && fn.p > fn.q
        ? []
        : bad('p', 'must be a number greater than q', fn.p);
    case 'gaussian':
      return Number.isFinite(fn.s) && fn.s > 0 ? [] : bad('s', 'must be a number > 0', fn.s);
    default: {
      const unreachable: never = fn;
      return bad(
        'type',
        `must be one of ${PREFERENCE_FUNCTION_TYPES.join(', ')}`,
        (unreachable as { type: unknown }).type,
      );
    }
  }
}

/** P(d) for a difference d already oriented so that positive means "better". */
export function preferenceDegree(fn: PreferenceFunction, d: number): number {
  if (d <= 0) return 0;
  switch (fn.type) {
    case 'usual':
      return 1;
    case 'u-shape':
      return d > fn.q ? 1 : 0;
    case 'v-shape':
      return d >= fn.p ? 1 : d / fn.p;
    case 'level':
      return d > fn.p ? 1 : d > fn.q ? 0.5 : 0;
    case 'linear':
      return d > fn.p ? 1 : d > fn.q ? (d - fn.q) / (fn.p - fn.q) : 0;
    case 'gaussian':
      return 1 - Math.exp(-(d * d) / (2 * fn.s * fn.s));
    default: {
      const unreachable: never = fn;
      throw new Error(`unknown preference function ${String(unreachable)}`);
    }
  }
}

export interface PrometheeOptions {
  /** one per criterion; absent: V-shape with p = the column's range (a scaled weighted sum) */
  preferenceFunctions?: readonly PreferenceFunction[];
}

export interface PrometheeResult {
  method: 'promethee-ii';
  criterionIds: string[];
  weights: number[];
  preferenceFunctions: PreferenceFunction[];
  /** π(a, b): aggregated preference of row a over column b */
  preferenceIndex: number[][];
  positiveFlow: number[];
  negativeFlow: number[];
  netFlow: number[];
  /** φ_j(a): unweighted single-criterion net flows; φ(a) = Σ w_j φ_j(a) */
  criterionNetFlows: number[][];
  ranking: RankedAlternative[];
}

export function promethee(
  matrix: DecisionMatrix,
  weights: readonly number[],
  options: PrometheeOptions = {},
): PrometheeResult {
  assertValidProblem(matrix, weights);
  const m = matrix.alternatives.length;
  const n = matrix.criteria.length;
  const perf = matrix.performance;
  const fns =
    options.preferenceFunctions ??
    matrix.criteria.map((_, j): PreferenceFunction => {
      const col = perf.map((r) => r[j]!);
      const range = Math.max(...col) - Math.min(...col);
      return range > 0 ? { type: 'v-shape', p: range } : { type: 'usual' };
    });
  assertValid(
    fns.length !== n
      ? [
          {
            name: 'preferenceFunctions',
            reason: `must have one per criterion (${n}), has ${fns.length}`,
          },
        ]
      : fns.flatMap((fn, j) => validatePreferenceFunction(fn, `preferenceFunctions[${j}]`)),
    'Invalid preference functions',
  );
  const w = normalizeWeights(weights);
  const sign = matrix.criteria.map((c) => (c.direction === 'benefit' ? 1 : -1));
  const pi = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  const criterionNetFlows = Array.from({ length: m }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    const fn = fns[j]!;
    for (let a = 0; a < m; a++)
      for (let b = 0; b < m; b++) {
        if (a === b) continue;
        const p = preferenceDegree(fn, sign[j]! * (perf[a]![j]! - perf[b]![j]!));
        if (p === 0) continue;
        pi[a]![b]! += w[j]! * p;
        criterionNetFlows[a]![j]! += p / (m - 1);
        criterionNetFlows[b]![j]! -= p / (m - 1);
      }
  }
  const positiveFlow = pi.map((r) => r.reduce((s, x) => s + x, 0) / (m - 1));
  const negativeFlow = pi.map((_, a) => pi.reduce((s, r) => s + r[a]!, 0) / (m - 1));
  const netFlow = positiveFlow.map((p, a) => p - negativeFlow[a]!);
  return {
    method: 'promethee-ii',
    criterionIds: matrix.criteria.map((c) => c.id),
    weights: w,
    preferenceFunctions: [...fns],
    preferenceIndex: pi,
    positiveFlow,
    negativeFlow,
    netFlow,
    criterionNetFlows,
    ranking: rankByScore(matrix.alternatives, netFlow),
  };
}
