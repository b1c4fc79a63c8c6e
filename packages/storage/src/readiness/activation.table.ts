import type { Generated, Selectable } from 'kysely';

export interface ActivationTable {
  id: Generated<string>;
  mode: string;
  started_at: Date;
  finished_at: Date | null;
  started_by: string;
  note: Generated<string>;
  committee_total: number;
  secretariat_total: number;
  /** ActivationTimings as JSON, fixed when the activation finishes */
  timings: unknown;
  is_demo: Generated<boolean>;
}

/** The outbox of call-ups: one row per person called, with when and on which channel. */
export interface CallUpTable {
  id: Generated<string>;
  activation_id: string;
  target_kind: string;
  target_id: string;
  target_title: string;
  role_kind: string | null;
  person_name: string;
  channel: string;
  address: string;
  sent_at: Date;
  confirmed_at: Date | null;
  confirmed_by: string | null;
}

export interface OrganisationStateChangeTable {
  id: Generated<number>;
  state: string;
  event: string;
  changed_at: Date;
  changed_by: string;
  activation_id: string | null;
}

export type ActivationRow = Selectable<ActivationTable>;
export type CallUpRow = Selectable<CallUpTable>;
export type OrganisationStateChangeRow = Selectable<OrganisationStateChangeTable>;
