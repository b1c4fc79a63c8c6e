import type { ColumnType, Generated, Selectable } from 'kysely';

export interface BundleTable {
  code: string;
  name_nl: string;
  name_en: string;
  description: string;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, string | undefined, string>;
}

export interface BundleMemberTable {
  bundle_code: string;
  measure_code: string;
  level: number;
  /** the order in which the bundle lists its members */
  position: number;
}

export interface BundleEffectivenessEstimateTable {
  bundle_code: string;
  scenario_code: string;
  estimate: number;
  low: number;
  high: number;
  rationale: string;
  author: string;
  is_demo: Generated<boolean>;
  updated_at: ColumnType<Date, string | undefined, string>;
}

export type BundleRow = Selectable<BundleTable>;
export type BundleMemberRow = Selectable<BundleMemberTable>;
export type BundleEffectivenessEstimateRow = Selectable<BundleEffectivenessEstimateTable>;
