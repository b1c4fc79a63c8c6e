import { ficheId } from '../fiches/fiche.ts';
import type { FicheKey } from '../fiches/fiche.ts';
import { IMPACT_GROUPS, targetKey } from '../fiches/impact-target.ts';
import type { ImpactTargetKind } from '../fiches/impact-target.ts';
import { scoreFiche } from '../ladder/impact-ladder.ts';
import type { ImpactLadderRule, LadderFiche } from '../ladder/impact-ladder.ts';
import type { EffectivenessEstimate, OmtScenario } from '../effectiveness/effectiveness.ts';
import type { Bundle, BundleEffectivenessEstimate } from './bundle.ts';

export type BundleEffectSource = 'omt-estimate' | 'derived' | 'unavailable';

export interface BundleScenarioEffect {
  scenarioCode: string;
  source: BundleEffectSource;
  estimate: number | null;
  low: number | null;
  high: number | null;
  rationale: string;
  /** for derived values: the rule that produced them */
  rule: string | null;
  /** for derived values: why not to read them as an OMT estimate */
  caveat: string | null;
  missingMembers: string[];
}

export interface BundleTargetImpact {
  target: string;
  kind: ImpactTargetKind;
  code: string;
  /** each member's score on the target under the rule's term (0 where not judged) */
  members: { id: string; score: number; harm: number }[];
  /** sum of the members' weighted harm: burden accumulates across measures */
  cumulativeHarm: number;
  /** the most negative single member score */
  worst: number;
  /** how many members harm this target */
  harmedBy: number;
}

export interface BundleAnalysis {
  bundle: Bundle;
  effects: BundleScenarioEffect[];
  profile: BundleTargetImpact[];
  /** groups by cumulative harm, most burdened first; ties share a rank */
  burden: { group: string; rank: number; cumulativeHarm: number; harmedBy: number }[];
  mostBurdened: string[];
  membersWithoutFiche: string[];
  explanation: string[];
}

export const DERIVED_BUNDLE_RULE =
  'Derived from member estimates: the bundle is taken to be at least as effective as its strongest member (estimate and lower bound = the strongest member); the upper bound adds one step for every other member with at least a small effect, capped at 4.';
export const DERIVED_BUNDLE_CAVEAT =
  'Not an OMT estimate. Effects of measures overlap (they prevent the same contacts) and interact with compliance, so they are not additive; ask the OMT for an estimate of the bundle in this scenario.';

