import type { Generated, Selectable } from 'kysely';

export interface CompositeIndexTable {
  id: Generated<string>;
  code: string;
  name_nl: string;
  name_en: string;
  description_nl: string;
  description_en: string;
  /** [{ indicatorCode, weight, polarity }], validated before it is written */
  components: unknown;
  normalisation: string;
  aggregation: string;
  reference_period: string | null;
  min_max_floor: number;
  imputation: unknown;
  uncertainty: unknown;
  level: string;
  period_type: string;
  author: string;
  is_demo: boolean;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type CompositeIndexRow = Selectable<CompositeIndexTable>;
