import type { Generated, Selectable } from 'kysely';

export interface DetectionRunTable {
  id: Generated<string>;
  trigger: string;
  requested_by: string | null;
  /** YYYY-MM-DD */
  as_of: string;
  started_at: Generated<Date>;
  series_checked: number;
  points_judged: number;
  alarms: number;
  new_alerts: number;
  /** string[] */
  explanation: unknown;
}

export interface AlertTable {
  id: Generated<string>;
  dedup_key: string;
  series_key: string;
  series_kind: string;
  series_label: string;
  region_code: string | null;
  domain: string | null;
  indicator_code: string | null;
  method: string;
  parameters: unknown;
  period_type: string;
  period: string;
  observed: number;
  expected: number | null;
  upper_bound: number;
  /** [{ from, to }] period keys */
  baseline: unknown;
  /** string[] */
  explanation: unknown;
  /** { periods, observed, expected, upperBound } */
  series_window: unknown;
  status: Generated<string>;
  status_note: string | null;
  status_by: string | null;
  status_at: Date | null;
  detection_run_id: string;
  detected_at: Generated<Date>;
  is_demo: Generated<boolean>;
}

export type DetectionRunRow = Selectable<DetectionRunTable>;
export type AlertRow = Selectable<AlertTable>;
