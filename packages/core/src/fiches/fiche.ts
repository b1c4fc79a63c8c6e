import type { EvidenceGrade, ImpactScore, UncertaintyLevel } from './impact-scale.ts';
import type { ImpactTarget } from './impact-target.ts';
import type { FicheStatus } from './fiche-workflow.ts';

export interface SourceCitation {
  citation: string;
  /** a link to the source when it is online */
  url: string | null;
}

/** One expected impact of a measure-level on a domain, group or sector. */
export interface FicheImpact {
  target: ImpactTarget;
  /** within about three months of the measure taking effect */
  shortTerm: ImpactScore;
  /** a year or more after, including after-effects once the measure is lifted */
  longTerm: ImpactScore;
  evidence: EvidenceGrade;
  uncertainty: UncertaintyLevel;
  /** what the impact is and why it is expected */
  explanation: string;
  sources: SourceCitation[];
  /** flanking policy that softens the harm */
  mitigations: string[];
}

export interface FicheRight {
  /** id from the reference list FUNDAMENTAL_RIGHTS */
  rightId: string;
  /** how the measure touches the right */
  note: string;
}

/** What a fiche says; a version is an immutable snapshot of it. */
export interface FicheContent {
  summary: string;
  impacts: FicheImpact[];
  rights: FicheRight[];
}

export interface FicheKey {
  measureCode: string;
  level: number;
}

export interface FicheVersion extends FicheKey {
  version: number;
  status: FicheStatus;
  content: FicheContent;
  author: string;
  /** why this version was made */
  changeNote: string;
  createdAt: string;
  demo: boolean;
}

export interface FicheTransition extends FicheKey {
  version: number;
  from: FicheStatus;
  to: FicheStatus;
  author: string;
  reason: string;
  at: string;
}

/** A fiche as listed: one per measure-level, with where its versions stand. */
export interface FicheSummary extends FicheKey {
  latestVersion: number;
  latestStatus: FicheStatus;
  adoptedVersion: number | null;
  updatedAt: string;
  demo: boolean;
}

export function ficheId(key: FicheKey): string {
  return `${key.measureCode}/${key.level}`;
}
