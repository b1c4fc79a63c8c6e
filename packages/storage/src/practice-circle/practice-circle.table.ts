import type { ColumnType, Generated, Selectable } from 'kysely';

/** jsonb: read as the value, written as JSON text (both drivers take text for jsonb). */
type Json<T> = ColumnType<T, string, string>;

export interface PracticeCircleTable {
  id: Generated<string>;
  code: string;
  name_nl: string;
  name_en: string;
  target_group: string | null;
  source_kind: string;
  member_organisations: Json<string[]>;
  description: string;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface PracticeCircleMemberTable {
  circle_id: string;
  account_id: string;
  created_at: Generated<Date>;
}

export type PracticeCircleRow = Selectable<PracticeCircleTable>;
