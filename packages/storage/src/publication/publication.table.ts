import type { ColumnType, Generated, Selectable } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

export interface PublicationTable {
  id: Generated<string>;
  document_type: string;
  title: string;
  summary: string;
  content: string;
  source_ref: string | null;
  embargo_until: Date;
  required_approvals: Json<{ role: string; department: string | null }[]>;
  targets: Json<string[]>;
  woo: Json<Record<string, string>>;
  scheduled_by: string | null;
  scheduled_at: Date;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
  withdrawal_reason: string | null;
  is_demo: Generated<boolean>;
}

export interface PublicationApprovalTable {
  publication_id: string;
  role: string;
  department: string | null;
  user_id: string;
  username: string;
  approved_at: Date;
}

export type PublicationRow = Selectable<PublicationTable>;
export type PublicationApprovalRow = Selectable<PublicationApprovalTable>;
