import type {
  CriteriaGroup,
  FrameworkRecord,
  FrameworkScore,
  FundamentalRight,
  LexicographicResult,
  MavtResult,
  PrometheeResult,
  TopsisResult,
  WeightSensitivityResult,
  WeightSet,
} from '@weegschaal/core';

/** The framework API's payloads as the web app reads them. */
export interface ApiWeightSet extends WeightSet {
  method: string;
  weights: { criterionId: string; weight: number }[];
  explanation: unknown;
  warnings: string[];
}

export interface ApiFrameworkList {
  demo: boolean;
  items: FrameworkRecord[];
}

export interface ApiFrameworkDetail {
  demo: boolean;
  framework: FrameworkRecord & { tree: CriteriaGroup };
  scores: FrameworkScore[];
  weightSets: ApiWeightSet[];
}

export interface ApiRanked {
  alternativeId: string;
  score: number;
  rank: number;
}

export interface ApiRankings {
  demo: boolean;
  notice: string;
  framework: { id: string; code: string; version: number; status: string };
  weightSet: { id: string; label: string; method: string; weights: number[]; warnings: string[] };
  criterionIds: string[];
  packageCodes: string[];
  incomplete: { packageCode: string; missingCriteria: string[] }[];
  omt: { criterionIds: string[]; ranking: ApiRanked[] };
  mit: { rule: string; ranking: ApiRanked[] }[];
  mitRulesAgreeOnTop: boolean;
  sensitivity: WeightSensitivityResult;
  lexicographic: LexicographicResult | null;
  lexicographicNote: string | null;
  /** each engine's working, which the results page shows per package */
  working: {
    omt: { criterionIds: string[]; mavt: MavtResult };
    mit: {
      criterionIds: string[];
      mavt?: MavtResult;
      topsis?: TopsisResult;
      promethee?: PrometheeResult;
    };
  };
}

export interface ApiSmaa {
  demo: boolean;
  samples: number;
  seed: number;
  weightInformation: string;
  scoreUncertainty: boolean;
  criterionIds: string[];
  packages: {
    packageCode: string;
    rankAcceptability: number[];
    centralWeights: number[] | null;
    confidenceFactor: number | null;
  }[];
}

export interface ApiRationale {
  demo: boolean;
  weightSet: {
    label: string;
    method: string;
    rationale: string;
    author: string;
    warnings: string[];
  };
  criteria: { id: string; side: string; weight: number; rights: FundamentalRight[] }[];
  cells: FrameworkScore[];
  statements: Record<'nl' | 'en', string[]>;
}
