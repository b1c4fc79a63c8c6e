import { amsterdamDate, notFound, reviewState, validatePlaybook } from '@weegschaal/core';
import type { Playbook, PlaybookInput, PlaybookKind } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { AuditActor } from '../audit/audit-event.repository.ts';
import { linksOf } from './knowledge-link.repository.ts';
import { writeKnowledgeItem } from './knowledge-item.ts';
import type { KnowledgeItemWrite } from './knowledge-item.ts';
import type { PlaybookRow } from './knowledge.table.ts';

function toPlaybook(row: PlaybookRow, links: Playbook['links'], today: string): Playbook {
  return {
    id: row.id,
    kind: row.kind as PlaybookKind,
    title: row.title,
    sector: row.sector,
    owner: row.owner,
    body: row.body,
    reviewBy: row.review_by,
    lastReviewedOn: row.last_reviewed_on,
    links,
    demo: row.is_demo,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    review: reviewState(row.review_by, today),
  };
}

function write(input: PlaybookInput): KnowledgeItemWrite {
  const values = {
    kind: input.kind,
    title: input.title,
    sector: input.sector,
    owner: input.owner,
    body: input.body,
    review_by: input.reviewBy,
    last_reviewed_on: input.lastReviewedOn,
  } satisfies Partial<PlaybookRow>;
  const details = { title: input.title, kind: input.kind, reviewBy: input.reviewBy };
  return { type: 'playbook', values, links: input.links, details };
}

/** Playbooks, plans and protocols; `today` decides which are stale (review date passed). */
export async function listPlaybooks(
  db: Executor,
  today: string,
  filter: { kind?: PlaybookKind; staleOnly?: boolean } = {},
): Promise<Playbook[]> {
  let query = db.selectFrom('playbook').selectAll();
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.staleOnly) query = query.where('review_by', '<', today);
  const rows = await query.orderBy('review_by').orderBy('title').execute();
  const links = await linksOf(
    db,
    'playbook',
    rows.map((r) => r.id),
  );
  return rows.map((r) => toPlaybook(r, links.get(r.id) ?? [], today));
}

export async function getPlaybook(db: Executor, id: string, today: string): Promise<Playbook> {
  const row = await db.selectFrom('playbook').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Playbook', id);
  return toPlaybook(row, (await linksOf(db, 'playbook', [id])).get(id) ?? [], today);
}

export async function createPlaybook(
  db: Executor,
  actor: AuditActor,
  input: PlaybookInput,
  now: Date,
  options: { demo?: boolean; id?: string } = {},
): Promise<Playbook> {
  validatePlaybook(input);
  const id = await writeKnowledgeItem(db, actor, null, write(input), now, options);
  return getPlaybook(db, id, amsterdamDate(now));
}

export async function updatePlaybook(
  db: Executor,
  actor: AuditActor,
  id: string,
  input: PlaybookInput,
  now: Date,
): Promise<Playbook> {
  validatePlaybook(input);
  await writeKnowledgeItem(db, actor, id, write(input), now);
  return getPlaybook(db, id, amsterdamDate(now));
}
