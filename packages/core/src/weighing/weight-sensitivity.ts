import { assertValid, assertValidProblem, normalizeWeights } from './decision-matrix.ts';
import type { DecisionMatrix } from './decision-matrix.ts';
import { mavt } from './mavt.ts';
import type { MavtOptions } from './mavt.ts';
import { promethee } from './promethee.ts';
import type { PrometheeOptions } from './promethee.ts';
import { topsis } from './topsis.ts';

/**
 * One-way weight sensitivity: change one weight, keep the others in their mutual
 * proportions (so they still sum to 1), and see where the top package changes. For each
 * criterion it gives the interval of that weight in which the current winner stays on top,
 * the flip points at its ends with the package that takes over, and for every other
 * package the weights at which it would win: "what would have to be true for X to win".
 *
 * For additive rules (MAVT, and PROMETHEE II whose net flow is Σ w_j φ_j) every score is a
 * straight line in the varied weight, so the intervals are exact. TOPSIS is not additive;
 * its intervals come from a fine scan refined by bisection.
 */
export interface WeightSegment {
  from: number;
  to: number;
}

export interface CriterionSensitivity {
  criterionId: string;
  currentWeight: number;
  /** the weight interval containing the current weight in which the top package stays top */
  topStays: WeightSegment;
  /** lowering the weight below topStays.from makes this package top; null if it never flips */
  flipBelow: { weight: number; newTop: string } | null;
  flipAbove: { weight: number; newTop: string } | null;
  /** per package, where on this weight's 0..1 range it ranks first (empty: nowhere) */
  winningSegments: { alternativeId: string; segments: WeightSegment[] }[];
}

export interface WinCondition {
  criterionId: string;
  segments: WeightSegment[];
  /** the weight in those segments nearest the current one, and the change needed to get there */
  nearestWeight: number;
  change: number;
}

export interface WeightSensitivityResult {
  method: 'one-way-weight-sensitivity';
  rule: 'mavt' | 'promethee-ii' | 'topsis';
  exact: boolean;
  weights: number[];
  currentTop: string;
  criteria: CriterionSensitivity[];
  /** for each package that is not on top: every single-weight change that would make it win */
  whatWouldHaveToBeTrue: { alternativeId: string; conditions: WinCondition[] }[];
}

/** Weights with w_j = t and the others rescaled in proportion; equal shares if they were all 0. */
export function varyWeight(weights: readonly number[], j: number, t: number): number[] {
  const rest = 1 - weights[j]!;
  const n = weights.length;
  return weights.map((w, k) =>
    k === j ? t : rest > 1e-15 ? (w * (1 - t)) / rest : (1 - t) / (n - 1),
  );
}

export function mavtWeightSensitivity(
  matrix: DecisionMatrix,
  weights: readonly number[],
  options: MavtOptions = {},
): WeightSensitivityResult {
  const result = mavt(matrix, weights, options);
  return linearSensitivity(
    'mavt',
    matrix.alternatives,
    result.criterionIds,
    result.values,
    result.weights,
  );
}

export function prometheeWeightSensitivity(
  matrix: DecisionMatrix,
  weights: readonly number[],
  options: PrometheeOptions = {},
): WeightSensitivityResult {
  const result = promethee(matrix, weights, options);
  return linearSensitivity(
    'promethee-ii',
    matrix.alternatives,
    result.criterionIds,
    result.criterionNetFlows,
    result.weights,
  );
}

export function topsisWeightSensitivity(
  matrix: DecisionMatrix,
  weights: readonly number[],
  steps = 400,
): WeightSensitivityResult {
  assertValidProblem(matrix, weights);
  assertValid(
    Number.isInteger(steps) && steps >= 10 && steps <= 100_000
      ? []
      : [{ name: 'steps', reason: 'must be a whole number from 10 to 100000', value: steps }],
    'Invalid sensitivity request',
  );
  const w = normalizeWeights(weights);
  const topAt = (ws: readonly number[]): number => argmax(topsis(matrix, ws).closeness);
  const criteria = matrix.criteria.map((c, j) => {
    const winnerAt = (t: number) => topAt(varyWeight(w, j, t));
    // scan, then bisect each change between grid points to 1e-9
    const points: { t: number; top: number }[] = [];
    for (let s = 0; s <= steps; s++) points.push({ t: s / steps, top: winnerAt(s / steps) });
    const segments: { top: number; from: number; to: number }[] = [];
    let start = 0;
    for (let s = 1; s < points.length; s++) {
      const a = points[s - 1]!;
      const b = points[s]!;
      if (a.top === b.top) continue;
      let lo = a.t;
      let hi = b.t;
      for (let k = 0; k < 40; k++) {
        const mid = (lo + hi) / 2;
        if (winnerAt(mid) === a.top) lo = mid;
        else hi = mid;
      }
      segments.push({ top: a.top, from: start, to: lo });
      start = lo;
    }
    segments.push({ top: points[points.length - 1]!.top, from: start, to: 1 });
    return { criterionId: c.id, currentWeight: w[j]!, segments };
  });
  return assemble('topsis', false, matrix.alternatives, w, criteria);
}

