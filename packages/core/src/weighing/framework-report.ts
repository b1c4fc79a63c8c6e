import { invalidInput } from '../errors/domain-error.ts';
import { findFundamentalRight } from '../rights/fundamental-rights.ts';
import type { FundamentalRight } from '../rights/fundamental-rights.ts';
import type { CriterionSource, FrameworkRecord, RankingSide } from './criteria-tree.ts';
import { cellKey, frameworkProblem, weightSetWeights } from './framework-evaluation.ts';
import type {
  FrameworkProblem,
  FrameworkScore,
  WeightSet,
  WeightSetWeights,
} from './framework-evaluation.ts';
import type { ImpreciseWeights } from './imprecise-weights.ts';
import { rankSideBySide } from './side-by-side.ts';
import type { DecisionRule, SideBySideResult } from './side-by-side.ts';
import type { EffectivenessBasis } from './lexicographic.ts';
import { linearSensitivity } from './weight-sensitivity.ts';
import type { WeightSensitivityResult } from './weight-sensitivity.ts';
import { smaa } from './smaa.ts';
import type { SmaaResult } from './smaa.ts';
import type { ValueFunction } from './value-function.ts';
import { mavt } from './mavt.ts';
import { rationaleStatements } from './rationale-statements.ts';
import type { Locale } from '../i18n/messages.ts';

/**
 * A framework version's results as the API and the rationale document show them: the
 * OMT and MIT rankings side by side, the sensitivity of the MIT ranking to each weight,
 * SMAA on the MIT side, and a rationale that traces every number to its cell (source,
 * rationale, author) and every value to its rights.
 */
export interface FrameworkRankingsOptions {
  rules: readonly DecisionRule[];
  /** for the lexicographic rule; null leaves it out */
  requiredEffectiveness: { level: number; basis: EffectivenessBasis } | null;
}

export interface FrameworkRankings {
  framework: { id: string; code: string; version: number; status: string };
  weightSet: { id: string; label: string; method: string } & WeightSetWeights;
  criterionIds: string[];
  packageCodes: string[];
  incomplete: FrameworkProblem['incomplete'];
  sideBySide: SideBySideResult;
  /** one-way sensitivity of the MIT ranking (MAVT, exact) to each MIT weight */
  sensitivity: WeightSensitivityResult;
  /** why the lexicographic rule is absent, when it is */
  lexicographicNote: string | null;
}

export function frameworkRankings(
  framework: FrameworkRecord,
  scores: readonly FrameworkScore[],
  weightSet: WeightSet,
  options: FrameworkRankingsOptions,
): FrameworkRankings {
  const problem = frameworkProblem(framework.tree, framework.packageCodes, scores);
  const leafIds = problem.leaves.map((l) => l.id);
  const weights = weightSetWeights(weightSet.input, leafIds);
  const mitIdx = problem.sides.flatMap((s, j) => (s === 'mit' ? [j] : []));
  if (mitIdx.every((j) => weights.weights[j] === 0))
    throw invalidInput('The weight set gives no weight to any MIT criterion.', [
      {
        name: 'weightSetId',
        reason: 'weighs no societal-impact or value criterion',
        value: weightSet.id,
      },
    ]);
  const omtIdx = problem.sides.flatMap((s, j) => (s === 'omt' ? [j] : []));
  let lexicographicNote: string | null = null;
  let hurdle: Parameters<typeof rankSideBySide>[0]['effectivenessHurdle'];
  if (options.requiredEffectiveness) {
    if (omtIdx.length !== 1)
      lexicographicNote = `The lexicographic rule needs exactly one effectiveness criterion; this framework has ${omtIdx.length}.`;
    else {
      const j = omtIdx[0]!;
      hurdle = {
        ranges: problem.packageCodes.map((p) => {
          const c = problem.cells.get(cellKey(p, leafIds[j]!))!;
          return { estimate: c.value, low: c.low ?? c.value, high: c.high ?? c.value };
        }),
        requiredLevel: options.requiredEffectiveness.level,
        basis: options.requiredEffectiveness.basis,
      };
    }
  } else lexicographicNote = 'No required effectiveness level was given.';
  const sideBySide = rankSideBySide({
    matrix: problem.matrix,
    sides: problem.sides,
    // OMT criteria the set does not weigh count equally among themselves (equalWeightsFallback)
    weights: weights.weights,
    valueFunctions: problem.valueFunctions,
    rules: options.rules,
    ...(hurdle ? { effectivenessHurdle: hurdle } : {}),
  });
  const mitMavt = mavt(
    {
      ...problem.matrix,
      criteria: mitIdx.map((j) => problem.matrix.criteria[j]!),
      performance: problem.matrix.performance.map((r) => mitIdx.map((j) => r[j]!)),
    },
    sideBySide.mit.weights,
    { valueFunctions: mitIdx.map((j) => problem.valueFunctions[j]!) },
  );
  return {
    framework: {
      id: framework.id,
      code: framework.code,
      version: framework.version,
      status: framework.status,
    },
    weightSet: {
      id: weightSet.id,
      label: weightSet.label,
      method: weightSet.input.method,
      ...weights,
    },
    criterionIds: leafIds,
    packageCodes: problem.packageCodes,
    incomplete: problem.incomplete,
    sideBySide,
    sensitivity: linearSensitivity(
      'mavt',
      problem.packageCodes,
      mitMavt.criterionIds,
      mitMavt.values,
      mitMavt.weights,
    ),
    lexicographicNote,
  };
}

