import type { ColumnType, Selectable } from 'kysely';

export interface AuditEventTable {
  seq: number;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_username: string | null;
  actor_role: string;
  action: string;
  resource_type: string;
  resource_id: string | null;
  details: ColumnType<Record<string, unknown>, string, never>;
  previous_hash: string;
  hash: string;
}

export type AuditEventRow = Selectable<AuditEventTable>;
