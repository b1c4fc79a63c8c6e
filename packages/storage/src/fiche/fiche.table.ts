import type { ColumnType, Generated, Selectable } from 'kysely';

export interface FicheVersionTable {
  measure_code: string;
  level: number;
  version: number;
  status: string;
  /** FicheContent as JSON; written as a JSON string, read back parsed */
  content: ColumnType<unknown, string, never>;
  author: string;
  change_note: string;
  is_demo: Generated<boolean>;
  created_at: ColumnType<Date, string | undefined, never>;
}

export interface FicheTransitionTable {
  id: Generated<number>;
  measure_code: string;
  level: number;
  version: number;
  from_status: string;
  to_status: string;
  author: string;
  reason: string;
  at: ColumnType<Date, string | undefined, never>;
}

export type FicheVersionRow = Selectable<FicheVersionTable>;
export type FicheTransitionRow = Selectable<FicheTransitionTable>;
