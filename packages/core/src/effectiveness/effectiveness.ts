import type { InvalidParam } from '../errors/domain-error.ts';
import type { Sector } from '../fiches/impact-target.ts';

/**
 * The OMT's input: how well a measure-level (or a bundle) slows transmission, which depends
 * on the context. A scenario fixes that context; an estimate is ordinal with a range.
 */
export const VARIANTS = ['wild-type', 'alpha', 'delta', 'omicron', 'new-variant'] as const;
export type Variant = (typeof VARIANTS)[number];

export const SEASONS = ['winter', 'spring', 'summer', 'autumn'] as const;
export type Season = (typeof SEASONS)[number];

export const CONTEXT_LEVELS = ['low', 'medium', 'high'] as const;
export type ContextLevel = (typeof CONTEXT_LEVELS)[number];

export interface OmtScenario {
  code: string;
  nameNl: string;
  nameEn: string;
  variant: Variant;
  season: Season;
  compliance: ContextLevel;
  vaccinationCoverage: ContextLevel;
  demo: boolean;
}

/** 0 no measurable effect on transmission … 4 very large effect; words under 'effectScore.<n>' in the catalogue. */
export const EFFECTIVENESS_SCORES = [0, 1, 2, 3, 4] as const;
export type EffectivenessScore = (typeof EFFECTIVENESS_SCORES)[number];
export interface EffectivenessRange {
  estimate: number;
  low: number;
  high: number;
}

export interface EffectivenessEstimate extends EffectivenessRange {
  measureCode: string;
  level: number;
  scenarioCode: string;
  rationale: string;
  author: string;
  updatedAt: string;
  demo: boolean;
}

export function validateEffectivenessRange(range: EffectivenessRange): InvalidParam[] {
  const problems: InvalidParam[] = [];
  for (const field of ['estimate', 'low', 'high'] as const) {
    const v = range[field];
    if (!Number.isInteger(v) || v < 0 || v > 4)
      problems.push({ name: field, reason: 'must be an integer from 0 to 4', value: v });
  }
  if (problems.length === 0 && !(range.low <= range.estimate && range.estimate <= range.high))
    problems.push({
      name: 'estimate',
      reason: 'must lie within its uncertainty range (low ≤ estimate ≤ high)',
      value: range,
    });
  return problems;
}

/** The OMT's risk ladder of sectors: how much transmission a sector's activity carries. */
export interface SectorRisk {
  sector: Sector;
  /** 1 lowest … 5 highest */
  risk: number;
  rationale: string;
  demo: boolean;
}

export interface SectorRiskLadder {
  entries: (SectorRisk & { rank: number; tiedWith: Sector[] })[];
  explanation: string[];
}

export function rankSectorRisk(risks: readonly SectorRisk[]): SectorRiskLadder {
  const sorted = [...risks].sort((a, b) => b.risk - a.risk || a.sector.localeCompare(b.sector));
  return {
    entries: sorted.map((r) => ({
      ...r,
      rank: 1 + sorted.filter((o) => o.risk > r.risk).length,
      tiedWith: sorted
        .filter((o) => o.risk === r.risk && o.sector !== r.sector)
        .map((o) => o.sector),
    })),
    explanation: [
      'Sectors ranked by the OMT risk level (5 highest); sectors with the same level share a rank and are listed alphabetically.',
      'The risk level concerns transmission in the sector’s activity, not the societal impact of closing it.',
    ],
  };
}
