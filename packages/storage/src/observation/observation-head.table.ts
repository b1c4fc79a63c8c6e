import type { Selectable } from 'kysely';

/**
 * The newest periods of a series (whole population) at their latest revision, oldest first,
 * as parallel arrays; kept by the database's triggers and refreshObservationHeads (see the
 * migration 20261124001400-observation-head).
 */
export interface ObservationHeadTable {
  indicator_code: string;
  region_code: string;
  period_type: string;
  /** how many of the series' newest periods were kept (all of them when it has fewer) */
  depth: number;
  /** YYYY-MM-DD: the start of the newest period */
  newest_start: string;
  period_starts: string[];
  period_ends: string[];
  period_keys: string[];
  observed_values: number[];
  statuses: string[];
  demos: boolean[];
}

/** A series whose head must be built again (its head row is gone until then). */
export interface ObservationHeadStaleTable {
  indicator_code: string;
  region_code: string;
  period_type: string;
}

export type ObservationHeadRow = Selectable<ObservationHeadTable>;