export const SMAA_WEIGHT_INFORMATION = ['weight-set', 'rank-order', 'none'] as const;
export type SmaaWeightInformation = (typeof SMAA_WEIGHT_INFORMATION)[number];

export interface FrameworkSmaa {
  framework: { id: string; code: string; version: number; status: string };
  weightSet: { id: string; label: string; method: string } | null;
  weightInformation: SmaaWeightInformation;
  /** the MIT criteria in the analysis: those the weight set weighs (all MIT criteria without one) */
  criterionIds: string[];
  incomplete: FrameworkProblem['incomplete'];
  result: SmaaResult;
}

/**
 * SMAA-2 on the MIT side. What is known about the weights: 'weight-set' uses the set as
 * given (an imprecise set's own model, or an exact set's exact weights), 'rank-order' keeps
 * only the order of importance of the set's weights, 'none' assumes nothing. Cells with a
 * range add score uncertainty (triangular: low, value, high).
 */
export function frameworkSmaa(
  framework: FrameworkRecord,
  scores: readonly FrameworkScore[],
  weightSet: WeightSet | null,
  options: { weightInformation: SmaaWeightInformation; samples: number; seed: number },
): FrameworkSmaa {
  const problem = frameworkProblem(framework.tree, framework.packageCodes, scores);
  const leafIds = problem.leaves.map((l) => l.id);
  const weights = weightSet ? weightSetWeights(weightSet.input, leafIds) : null;
  if (!weights && options.weightInformation !== 'none')
    throw invalidInput('Choose a weight set, or weightInformation=none.', [
      {
        name: 'weightSetId',
        reason: `is required for weightInformation=${options.weightInformation}`,
      },
    ]);
  const idx = problem.sides.flatMap((s, j) =>
    s === 'mit' && (!weights || weights.weights[j]! > 0) ? [j] : [],
  );
  if (idx.length === 0)
    throw invalidInput('The weight set gives no weight to any MIT criterion.', [
      { name: 'weightSetId', reason: 'weighs no societal-impact or value criterion' },
    ]);
  const ids = idx.map((j) => leafIds[j]!);
  let model: ImpreciseWeights;
  switch (options.weightInformation) {
    case 'none':
      model = { kind: 'none' };
      break;
    case 'rank-order': {
      const w = idx.map((j) => weights!.weights[j]!);
      const distinct = [...new Set(w)].sort((a, b) => b - a);
      model = { kind: 'rank-order', ranks: w.map((x) => distinct.indexOf(x) + 1) };
      break;
    }
    case 'weight-set': {
      const imp = weights!.imprecise;
      model =
        imp &&
        imp.criterionIds.length === ids.length &&
        imp.criterionIds.every((c) => ids.includes(c))
          ? reorder(imp, ids)
          : { kind: 'exact', weights: idx.map((j) => weights!.weights[j]!) };
      break;
    }
    default: {
      const unreachable: never = options.weightInformation;
      throw new Error(`unknown weight information ${String(unreachable)}`);
    }
  }
  const result = smaa({
    matrix: {
      alternatives: problem.packageCodes,
      criteria: idx.map((j) => problem.matrix.criteria[j]!),
      performance: problem.matrix.performance.map((r) => idx.map((j) => r[j]!)),
    },
    weights: model,
    valueFunctions: idx.map((j) => problem.valueFunctions[j]!),
    uncertainty: problem.uncertainty.map((r) => idx.map((j) => r[j]!)),
    samples: options.samples,
    seed: options.seed,
  });
  return {
    framework: {
      id: framework.id,
      code: framework.code,
      version: framework.version,
      status: framework.status,
    },
    weightSet: weightSet
      ? { id: weightSet.id, label: weightSet.label, method: weightSet.input.method }
      : null,
    weightInformation: options.weightInformation,
    criterionIds: ids,
    incomplete: problem.incomplete,
    result,
  };
}

