import { conflict } from '../errors/domain-error.ts';
import type { InvalidParam } from '../errors/domain-error.ts';
import { assertValid } from './decision-matrix.ts';
import type { DecisionMatrix } from './decision-matrix.ts';
import { criterionLeaves, criterionSide } from './criteria-tree.ts';
import type { CriteriaGroup, CriterionLeaf, RankingSide } from './criteria-tree.ts';
import { directWeights } from './weights-direct.ts';
import type { DirectWeightInput } from './weights-direct.ts';
import { swingWeights } from './swing-weights.ts';
import type { SwingInput } from './swing-weights.ts';
import { ahpWeights } from './ahp.ts';
import type { PairwiseJudgement } from './ahp.ts';
import { sampleWeights, validateImpreciseWeights } from './imprecise-weights.ts';
import type { ImpreciseWeights } from './imprecise-weights.ts';
import { rangeValueFunction, validateValueFunction } from './value-function.ts';
import type { ValueFunction } from './value-function.ts';
import type { CellUncertainty } from './smaa.ts';
import { validateWeightSetShape } from './weight-set-shape.ts';

/**
 * From a stored framework version to the plain inputs of the engines: the performance
 * matrix of the scored packages, the side (OMT/MIT) of every criterion, value functions,
 * score uncertainty, and the weights of a weight set. Every cell keeps its source, rationale
 * and author, so that each number on a result page can be traced back.
 */

/** One cell: the score of a package on a criterion, with where it comes from and who set it. */
export interface FrameworkScore {
  packageCode: string;
  criterionId: string;
  value: number;
  /** the range of the estimate, when the source gives one (OMT range, fiche uncertainty) */
  low: number | null;
  high: number | null;
  rationale: string;
  author: string;
  /** e.g. 'omt:bundle-estimate:avondlockdown/winter-delta', 'fiche:horeca/2@3', 'judgement' */
  source: string;
  updatedAt: string;
}

export const WEIGHT_SET_METHODS = ['direct', 'swing', 'ahp', 'imprecise'] as const;
export type WeightSetMethod = (typeof WEIGHT_SET_METHODS)[number];

export type WeightSetInput =
  | { method: 'direct'; points: DirectWeightInput[] }
  | { method: 'swing'; swings: SwingInput[] }
  | { method: 'ahp'; criterionIds: string[]; judgements: PairwiseJudgement[] }
  | { method: 'imprecise'; criterionIds: string[]; model: ImpreciseWeights };

export interface WeightSet {
  id: string;
  frameworkId: string;
  label: string;
  input: WeightSetInput;
  rationale: string;
  author: string;
  createdAt: string;
}

export interface WeightSetWeights {
  /** aligned with the framework's leaf criteria; criteria the set does not weigh get 0 */
  weights: number[];
  /** the engine's explanation: swings, AHP matrix and consistency, imprecise model, ... */
  explanation: unknown;
  warnings: string[];
  /** for 'imprecise' sets: the model, for SMAA; exact sets have none */
  imprecise: { criterionIds: string[]; model: ImpreciseWeights } | null;
}

/** Samples used to turn interval or rank-order information into its centroid weights. */
export const CENTROID_SAMPLES = 20_000;
export const CENTROID_SEED = 1;

export function validateWeightSetInput(
  input: WeightSetInput,
  leafIds: readonly string[],
): InvalidParam[] {
  // the input is open JSON from a request body: its shape first, then what it means
  const shape = validateWeightSetShape(input);
  if (shape.length > 0) return shape;
  const known = new Set(leafIds);
  const unknown = (ids: readonly string[], path: string): InvalidParam[] =>
    ids.flatMap((id, k) =>
      known.has(id) ? [] : [{ name: `${path}[${k}]`, reason: 'unknown criterion', value: id }],
    );
  switch (input.method) {
    case 'direct':
      return unknown(
        input.points.map((p) => p.criterionId),
        'input.points',
      );
    case 'swing':
      return unknown(
        input.swings.map((s) => s.criterionId),
        'input.swings',
      );
    case 'ahp':
      return unknown(input.criterionIds, 'input.criterionIds');
    case 'imprecise':
      return [
        ...unknown(input.criterionIds, 'input.criterionIds'),
        ...validateImpreciseWeights(input.model, input.criterionIds.length).map((p) => ({
          ...p,
          name: `input.model.${p.name.replace(/^weights\./, '')}`,
        })),
      ];
    default: {
      const unreachable: never = input;
      return [
        {
          name: 'input.method',
          reason: `must be one of ${WEIGHT_SET_METHODS.join(', ')}`,
          value: unreachable,
        },
      ];
    }
  }
}