function derive(members: EffectivenessEstimate[]): { estimate: number; low: number; high: number } {
  const strongest = members.reduce((a, b) => (b.estimate > a.estimate ? b : a));
  const others = members.filter((m) => m !== strongest && m.estimate >= 1).length;
  return {
    estimate: strongest.estimate,
    low: Math.max(...members.map((m) => m.low)),
    high: Math.min(4, Math.max(...members.map((m) => m.high)) + others),
  };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

export function analyseBundle(
  bundle: Bundle,
  input: {
    fiches: readonly LadderFiche[];
    memberEstimates: readonly EffectivenessEstimate[];
    bundleEstimates: readonly BundleEffectivenessEstimate[];
    scenarios: readonly OmtScenario[];
    rule: ImpactLadderRule;
  },
): BundleAnalysis {
  const memberIds = bundle.members.map((m: FicheKey) => ficheId(m));

  const effects: BundleScenarioEffect[] = input.scenarios.map((scenario) => {
    const own = input.bundleEstimates.find(
      (e) => e.bundleCode === bundle.code && e.scenarioCode === scenario.code,
    );
    if (own)
      return {
        scenarioCode: scenario.code,
        source: 'omt-estimate',
        estimate: own.estimate,
        low: own.low,
        high: own.high,
        rationale: own.rationale,
        rule: null,
        caveat: null,
        missingMembers: [],
      };
    const estimates = memberIds.map((id) =>
      input.memberEstimates.find((e) => e.scenarioCode === scenario.code && ficheId(e) === id),
    );
    const missingMembers = memberIds.filter((_, i) => estimates[i] === undefined);
    const found = estimates.filter((e): e is EffectivenessEstimate => e !== undefined);
    if (missingMembers.length > 0 || found.length === 0)
      return {
        scenarioCode: scenario.code,
        source: 'unavailable',
        estimate: null,
        low: null,
        high: null,
        rationale: 'No OMT estimate for the bundle, and not every member has one to derive from.',
        rule: null,
        caveat: null,
        missingMembers,
      };
    return {
      scenarioCode: scenario.code,
      source: 'derived',
      ...derive(found),
      rationale: `Derived from ${found.length} member estimates.`,
      rule: DERIVED_BUNDLE_RULE,
      caveat: DERIVED_BUNDLE_CAVEAT,
      missingMembers: [],
    };
  });

  const fiches = memberIds.map((id) => input.fiches.find((f) => ficheId(f) === id));
  const membersWithoutFiche = memberIds.filter((_, i) => fiches[i] === undefined);
  const present = fiches.filter((f): f is LadderFiche => f !== undefined);

  // per target, what each member contributes under the same rule as the ladder
  const byTarget = new Map<string, BundleTargetImpact>();
  for (const fiche of present) {
    const id = ficheId(fiche);
    const scored = scoreFiche(fiche.content, input.rule);
    for (const c of scored.contributions) {
      const impact = fiche.content.impacts.find((i) => targetKey(i.target) === c.target);
      if (!impact) continue;
      const entry = byTarget.get(c.target) ?? {
        target: c.target,
        kind: impact.target.kind,
        code: impact.target.code,
        members: [],
        cumulativeHarm: 0,
        worst: 0,
        harmedBy: 0,
      };
      entry.members.push({ id, score: c.score, harm: c.harm });
      entry.cumulativeHarm = round2(entry.cumulativeHarm + c.harm);
      entry.worst = Math.min(entry.worst, c.score);
      if (c.score < 0) entry.harmedBy += 1;
      byTarget.set(c.target, entry);
    }
  }
  const profile = [...byTarget.values()].sort(
    (a, b) => b.cumulativeHarm - a.cumulativeHarm || a.target.localeCompare(b.target),
  );

  const groups = IMPACT_GROUPS.filter((g) => input.rule.groups.includes(g)).map((g) => {
    const p = byTarget.get(targetKey({ kind: 'group', code: g }));
    return { group: g, cumulativeHarm: p?.cumulativeHarm ?? 0, harmedBy: p?.harmedBy ?? 0 };
  });
  groups.sort((a, b) => b.cumulativeHarm - a.cumulativeHarm || a.group.localeCompare(b.group));
  const burden = groups.map((g) => ({
    ...g,
    rank: 1 + groups.filter((o) => o.cumulativeHarm > g.cumulativeHarm).length,
  }));
  const top = burden[0]?.cumulativeHarm ?? 0;
  const mostBurdened =
    top > 0 ? burden.filter((b) => b.cumulativeHarm === top).map((b) => b.group) : [];

  const explanation = [
    'Effectiveness per scenario: the OMT’s own estimate for the bundle where there is one. Otherwise a derived value, marked as such with its rule and caveat, or none when a member has no estimate.',
    'Impact profile: per domain, group and sector, each member’s score under the impact ladder rule; cumulative harm adds the members’ weighted harms, because burdens from several measures fall on the same people. The sum is ordinal and may double count overlapping effects.',
    'Burden: groups ranked by cumulative harm; groups not judged by any member count as 0.',
  ];
  if (membersWithoutFiche.length > 0)
    explanation.push(
      `No adopted fiche for ${membersWithoutFiche.join(', ')}: their impacts are missing from the profile.`,
    );
  return { bundle, effects, profile, burden, mostBurdened, membersWithoutFiche, explanation };
}
