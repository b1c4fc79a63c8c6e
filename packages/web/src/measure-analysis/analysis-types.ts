import type {
  BundleAnalysis,
  EffectImpactMatrix,
  FicheSummary,
  FicheTransition,
  FicheVersion,
  FicheDiff,
  ImpactLadder,
  OmtScenario,
} from '@weegschaal/core';

/** API payloads as the web app reads them (the core types plus the API's envelope). */
export interface ApiRule {
  domains: string[];
  groups: string[];
  sectors: string[];
  term: 'short' | 'long' | 'mean';
  direction: 'harm-only' | 'net';
  evidenceWeights: { grade: string; weight: number }[];
}

export type ApiLadder = Omit<ImpactLadder, 'rule'> & { demo: boolean; rule: ApiRule };
export type ApiMatrix = Omit<EffectImpactMatrix, never> & { demo: boolean; rule: ApiRule };
export type ApiBundleAnalysis = BundleAnalysis & { demo: boolean; rule: ApiRule };
export interface ApiFicheList {
  demo: boolean;
  items: FicheSummary[];
}
export interface ApiFiche {
  measureCode: string;
  level: number;
  demo: boolean;
  versions: FicheVersion[];
  transitions: FicheTransition[];
}
export type ApiFicheDiff = FicheDiff & {
  measureCode: string;
  level: number;
  from: number;
  to: number;
};
export interface ApiScenarios {
  demo: boolean;
  items: OmtScenario[];
}
