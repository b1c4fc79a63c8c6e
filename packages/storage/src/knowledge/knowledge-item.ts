import { notFound } from '@weegschaal/core';
import type { KnowledgeItemType, KnowledgeLinkTarget } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import { appendAuditEvent } from '../audit/audit-event.repository.ts';
import type { AuditActor } from '../audit/audit-event.repository.ts';
import { replaceLinks } from './knowledge-link.repository.ts';

const ITEM = {
  dossier: { table: 'knowledge_dossier', resource: 'dossier', noun: 'Dossier' },
  lesson: { table: 'lesson_learned', resource: 'lesson-learned', noun: 'Lesson learned' },
  playbook: { table: 'playbook', resource: 'playbook', noun: 'Playbook' },
} as const satisfies Record<KnowledgeItemType, { table: string; resource: string; noun: string }>;

export interface KnowledgeItemWrite {
  type: KnowledgeItemType;
  /** the item's own columns (snake_case), already validated */
  values: Record<string, unknown>;
  links: readonly KnowledgeLinkTarget[];
  /** what the audit entry says about the change */
  details: Record<string, unknown>;
}

/**
 * Creates (id null) or replaces a dossier, lesson or playbook with its links, and records the
 * change in the audit trail: one write path for the three kinds, inside the caller's
 * transaction. Returns the id.
 */
export async function writeKnowledgeItem(
  db: Executor,
  actor: AuditActor,
  id: string | null,
  item: KnowledgeItemWrite,
  now: Date,
  options: { demo?: boolean; id?: string } = {},
): Promise<string> {
  const { table, resource, noun } = ITEM[item.type];
  let itemId: string;
  if (id === null) {
    const row = await db
      .insertInto(table)
      // the three tables share these columns; the rest are the item's own, typed by the
      // repository that built them (Kysely cannot type an insert into a union of tables)
      .values({
        ...item.values,
        ...(options.id ? { id: options.id } : {}),
        is_demo: options.demo ?? false,
        created_at: now,
        updated_at: now,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    itemId = row.id;
  } else {
    const updated = await db
      .updateTable(table)
      .set({ ...item.values, updated_at: now } as never)
      .where('id', '=', id)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw notFound(noun, id);
    itemId = id;
  }
  await replaceLinks(db, { type: item.type, id: itemId }, item.links);
  await appendAuditEvent(
    db,
    actor,
    {
      action: `${resource}.${id === null ? 'created' : 'updated'}`,
      resourceType: resource,
      resourceId: itemId,
      details: item.details,
    },
    now,
  );
  return itemId;
}
