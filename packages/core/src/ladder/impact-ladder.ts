import { invalidInput } from '../errors/domain-error.ts';
import type { InvalidParam } from '../errors/domain-error.ts';
import type { Measure } from '../measures/measure.ts';
import { EVIDENCE_GRADES, clampScore, uncertaintySpread } from '../fiches/impact-scale.ts';
import type { EvidenceGrade } from '../fiches/impact-scale.ts';
import { IMPACT_DOMAINS, IMPACT_GROUPS, SECTORS, targetKey } from '../fiches/impact-target.ts';
import type { ImpactDomain, ImpactGroup, Sector } from '../fiches/impact-target.ts';
import type { FicheContent, FicheImpact, FicheKey } from '../fiches/fiche.ts';
import { ficheId } from '../fiches/fiche.ts';

export const LADDER_TERMS = ['short', 'long', 'mean'] as const;
export type LadderTerm = (typeof LADDER_TERMS)[number];

export const LADDER_DIRECTIONS = ['harm-only', 'net'] as const;
export type LadderDirection = (typeof LADDER_DIRECTIONS)[number];

/** The rule that turns fiches into a ranking; the user sees and may change every part. */
export interface ImpactLadderRule {
  domains: ImpactDomain[];
  groups: ImpactGroup[];
  sectors: Sector[];
  /** which horizon of the fiche scores counts; 'mean' averages short and long term */
  term: LadderTerm;
  /** 'harm-only': benefits do not offset harm; 'net': they do */
  direction: LadderDirection;
  /** multiplier per evidence grade, 0..1: weaker evidence counts for less */
  evidenceWeights: Record<EvidenceGrade, number>;
}

export const DEFAULT_LADDER_RULE: ImpactLadderRule = {
  domains: [...IMPACT_DOMAINS],
  groups: [...IMPACT_GROUPS],
  sectors: [...SECTORS],
  term: 'mean',
  direction: 'harm-only',
  evidenceWeights: { strong: 1, moderate: 0.8, limited: 0.6, 'expert-judgement': 0.5 },
};

export function validateLadderRule(rule: ImpactLadderRule): InvalidParam[] {
  const problems: InvalidParam[] = [];
  for (const grade of EVIDENCE_GRADES) {
    const w = rule.evidenceWeights[grade];
    if (!Number.isFinite(w) || w < 0 || w > 1)
      problems.push({
        name: `evidenceWeights.${grade}`,
        reason: 'must be between 0 and 1',
        value: w,
      });
  }
  if (rule.domains.length + rule.groups.length + rule.sectors.length === 0)
    problems.push({ name: 'domains', reason: 'at least one domain, group or sector must count' });
  return problems;
}

/** A fiche as the ladder reads it: the adopted version's content. */
export interface LadderFiche extends FicheKey {
  version: number;
  content: FicheContent;
}

/** A manual placement: always shown as such, never silently replacing the computed rank. */
export interface LadderOverride extends FicheKey {
  id: number;
  /** 1-based position on the ladder (1 = most harmful) */
  position: number;
  rationale: string;
  author: string;
  createdAt: string;
}

export const MIN_OVERRIDE_RATIONALE = 20;

export function validateOverrideRationale(rationale: string): InvalidParam[] {
  return rationale.trim().length < MIN_OVERRIDE_RATIONALE
    ? [
        {
          name: 'rationale',
          reason: `a manual placement needs a written rationale of at least ${MIN_OVERRIDE_RATIONALE} characters`,
          value: rationale,
        },
      ]
    : [];
}

export interface LadderContribution {
  target: string;
  /** the fiche score on the chosen term */
  score: number;
  evidence: EvidenceGrade;
  weight: number;
  /** what this impact adds to the harm score */
  harm: number;
}

export interface ImpactLadderEntry extends FicheKey {
  id: string;
  ficheVersion: number;
  /** final position, 1 = most harmful, after manual placements */
  position: number;
  /** rank by score alone; tied entries share it (1, 2, 2, 4) */
  computedRank: number;
  /** higher = more harm */
  score: number;
  scoreLow: number;
  scoreHigh: number;
  tiedWith: string[];
  /** entries whose uncertainty interval overlaps this one: their order is not certain */
  overlapsWith: string[];
  counted: number;
  /** selected targets this fiche does not judge (counted as 0) */
  notAssessed: number;
  contributions: LadderContribution[];
  placement: 'computed' | 'override';
  override: LadderOverride | null;
}

