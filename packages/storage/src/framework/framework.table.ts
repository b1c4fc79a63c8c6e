import type { ColumnType, Generated, Selectable } from 'kysely';

export interface WeighingFrameworkTable {
  id: Generated<string>;
  code: string;
  version: number;
  name_nl: string;
  name_en: string;
  description: string;
  status: 'draft' | 'published' | 'superseded';
  author: string;
  based_on_version: number | null;
  change_note: string;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
  published_at: ColumnType<Date | null, string | null | undefined, string | null>;
}

/** One node of the criteria tree; the root has no parent. */
export interface WeighingCriterionTable {
  framework_id: string;
  node_id: string;
  parent_id: string | null;
  position: number;
  node_type: 'group' | 'criterion';
  name_nl: string;
  name_en: string;
  direction: 'benefit' | 'cost' | null;
  unit: string | null;
  source_kind: 'effectiveness' | 'impact' | 'value' | null;
  target_kind: string | null;
  target_code: string | null;
  value_code: string | null;
  /** jsonb array of fundamental-right ids; empty for anything but a value */
  right_ids: ColumnType<unknown, string, string>;
  value_function: ColumnType<unknown, string | null, string | null>;
}

export interface WeighingPackageTable {
  framework_id: string;
  package_code: string;
  position: number;
}

export interface WeighingScoreTable {
  framework_id: string;
  package_code: string;
  criterion_id: string;
  value: number;
  low: number | null;
  high: number | null;
  rationale: string;
  author: string;
  source: string;
  updated_at: ColumnType<Date, string | undefined, string>;
}

export interface WeighingWeightSetTable {
  id: Generated<string>;
  framework_id: string;
  label: string;
  method: 'direct' | 'swing' | 'ahp' | 'imprecise';
  input: ColumnType<unknown, string, never>;
  rationale: string;
  author: string;
  created_at: Generated<Date>;
}

export type WeighingFrameworkRow = Selectable<WeighingFrameworkTable>;
export type WeighingCriterionRow = Selectable<WeighingCriterionTable>;
export type WeighingScoreRow = Selectable<WeighingScoreTable>;
export type WeighingWeightSetRow = Selectable<WeighingWeightSetTable>;