/** Exact analysis for additive scores S_i(w) = Σ_j w_j · profile[i][j]. */
export function linearSensitivity(
  rule: WeightSensitivityResult['rule'],
  alternatives: readonly string[],
  criterionIds: readonly string[],
  profiles: readonly (readonly number[])[],
  weights: readonly number[],
): WeightSensitivityResult {
  const m = alternatives.length;
  const criteria = criterionIds.map((id, j) => {
    // S_i(t) = R_i + t · (p_ij − R_i), R_i the score with the other weights rescaled to sum 1
    const others = varyWeight(weights, j, 0);
    const lines = profiles.map((p) => {
      const r = p.reduce((s, x, k) => s + x * others[k]!, 0);
      return { intercept: r, slope: p[j]! - r };
    });
    const segments: { top: number; from: number; to: number }[] = [];
    for (let i = 0; i < m; i++) {
      // i on top where for every k: (R_i − R_k) + t (slope_i − slope_k) ≥ 0, ties to the lower index
      let lo = 0;
      let hi = 1;
      for (let k = 0; k < m && lo <= hi; k++) {
        if (k === i) continue;
        const a = lines[i]!.intercept - lines[k]!.intercept;
        const b = lines[i]!.slope - lines[k]!.slope;
        if (Math.abs(b) < 1e-15) {
          if (a < -1e-15 || (Math.abs(a) <= 1e-15 && k < i)) hi = -1;
          continue;
        }
        const root = -a / b;
        if (b > 0) lo = Math.max(lo, root);
        else hi = Math.min(hi, root);
      }
      if (hi - lo > 1e-12) segments.push({ top: i, from: lo, to: hi });
    }
    segments.sort((a, b) => a.from - b.from);
    return { criterionId: id, currentWeight: weights[j]!, segments };
  });
  return assemble(rule, true, alternatives, [...weights], criteria);
}

function assemble(
  rule: WeightSensitivityResult['rule'],
  exact: boolean,
  alternatives: readonly string[],
  weights: number[],
  perCriterion: {
    criterionId: string;
    currentWeight: number;
    segments: { top: number; from: number; to: number }[];
  }[],
): WeightSensitivityResult {
  const contains = (s: WeightSegment, t: number) => s.from - 1e-12 <= t && t <= s.to + 1e-12;
  // the current top is the package whose segment holds the current weight (any criterion agrees)
  const first = perCriterion[0]!;
  const currentTopIndex = first.segments.find((s) => contains(s, first.currentWeight))?.top ?? 0;
  const criteria: CriterionSensitivity[] = perCriterion.map((c) => {
    const here = c.segments.findIndex(
      (s) => s.top === currentTopIndex && contains(s, c.currentWeight),
    );
    const seg = c.segments[here] ?? {
      from: c.currentWeight,
      to: c.currentWeight,
      top: currentTopIndex,
    };
    const below = here > 0 ? c.segments[here - 1] : undefined;
    const above = here >= 0 ? c.segments[here + 1] : undefined;
    return {
      criterionId: c.criterionId,
      currentWeight: c.currentWeight,
      topStays: { from: seg.from, to: seg.to },
      flipBelow: below ? { weight: seg.from, newTop: alternatives[below.top]! } : null,
      flipAbove: above ? { weight: seg.to, newTop: alternatives[above.top]! } : null,
      winningSegments: alternatives.map((alternativeId, i) => ({
        alternativeId,
        segments: c.segments.filter((s) => s.top === i).map((s) => ({ from: s.from, to: s.to })),
      })),
    };
  });
  const whatWouldHaveToBeTrue = alternatives
    .map((alternativeId, i) => ({
      alternativeId,
      conditions: criteria.flatMap((c): WinCondition[] => {
        const segments = c.winningSegments[i]!.segments;
        if (segments.length === 0) return [];
        const nearestWeight = segments
          .map((s) => Math.min(Math.max(c.currentWeight, s.from), s.to))
          .reduce((best, t) =>
            Math.abs(t - c.currentWeight) < Math.abs(best - c.currentWeight) ? t : best,
          );
        return [
          {
            criterionId: c.criterionId,
            segments,
            nearestWeight,
            change: nearestWeight - c.currentWeight,
          },
        ];
      }),
    }))
    .filter((_, i) => i !== currentTopIndex);
  return {
    method: 'one-way-weight-sensitivity',
    rule,
    exact,
    weights,
    currentTop: alternatives[currentTopIndex]!,
    criteria,
    whatWouldHaveToBeTrue,
  };
}

function argmax(xs: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i]! > xs[best]!) best = i;
  return best;
}
