import type { Generated, Selectable } from 'kysely';

export interface MeasureEventTable {
  id: Generated<number>;
  source: string;
  line: number;
  start_date: string;
  end_date: string | null;
  end_kind: string;
  description: string;
  kind: string;
  url: string | null;
  imported_at: Generated<Date>;
}

export type MeasureEventRow = Selectable<MeasureEventTable>;
