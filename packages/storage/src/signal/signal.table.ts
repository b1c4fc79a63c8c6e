import type { ColumnType, Generated, Selectable } from 'kysely';

/** jsonb: read as the value, written as JSON text (both drivers take text for jsonb). */
type Json<T> = ColumnType<T, string, string>;

export interface SignalTable {
  id: Generated<string>;
  reference: string;
  circle_id: string | null;
  reporter_pseudonym: string;
  /** scrubbed text only; null after the retention period */
  text: string | null;
  scrub_report: Json<{ total: number; masked: { kind: string; count: number }[] }>;
  region_code: string;
  gemeente_code: string;
  wijk_code: string | null;
  /** date: both drivers are set to read it as YYYY-MM-DD */
  observed_on: string;
  domain: string;
  target_group: string;
  people_count: number | null;
  knowledge_source: string;
  status: string;
  urgency: string | null;
  assignee_account_id: string | null;
  due_at: Date | null;
  interpretation: string | null;
  linked_indicator_codes: Json<string[]>;
  cluster_id: string | null;
  is_demo: Generated<boolean>;
  created_at: Date;
  text_deleted_at: Date | null;
}

export interface SignalEventTable {
  id: Generated<string>;
  signal_id: string;
  kind: string;
  from_status: string | null;
  to_status: string | null;
  actor_account_id: string | null;
  actor_pseudonym: string | null;
  note: string | null;
  at: Date;
  seq: Generated<number>;
}

export interface SignalClusterTable {
  id: Generated<string>;
  reference: string;
  gemeente_code: string;
  domain: string;
  explanation: string;
  is_demo: Generated<boolean>;
  created_at: Date;
}

export type SignalRow = Selectable<SignalTable>;
export type SignalEventRow = Selectable<SignalEventTable>;
export type SignalClusterRow = Selectable<SignalClusterTable>;
