import type { Generated, Selectable } from 'kysely';

export interface ObservationTable {
  indicator_code: string;
  region_code: string;
  period_type: string;
  /** YYYY-MM-DD */
  period_start: string;
  period_end: string;
  period_key: string;
  breakdown: Generated<string>;
  revision: number;
  value: number;
  lower_bound: number | null;
  upper_bound: number | null;
  status: string;
  batch_id: number;
  recorded_at: Generated<Date>;
}

export type ObservationRow = Selectable<ObservationTable>;