/** The weights of a weight set over the framework's leaves, through the engine of its method. */
export function weightSetWeights(
  input: WeightSetInput,
  leafIds: readonly string[],
): WeightSetWeights {
  assertValid(validateWeightSetInput(input, leafIds), 'Invalid weight set');
  const spread = (ids: readonly string[], w: readonly number[]) => {
    const byId = new Map(ids.map((id, k) => [id, w[k]!]));
    return leafIds.map((id) => byId.get(id) ?? 0);
  };
  switch (input.method) {
    case 'direct': {
      const r = directWeights(input.points);
      return {
        weights: spread(r.criterionIds, r.weights),
        explanation: r.explanation,
        warnings: [],
        imprecise: null,
      };
    }
    case 'swing': {
      const r = swingWeights(input.swings);
      return {
        weights: spread(r.criterionIds, r.weights),
        explanation: r.explanation,
        warnings: [],
        imprecise: null,
      };
    }
    case 'ahp': {
      const r = ahpWeights(input.criterionIds, input.judgements);
      const warning = r.explanation.consistency.warning;
      return {
        weights: spread(r.criterionIds, r.weights),
        explanation: r.explanation,
        warnings: warning ? [warning] : [],
        imprecise: null,
      };
    }
    case 'imprecise': {
      const n = input.criterionIds.length;
      const samples = sampleWeights(
        input.model,
        n,
        input.model.kind === 'exact' ? 1 : CENTROID_SAMPLES,
        CENTROID_SEED,
      );
      const centroid = Array.from(
        { length: n },
        (_, j) => samples.reduce((s, w) => s + w[j]!, 0) / samples.length,
      );
      return {
        weights: spread(input.criterionIds, centroid),
        explanation: {
          method: 'imprecise',
          model: input.model,
          centroid,
          note: `Deterministic rules use the centroid of the feasible weights (${CENTROID_SAMPLES} seeded samples); SMAA uses the whole set.`,
        },
        warnings: [],
        imprecise: { criterionIds: [...input.criterionIds], model: input.model },
      };
    }
    default: {
      const unreachable: never = input;
      throw new Error(`unknown weight set ${String(unreachable)}`);
    }
  }
}

export interface FrameworkProblem {
  leaves: CriterionLeaf[];
  /** the packages with a score on every criterion, in the framework's order */
  packageCodes: string[];
  matrix: DecisionMatrix;
  sides: RankingSide[];
  valueFunctions: ValueFunction[];
  /** triangular (low, value, high) where a cell has a range; null where it is exact */
  uncertainty: (CellUncertainty | null)[][];
  /** cells looked up by package and criterion, for tracing every number to its source */
  cells: Map<string, FrameworkScore>;
  /** packages left out because cells are missing, and which */
  incomplete: { packageCode: string; missingCriteria: string[] }[];
}

export function cellKey(packageCode: string, criterionId: string): string {
  return `${packageCode}\u0000${criterionId}`;
}

/**
 * The decision problem of a framework version. Packages with missing cells are left out
 * and listed, never filled in; fewer than two complete packages is a conflict with the
 * state of the framework, not a bad request.
 */
