import type { Generated, Selectable } from 'kysely';

export interface MeasureTable {
  code: string;
  name_nl: string;
  name_en: string;
  category: string;
  oxcgrt_code: string | null;
  cluster: string;
  sectors: string[];
  groups: string[];
  legal_basis: string | null;
  is_demo: boolean;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface MeasureLevelTable {
  measure_code: string;
  level: number;
  description_nl: string;
  description_en: string;
}

export type MeasureRow = Selectable<MeasureTable>;
export type MeasureLevelRow = Selectable<MeasureLevelTable>;
