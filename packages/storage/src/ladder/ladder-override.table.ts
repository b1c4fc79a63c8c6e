import type { ColumnType, Generated, Selectable } from 'kysely';

export interface LadderOverrideTable {
  id: Generated<number>;
  measure_code: string;
  level: number;
  position: number;
  rationale: string;
  author: string;
  created_at: ColumnType<Date, string | undefined, never>;
  withdrawn_at: ColumnType<Date | null, never, string>;
}

export type LadderOverrideRow = Selectable<LadderOverrideTable>;