export function frameworkProblem(
  tree: CriteriaGroup,
  packageCodes: readonly string[],
  scores: readonly FrameworkScore[],
): FrameworkProblem {
  const leaves = criterionLeaves(tree);
  const cells = new Map(scores.map((s) => [cellKey(s.packageCode, s.criterionId), s]));
  const incomplete: FrameworkProblem['incomplete'] = [];
  const complete: string[] = [];
  for (const code of packageCodes) {
    const missing = leaves.filter((l) => !cells.has(cellKey(code, l.id))).map((l) => l.id);
    if (missing.length > 0) incomplete.push({ packageCode: code, missingCriteria: missing });
    else complete.push(code);
  }
  if (complete.length < 2)
    throw conflict(
      `The framework has ${complete.length} fully scored package(s); rankings need at least two. ` +
        `Missing: ${incomplete.map((p) => `${p.packageCode} (${p.missingCriteria.join(', ')})`).join('; ') || 'no packages'}.`,
    );
  const cell = (p: string, c: string) => cells.get(cellKey(p, c))!;
  const performance = complete.map((p) => leaves.map((l) => cell(p, l.id).value));
  const uncertainty = complete.map((p) =>
    leaves.map((l): CellUncertainty | null => {
      const c = cell(p, l.id);
      return c.low !== null && c.high !== null && (c.low < c.value || c.high > c.value)
        ? { kind: 'triangular', low: c.low, high: c.high }
        : null;
    }),
  );
  const valueFunctions = leaves.map((l, j) => {
    if (l.valueFunction) return l.valueFunction;
    const reach = complete.flatMap((p) => {
      const c = cell(p, l.id);
      return [c.value, c.low ?? c.value, c.high ?? c.value];
    });
    return rangeValueFunction(l.direction, reach.length > 0 ? reach : [performance[0]?.[j] ?? 0]);
  });
  assertValid(
    valueFunctions.flatMap((fn, j) =>
      validateValueFunction(fn, `criteria.${leaves[j]!.id}.valueFunction`),
    ),
    'Invalid value functions',
  );
  return {
    leaves,
    packageCodes: complete,
    matrix: {
      alternatives: complete,
      criteria: leaves.map((l) => ({ id: l.id, direction: l.direction })),
      performance,
    },
    sides: leaves.map(criterionSide),
    valueFunctions,
    uncertainty,
    cells,
    incomplete,
  };
}

/**
 * A cell is valid when its numbers are finite and its range holds the value, when it says
 * where it comes from, and — for a value criterion — when it carries a written rationale:
 * a value judgement without reasons cannot be quoted in an advice.
 */
export function validateFrameworkScore(
  score: Omit<FrameworkScore, 'updatedAt'>,
  leaf: CriterionLeaf | undefined,
  name = 'score',
): InvalidParam[] {
  const problems: InvalidParam[] = [];
  if (!leaf) {
    problems.push({
      name: `${name}.criterionId`,
      reason: 'unknown criterion in this framework',
      value: score.criterionId,
    });
    return problems;
  }
  if (!Number.isFinite(score.value))
    problems.push({ name: `${name}.value`, reason: 'must be a finite number', value: score.value });
  if ((score.low === null) !== (score.high === null))
    problems.push({ name: `${name}.low`, reason: 'give both low and high, or neither' });
  else if (score.low !== null && score.high !== null) {
    if (!Number.isFinite(score.low) || score.low > score.value)
      problems.push({
        name: `${name}.low`,
        reason: 'must be a number not above the value',
        value: score.low,
      });
    if (!Number.isFinite(score.high) || score.high < score.value)
      problems.push({
        name: `${name}.high`,
        reason: 'must be a number not below the value',
        value: score.high,
      });
  }
  if (!score.source?.trim())
    problems.push({ name: `${name}.source`, reason: 'must say where the score comes from' });
  if (!score.author?.trim()) problems.push({ name: `${name}.author`, reason: 'must not be empty' });
  if (leaf.source.kind === 'value' && !score.rationale?.trim())
    problems.push({
      name: `${name}.rationale`,
      reason: 'a value judgement needs a written rationale',
    });
  return problems;
}
