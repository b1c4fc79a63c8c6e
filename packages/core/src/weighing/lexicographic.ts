import type { InvalidParam } from '../errors/domain-error.ts';
import { assertValid, rankByScore } from './decision-matrix.ts';
import type { RankedAlternative } from './decision-matrix.ts';

/**
 * The ministries' rule (seed 000): "the measures with the lowest societal impact, as long
 * as the epidemiological picture allows". Effectiveness is a hurdle, not a weight: packages
 * below the OMT's required level are excluded however mild they are, and among the rest the
 * least societal impact wins. Nothing is traded off between the two, by design.
 */
export interface EffectivenessEstimateRange {
  estimate: number;
  low: number;
  high: number;
}

/** 'estimate': the central estimate must reach the level; 'low': even the pessimistic end must. */
export const EFFECTIVENESS_BASES = ['estimate', 'low'] as const;
export type EffectivenessBasis = (typeof EFFECTIVENESS_BASES)[number];

export interface LexicographicInput {
  alternatives: readonly string[];
  effectiveness: readonly EffectivenessEstimateRange[];
  /** lower is less harm, e.g. 1 − the MIT's MAVT score over the societal criteria */
  societalImpact: readonly number[];
  requiredLevel: number;
  basis: EffectivenessBasis;
}

export interface LexicographicEntry {
  alternativeId: string;
  effectiveness: number;
  societalImpact: number;
}

export interface LexicographicResult {
  method: 'lexicographic';
  requiredLevel: number;
  basis: EffectivenessBasis;
  /** qualifying packages, least societal impact first; score = −impact */
  ranking: RankedAlternative[];
  qualifying: LexicographicEntry[];
  /** below the required level, closest first, with how far short they fall */
  excluded: (LexicographicEntry & { shortfall: number })[];
  /** in words, for the rationale */
  summary: string;
}

export function lexicographic(input: LexicographicInput): LexicographicResult {
  const problems: InvalidParam[] = [];
  const m = input.alternatives.length;
  if (m < 1) problems.push({ name: 'alternatives', reason: 'at least one alternative is needed' });
  if (input.effectiveness.length !== m)
    problems.push({ name: 'effectiveness', reason: `must have one entry per alternative (${m})` });
  if (input.societalImpact.length !== m)
    problems.push({ name: 'societalImpact', reason: `must have one entry per alternative (${m})` });
  if (!Number.isFinite(input.requiredLevel))
    problems.push({
      name: 'requiredLevel',
      reason: 'must be a finite number',
      value: input.requiredLevel,
    });
  if (!EFFECTIVENESS_BASES.includes(input.basis))
    problems.push({ name: 'basis', reason: 'must be estimate or low', value: input.basis });
  input.effectiveness.forEach((e, i) => {
    for (const k of ['estimate', 'low', 'high'] as const)
      if (!Number.isFinite(e?.[k]))
        problems.push({
          name: `effectiveness[${i}].${k}`,
          reason: 'must be a finite number',
          value: e?.[k],
        });
    if (e && e.low > e.estimate)
      problems.push({ name: `effectiveness[${i}].low`, reason: 'must not exceed the estimate' });
    if (e && e.high < e.estimate)
      problems.push({ name: `effectiveness[${i}].high`, reason: 'must not be below the estimate' });
  });
  input.societalImpact.forEach((x, i) => {
    if (!Number.isFinite(x))
      problems.push({ name: `societalImpact[${i}]`, reason: 'must be a finite number', value: x });
  });
  assertValid(problems, 'Invalid lexicographic input');

  const entries = input.alternatives.map((alternativeId, i) => ({
    alternativeId,
    effectiveness: input.effectiveness[i]![input.basis],
    societalImpact: input.societalImpact[i]!,
  }));
  const qualifying = entries
    .filter((e) => e.effectiveness >= input.requiredLevel)
    .sort((a, b) => a.societalImpact - b.societalImpact || b.effectiveness - a.effectiveness);
  const excluded = entries
    .filter((e) => e.effectiveness < input.requiredLevel)
    .map((e) => ({ ...e, shortfall: input.requiredLevel - e.effectiveness }))
    .sort((a, b) => a.shortfall - b.shortfall);
  const ranking = rankByScore(
    qualifying.map((e) => e.alternativeId),
    qualifying.map((e) => -e.societalImpact),
  );
  const basisText =
    input.basis === 'low' ? 'the pessimistic end of its range' : 'its central estimate';
  const summary =
    qualifying.length === 0
      ? `No package reaches the required effectiveness ${input.requiredLevel} on ${basisText}; ` +
        `the closest is ${excluded[0]?.alternativeId ?? 'none'}.`
      : `${qualifying.length} of ${m} packages reach the required effectiveness ${input.requiredLevel} on ` +
        `${basisText}; among them ${qualifying[0]!.alternativeId} has the least societal impact.`;
  return {
    method: 'lexicographic',
    requiredLevel: input.requiredLevel,
    basis: input.basis,
    ranking,
    qualifying,
    excluded,
    summary,
  };
}
