import { sql } from 'kysely';
import { GENESIS_HASH, chainAuditRecord, verifyAuditChain } from '@weegschaal/core';
import type { AuditEntry, AuditVerification } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { AuditEventRow } from './audit-event.table.ts';

/** Who did it: an account, or the command line (role 'system'). */
export interface AuditActor {
  userId: string | null;
  username: string | null;
  role: string;
}

export interface AuditEventInput {
  action: string;
  resourceType: string;
  resourceId: string | null;
  details?: Record<string, unknown>;
}

// any constant works; it only has to be the same for every appender
const AUDIT_LOCK_KEY = 7_302_019;

function toEntry(row: AuditEventRow): AuditEntry {
  return {
    seq: Number(row.seq),
    occurredAt: row.occurred_at.toISOString(),
    actorUserId: row.actor_user_id,
    actorUsername: row.actor_username,
    actorRole: row.actor_role,
    action: row.action,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    details: row.details,
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}

/**
 * Appends one event to the chain. The transaction-scoped advisory lock makes appenders
 * queue, so each sees the true last entry and the chain never forks; the event commits or
 * rolls back with the change it records, because the caller's transaction is used.
 */
export async function appendAuditEvent(
  db: Executor,
  actor: AuditActor,
  event: AuditEventInput,
  at: Date,
): Promise<AuditEntry> {
  if (!db.isTransaction) {
    return db.transaction().execute((trx) => appendAuditEvent(trx, actor, event, at));
  }
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(db);
  const last = await db
    .selectFrom('audit_event')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const entry = await chainAuditRecord(last?.hash ?? GENESIS_HASH, {
    seq: last ? Number(last.seq) + 1 : 1,
    occurredAt: new Date(at.getTime()).toISOString(),
    actorUserId: actor.userId,
    actorUsername: actor.username,
    actorRole: actor.role,
    action: event.action,
    resourceType: event.resourceType,
    resourceId: event.resourceId,
    details: event.details ?? {},
  });
  await db
    .insertInto('audit_event')
    .values({
      seq: entry.seq,
      occurred_at: new Date(entry.occurredAt),
      actor_user_id: entry.actorUserId,
      actor_username: entry.actorUsername,
      actor_role: entry.actorRole,
      action: entry.action,
      resource_type: entry.resourceType,
      resource_id: entry.resourceId,
      details: JSON.stringify(entry.details),
      previous_hash: entry.previousHash,
      hash: entry.hash,
    })
    .execute();
  return entry;
}

export interface AuditQuery {
  resourceType?: string;
  resourceId?: string;
  action?: string;
  afterSeq?: number;
  limit: number;
}

export async function listAuditEvents(db: Executor, query: AuditQuery): Promise<AuditEntry[]> {
  let q = db.selectFrom('audit_event').selectAll().orderBy('seq', 'asc').limit(query.limit);
  if (query.resourceType) q = q.where('resource_type', '=', query.resourceType);
  if (query.resourceId) q = q.where('resource_id', '=', query.resourceId);
  if (query.action) q = q.where('action', '=', query.action);
  if (query.afterSeq !== undefined) q = q.where('seq', '>', query.afterSeq);
  return (await q.execute()).map(toEntry);
}

export async function countAuditEvents(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('audit_event')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Verifies the whole chain in pages, so that a long log does not have to fit in memory. */
export async function verifyAuditLog(db: Executor, pageSize = 2000): Promise<AuditVerification> {
  let after = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('seq', '>', after.seq)
      .orderBy('seq', 'asc')
      .limit(pageSize)
      .execute();
    const page = await verifyAuditChain(rows.map(toEntry), after);
    checked += page.checked;
    if (!page.ok) return { ...page, checked };
    if (rows.length < pageSize) return { ...page, checked };
    const last = rows.at(-1)!;
    after = { seq: Number(last.seq), hash: last.hash };
  }
}
