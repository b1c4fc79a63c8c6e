import type { ColumnType, Generated, Selectable } from 'kysely';

export interface OmtScenarioTable {
  code: string;
  name_nl: string;
  name_en: string;
  variant: string;
  season: string;
  compliance: string;
  vaccination_coverage: string;
  is_demo: Generated<boolean>;
}

export interface EffectivenessEstimateTable {
  measure_code: string;
  level: number;
  scenario_code: string;
  estimate: number;
  low: number;
  high: number;
  rationale: string;
  author: string;
  is_demo: Generated<boolean>;
  updated_at: ColumnType<Date, string | undefined, string>;
}

export interface SectorRiskTable {
  sector: string;
  risk: number;
  rationale: string;
  is_demo: Generated<boolean>;
}

export type OmtScenarioRow = Selectable<OmtScenarioTable>;
export type EffectivenessEstimateRow = Selectable<EffectivenessEstimateTable>;
export type SectorRiskRow = Selectable<SectorRiskTable>;
