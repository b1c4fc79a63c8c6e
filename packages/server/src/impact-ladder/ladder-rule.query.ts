import { Type } from 'typebox';
import type { Static } from 'typebox';
import {
  DEFAULT_LADDER_RULE,
  EVIDENCE_GRADES,
  IMPACT_DOMAINS,
  IMPACT_GROUPS,
  LADDER_DIRECTIONS,
  LADDER_TERMS,
  SECTORS,
  invalidInput,
} from '@weegschaal/core';
import type { EvidenceGrade, ImpactLadderRule, InvalidParam } from '@weegschaal/core';

const list = (what: string, codes: readonly string[]) =>
  Type.Optional(
    Type.String({
      maxLength: 1000,
      pattern: '^[a-z0-9,-]*$',
      description: `Comma-separated ${what} that count (${codes.join(', ')}); empty for none, absent for all`,
    }),
  );
const weight = (grade: string) =>
  Type.Optional(
    Type.Number({ minimum: 0, maximum: 1, description: `Evidence weight for '${grade}' (0..1)` }),
  );

/** The impact ladder rule as lowerCamelCase query parameters, shared by ladder, matrix and bundles. */
export const LadderRuleQuerySchema = Type.Object({
  domains: list('domains', IMPACT_DOMAINS),
  groups: list('groups', IMPACT_GROUPS),
  sectors: list('sectors', SECTORS),
  term: Type.Optional(Type.Enum(LADDER_TERMS)),
  direction: Type.Optional(Type.Enum(LADDER_DIRECTIONS)),
  weightStrong: weight('strong'),
  weightModerate: weight('moderate'),
  weightLimited: weight('limited'),
  weightExpertJudgement: weight('expert-judgement'),
});
export type LadderRuleQuery = Static<typeof LadderRuleQuerySchema>;

function parseList<T extends string>(
  name: string,
  raw: string | undefined,
  allowed: readonly T[],
  fallback: readonly T[],
  problems: InvalidParam[],
): T[] {
  if (raw === undefined) return [...fallback];
  const out: T[] = [];
  for (const code of raw.split(',').filter((c) => c !== '')) {
    const found = allowed.find((a) => a === code);
    if (found) out.push(found);
    else
      problems.push({
        name: `querystring.${name}`,
        reason: `unknown code; allowed: ${allowed.join(', ')}`,
        value: code,
      });
  }
  return out;
}

export function ruleFromQuery(q: LadderRuleQuery): ImpactLadderRule {
  const problems: InvalidParam[] = [];
  const d = DEFAULT_LADDER_RULE;
  const rule: ImpactLadderRule = {
    domains: parseList('domains', q.domains, IMPACT_DOMAINS, d.domains, problems),
    groups: parseList('groups', q.groups, IMPACT_GROUPS, d.groups, problems),
    sectors: parseList('sectors', q.sectors, SECTORS, d.sectors, problems),
    term: q.term ?? d.term,
    direction: q.direction ?? d.direction,
    evidenceWeights: {
      strong: q.weightStrong ?? d.evidenceWeights.strong,
      moderate: q.weightModerate ?? d.evidenceWeights.moderate,
      limited: q.weightLimited ?? d.evidenceWeights.limited,
      'expert-judgement': q.weightExpertJudgement ?? d.evidenceWeights['expert-judgement'],
    },
  };
  if (rule.domains.length + rule.groups.length + rule.sectors.length === 0)
    problems.push({
      name: 'querystring.domains',
      reason: 'at least one domain, group or sector must count',
    });
  if (problems.length > 0) throw invalidInput('The impact ladder rule is invalid.', problems);
  return rule;
}

/** In payloads the weights are a list, because 'expert-judgement' is no lowerCamelCase property. */
export const LadderRuleSchema = Type.Object({
  domains: Type.Array(Type.Enum(IMPACT_DOMAINS)),
  groups: Type.Array(Type.Enum(IMPACT_GROUPS)),
  sectors: Type.Array(Type.Enum(SECTORS)),
  term: Type.Enum(LADDER_TERMS),
  direction: Type.Enum(LADDER_DIRECTIONS),
  evidenceWeights: Type.Array(
    Type.Object({ grade: Type.Enum(EVIDENCE_GRADES), weight: Type.Number() }),
  ),
});

export function ruleToPayload(rule: ImpactLadderRule) {
  return {
    ...rule,
    evidenceWeights: EVIDENCE_GRADES.map((grade: EvidenceGrade) => ({
      grade,
      weight: rule.evidenceWeights[grade],
    })),
  };
}