/** An imprecise model listed in another criterion order, put in the analysis order. */
function reorder(
  imp: { criterionIds: string[]; model: ImpreciseWeights },
  ids: readonly string[],
): ImpreciseWeights {
  const at = ids.map((id) => imp.criterionIds.indexOf(id));
  const m = imp.model;
  switch (m.kind) {
    case 'none':
      return m;
    case 'exact':
      return { kind: 'exact', weights: at.map((k) => m.weights[k]!) };
    case 'intervals':
      return { kind: 'intervals', bounds: at.map((k) => m.bounds[k]!) };
    case 'rank-order':
      return { kind: 'rank-order', ranks: at.map((k) => m.ranks[k]!) };
    default: {
      const unreachable: never = m;
      throw new Error(`unknown model ${String(unreachable)}`);
    }
  }
}

export interface RationaleCriterion {
  id: string;
  nameNl: string;
  nameEn: string;
  side: RankingSide;
  direction: string;
  unit: string;
  source: CriterionSource;
  valueFunction: ValueFunction;
  /** for values: the rights they rest on, from the shared reference list */
  rights: FundamentalRight[];
  weight: number;
}

export interface FrameworkRationale {
  framework: Pick<
    FrameworkRecord,
    | 'id'
    | 'code'
    | 'version'
    | 'status'
    | 'nameNl'
    | 'nameEn'
    | 'author'
    | 'createdAt'
    | 'publishedAt'
    | 'basedOnVersion'
    | 'changeNote'
    | 'demo'
  >;
  weightSet: {
    id: string;
    label: string;
    method: string;
    rationale: string;
    author: string;
    createdAt: string;
    explanation: unknown;
    warnings: string[];
  };
  criteria: RationaleCriterion[];
  rankings: FrameworkRankings;
  smaa: FrameworkSmaa;
  /** every cell behind the rankings, with where it comes from and who judged it */
  cells: FrameworkScore[];
  /** sentences an advice can quote, in Dutch and English */
  statements: Record<Locale, string[]>;
}

export function frameworkRationale(
  framework: FrameworkRecord,
  scores: readonly FrameworkScore[],
  weightSet: WeightSet,
  options: FrameworkRankingsOptions & { samples: number; seed: number },
): FrameworkRationale {
  const rankings = frameworkRankings(framework, scores, weightSet, options);
  const smaaResult = frameworkSmaa(framework, scores, weightSet, {
    weightInformation: weightSet.input.method === 'imprecise' ? 'weight-set' : 'rank-order',
    samples: options.samples,
    seed: options.seed,
  });
  const problem = frameworkProblem(framework.tree, framework.packageCodes, scores);
  const criteria: RationaleCriterion[] = problem.leaves.map((l, j) => ({
    id: l.id,
    nameNl: l.nameNl,
    nameEn: l.nameEn,
    side: problem.sides[j]!,
    direction: l.direction,
    unit: l.unit,
    source: l.source,
    valueFunction: problem.valueFunctions[j]!,
    rights:
      l.source.kind === 'value'
        ? l.source.rightIds.flatMap((id) => findFundamentalRight(id) ?? [])
        : [],
    weight: rankings.weightSet.weights[j]!,
  }));
  const names = new Map(problem.leaves.map((l) => [l.id, l]));
  const statements = rationaleStatements({
    framework,
    weightSet: { label: weightSet.label, method: weightSet.input.method, author: weightSet.author },
    sideBySide: rankings.sideBySide,
    lexicographicNote: rankings.lexicographicNote,
    sensitivity: rankings.sensitivity,
    smaa: smaaResult,
    criterionName: (id, locale) => {
      const leaf = names.get(id);
      return leaf ? (locale === 'nl' ? leaf.nameNl : leaf.nameEn) : id;
    },
  });
  const used = new Set(problem.packageCodes);
  return {
    framework: {
      id: framework.id,
      code: framework.code,
      version: framework.version,
      status: framework.status,
      nameNl: framework.nameNl,
      nameEn: framework.nameEn,
      author: framework.author,
      createdAt: framework.createdAt,
      publishedAt: framework.publishedAt,
      basedOnVersion: framework.basedOnVersion,
      changeNote: framework.changeNote,
      demo: framework.demo,
    },
    weightSet: {
      id: weightSet.id,
      label: weightSet.label,
      method: weightSet.input.method,
      rationale: weightSet.rationale,
      author: weightSet.author,
      createdAt: weightSet.createdAt,
      explanation: rankings.weightSet.explanation,
      warnings: rankings.weightSet.warnings,
    },
    criteria,
    rankings,
    smaa: smaaResult,
    cells: scores.filter((s) => used.has(s.packageCode)),
    statements,
  };
}