export interface ImpactLadder {
  rule: ImpactLadderRule;
  entries: ImpactLadderEntry[];
  /** measure-levels (above 0) not on the ladder, and why */
  unranked: { measureCode: string; level: number; reason: 'no-adopted-fiche' }[];
  explanation: string[];
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

function termScore(impact: FicheImpact, term: LadderTerm): number {
  switch (term) {
    case 'short':
      return impact.shortTerm;
    case 'long':
      return impact.longTerm;
    case 'mean':
      return (impact.shortTerm + impact.longTerm) / 2;
    default: {
      const unreachable: never = term;
      throw new Error(`unknown term ${String(unreachable)}`);
    }
  }
}

function harmOf(score: number, direction: LadderDirection): number {
  return direction === 'harm-only' ? Math.max(0, -score) : -score;
}

function selectedKeys(rule: ImpactLadderRule): Set<string> {
  return new Set([
    ...rule.domains.map((code) => targetKey({ kind: 'domain', code })),
    ...rule.groups.map((code) => targetKey({ kind: 'group', code })),
    ...rule.sectors.map((code) => targetKey({ kind: 'sector', code })),
  ]);
}

/** Scores one fiche under the rule; exported so that bundles and the matrix agree with the ladder. */
export function scoreFiche(
  content: FicheContent,
  rule: ImpactLadderRule,
): {
  score: number;
  low: number;
  high: number;
  counted: number;
  notAssessed: number;
  contributions: LadderContribution[];
} {
  const keys = selectedKeys(rule);
  let score = 0;
  let low = 0;
  let high = 0;
  const contributions: LadderContribution[] = [];
  for (const impact of content.impacts) {
    const key = targetKey(impact.target);
    if (!keys.has(key)) continue;
    const s = termScore(impact, rule.term);
    const w = rule.evidenceWeights[impact.evidence];
    const spread = uncertaintySpread(impact.uncertainty);
    const harm = harmOf(s, rule.direction) * w;
    score += harm;
    // a higher score value means less harm, so the ends of the interval swap
    low += harmOf(clampScore(s + spread), rule.direction) * w;
    high += harmOf(clampScore(s - spread), rule.direction) * w;
    contributions.push({
      target: key,
      score: s,
      evidence: impact.evidence,
      weight: w,
      harm: round2(harm),
    });
  }
  return {
    score: round2(score),
    low: round2(low),
    high: round2(high),
    counted: contributions.length,
    notAssessed: keys.size - contributions.length,
    contributions,
  };
}

export function describeLadderRule(rule: ImpactLadderRule): string[] {
  const weights = EVIDENCE_GRADES.map((g) => `${g} ×${rule.evidenceWeights[g]}`).join(', ');
  return [
    `Counted: ${rule.domains.length} domains, ${rule.groups.length} groups, ${rule.sectors.length} sectors.`,
    `Score per impact: the fiche score on the ${rule.term === 'mean' ? 'mean of short and long' : rule.term} term, ` +
      (rule.direction === 'harm-only'
        ? 'negative scores only (benefits do not offset harm), '
        : 'negative and positive scores (benefits offset harm), ') +
      `multiplied by the evidence weight (${weights}).`,
    'Harm score of a measure-level: the sum over counted impacts, sign turned so that higher means more harm; targets a fiche does not judge count as 0.',
    'The scale is ordinal: sums rank measures, they do not say one is twice as harmful as another. Domains, groups and sectors overlap, so counting all three views the same harm from several sides.',
    'Uncertainty: each impact moves 0, 1 or 2 scale steps (low, medium, high uncertainty) either way; overlapping intervals mean the order is not certain.',
    'Ties share a rank; their listed order is by measure code and level, not by merit.',
    'A manual placement moves a measure-level to a chosen position; it needs a written rationale and is shown as a manual placement next to its computed rank.',
  ];
}

export function computeImpactLadder(
  measures: readonly Measure[],
  fiches: readonly LadderFiche[],
  rule: ImpactLadderRule,
  overrides: readonly LadderOverride[] = [],
): ImpactLadder {
  const problems = validateLadderRule(rule);
  if (problems.length > 0) throw invalidInput('The impact ladder rule is invalid.', problems);

  const scored = fiches.map((f) => ({ fiche: f, id: ficheId(f), ...scoreFiche(f.content, rule) }));
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      a.fiche.measureCode.localeCompare(b.fiche.measureCode) ||
      a.fiche.level - b.fiche.level,
  );

  const entries: ImpactLadderEntry[] = scored.map((s) => ({
    measureCode: s.fiche.measureCode,
    level: s.fiche.level,
    id: s.id,
    ficheVersion: s.fiche.version,
    position: 0,
    computedRank: 1 + scored.filter((o) => o.score > s.score).length,
    score: s.score,
    scoreLow: s.low,
    scoreHigh: s.high,
    tiedWith: scored.filter((o) => o.id !== s.id && o.score === s.score).map((o) => o.id),
    overlapsWith: scored
      .filter((o) => o.id !== s.id && o.low <= s.high && s.low <= o.high)
      .map((o) => o.id),
    counted: s.counted,
    notAssessed: s.notAssessed,
    contributions: s.contributions,
    placement: 'computed',
    override: null,
  }));

  const explanation = describeLadderRule(rule);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const applicable = [...overrides]
    .filter((o) => {
      const known = byId.has(ficheId(o));
      if (!known)
        explanation.push(
          `Manual placement of ${ficheId(o)} ignored: it has no adopted fiche on this ladder.`,
        );
      return known;
    })
    .sort((a, b) => a.position - b.position || a.id - b.id);
  const overridden = new Set(applicable.map((o) => ficheId(o)));
  const ordered = entries.filter((e) => !overridden.has(e.id));
  for (const o of applicable) {
    const entry = byId.get(ficheId(o));
    if (!entry) continue;
    entry.placement = 'override';
    entry.override = o;
    const index = Math.max(0, Math.min(ordered.length, o.position - 1));
    ordered.splice(index, 0, entry);
    explanation.push(
      `${entry.id} placed manually at position ${index + 1} (computed rank ${entry.computedRank}) by ${o.author}: ${o.rationale}`,
    );
  }
  ordered.forEach((e, i) => (e.position = i + 1));

  const onLadder = new Set(entries.map((e) => e.id));
  const unranked = measures.flatMap((m) =>
    m.levels
      .filter((l) => l.level > 0 && !onLadder.has(ficheId({ measureCode: m.code, level: l.level })))
      .map((l) => ({ measureCode: m.code, level: l.level, reason: 'no-adopted-fiche' as const })),
  );
  return { rule, entries: ordered, unranked, explanation };
}
