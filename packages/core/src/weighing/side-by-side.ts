import type { InvalidParam } from '../errors/domain-error.ts';
import { assertValid, assertValidProblem } from './decision-matrix.ts';
import type { DecisionMatrix, RankedAlternative } from './decision-matrix.ts';
import type { RankingSide } from './criteria-tree.ts';
import { mavt } from './mavt.ts';
import type { MavtResult } from './mavt.ts';
import { topsis } from './topsis.ts';
import type { TopsisResult } from './topsis.ts';
import { promethee } from './promethee.ts';
import type { PreferenceFunction, PrometheeResult } from './promethee.ts';
import { lexicographic } from './lexicographic.ts';
import type {
  EffectivenessBasis,
  EffectivenessEstimateRange,
  LexicographicResult,
} from './lexicographic.ts';
import type { ValueFunction } from './value-function.ts';

/**
 * The OMT's epidemiological ranking and the MIT's societal ranking, computed from their
 * own criteria and shown next to each other. Seed 000: there is no single integral
 * framework; the two must line up, not be averaged. The only place they meet is the
 * lexicographic rule, where effectiveness is a hurdle and never a weight.
 */
export const DECISION_RULES = ['mavt', 'topsis', 'promethee-ii'] as const;
export type DecisionRule = (typeof DECISION_RULES)[number];

export interface SideBySideInput {
  matrix: DecisionMatrix;
  /** per criterion: whose ranking it feeds */
  sides: readonly RankingSide[];
  /** per criterion; only compared within a side, so OMT and MIT weights never mix */
  weights: readonly number[];
  valueFunctions?: readonly ValueFunction[];
  preferenceFunctions?: readonly PreferenceFunction[];
  rules: readonly DecisionRule[];
  /** for the lexicographic rule: the OMT's ranges per alternative and its required level */
  effectivenessHurdle?: {
    ranges: readonly EffectivenessEstimateRange[];
    requiredLevel: number;
    basis: EffectivenessBasis;
  };
}

export interface SideRanking {
  criterionIds: string[];
  /** weights renormalised within the side; equal when all were 0 */
  weights: number[];
  equalWeightsFallback: boolean;
}

export interface SideBySideResult {
  omt: SideRanking & { ranking: RankedAlternative[]; mavt: MavtResult };
  mit: SideRanking & { mavt?: MavtResult; topsis?: TopsisResult; promethee?: PrometheeResult };
  /** per MIT rule, its ranking, so the UI can put the columns next to each other */
  mitRankings: { rule: DecisionRule; ranking: RankedAlternative[] }[];
  lexicographic: LexicographicResult | null;
  /** whether the top package is the same under every MIT rule chosen */
  mitRulesAgreeOnTop: boolean;
  notice: string;
}

export const SIDE_BY_SIDE_NOTICE =
  'The OMT ranking (effectiveness) and the MIT ranking (societal impact and values) are computed ' +
  'separately and shown side by side; they are never combined into one score.';

export function rankSideBySide(input: SideBySideInput): SideBySideResult {
  assertValidProblem(input.matrix, input.weights);
  const n = input.matrix.criteria.length;
  const problems: InvalidParam[] = [];
  if (input.sides.length !== n)
    problems.push({ name: 'sides', reason: `must have one per criterion (${n})` });
  input.sides.forEach((s, j) => {
    if (s !== 'omt' && s !== 'mit')
      problems.push({ name: `sides[${j}]`, reason: 'must be omt or mit', value: s });
  });
  if (!input.sides.includes('omt'))
    problems.push({ name: 'sides', reason: 'needs at least one OMT criterion' });
  if (!input.sides.includes('mit'))
    problems.push({ name: 'sides', reason: 'needs at least one MIT criterion' });
  if (input.rules.length === 0)
    problems.push({ name: 'rules', reason: 'choose at least one decision rule' });
  input.rules.forEach((r, k) => {
    if (!DECISION_RULES.includes(r))
      problems.push({ name: `rules[${k}]`, reason: 'unknown decision rule', value: r });
  });
  for (const [name, list] of [
    ['valueFunctions', input.valueFunctions],
    ['preferenceFunctions', input.preferenceFunctions],
  ] as const)
    if (list && list.length !== n)
      problems.push({ name, reason: `must have one per criterion (${n})` });
  assertValid(problems, 'Invalid side-by-side ranking request');

  const split = (side: RankingSide) => {
    const idx = input.sides.flatMap((s, j) => (s === side ? [j] : []));
    const raw = idx.map((j) => input.weights[j]!);
    const sum = raw.reduce((a, b) => a + b, 0);
    const matrix: DecisionMatrix = {
      alternatives: input.matrix.alternatives,
      criteria: idx.map((j) => input.matrix.criteria[j]!),
      performance: input.matrix.performance.map((r) => idx.map((j) => r[j]!)),
    };
    return {
      idx,
      matrix,
      weights: sum > 0 ? raw.map((w) => w / sum) : raw.map(() => 1 / idx.length),
      equalWeightsFallback: sum <= 0,
      valueFunctions: input.valueFunctions && idx.map((j) => input.valueFunctions![j]!),
      preferenceFunctions:
        input.preferenceFunctions && idx.map((j) => input.preferenceFunctions![j]!),
    };
  };
  const omt = split('omt');
  const mit = split('mit');
  const omtMavt = mavt(
    omt.matrix,
    omt.weights,
    omt.valueFunctions ? { valueFunctions: omt.valueFunctions } : {},
  );
  const mitMavt = mavt(
    mit.matrix,
    mit.weights,
    mit.valueFunctions ? { valueFunctions: mit.valueFunctions } : {},
  );
  const mitResult: SideBySideResult['mit'] = {
    criterionIds: mit.matrix.criteria.map((c) => c.id),
    weights: mit.weights,
    equalWeightsFallback: mit.equalWeightsFallback,
  };
  const mitRankings: SideBySideResult['mitRankings'] = [];
  for (const rule of input.rules) {
    switch (rule) {
      case 'mavt':
        mitResult.mavt = mitMavt;
        mitRankings.push({ rule, ranking: mitMavt.ranking });
        break;
      case 'topsis':
        mitResult.topsis = topsis(mit.matrix, mit.weights);
        mitRankings.push({ rule, ranking: mitResult.topsis.ranking });
        break;
      case 'promethee-ii':
        mitResult.promethee = promethee(
          mit.matrix,
          mit.weights,
          mit.preferenceFunctions ? { preferenceFunctions: mit.preferenceFunctions } : {},
        );
        mitRankings.push({ rule, ranking: mitResult.promethee.ranking });
        break;
      default: {
        const unreachable: never = rule;
        throw new Error(`unknown rule ${String(unreachable)}`);
      }
    }
  }
  const hurdle = input.effectivenessHurdle;
  const lex = hurdle
    ? lexicographic({
        alternatives: input.matrix.alternatives,
        effectiveness: hurdle.ranges,
        societalImpact: mitMavt.scores.map((s) => 1 - s),
        requiredLevel: hurdle.requiredLevel,
        basis: hurdle.basis,
      })
    : null;
  const tops = new Set(mitRankings.map((r) => r.ranking[0]!.alternativeId));
  return {
    omt: {
      criterionIds: omt.matrix.criteria.map((c) => c.id),
      weights: omt.weights,
      equalWeightsFallback: omt.equalWeightsFallback,
      ranking: omtMavt.ranking,
      mavt: omtMavt,
    },
    mit: mitResult,
    mitRankings,
    lexicographic: lex,
    mitRulesAgreeOnTop: tops.size === 1,
    notice: SIDE_BY_SIDE_NOTICE,
  };
}
