import { notFound, validateLesson } from '@weegschaal/core';
import type { LessonInput, LessonLearned, LessonStatus } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { AuditActor } from '../audit/audit-event.repository.ts';
import { linksOf } from './knowledge-link.repository.ts';
import { writeKnowledgeItem } from './knowledge-item.ts';
import type { KnowledgeItemWrite } from './knowledge-item.ts';
import type { LessonLearnedRow } from './knowledge.table.ts';

function toLesson(row: LessonLearnedRow, links: LessonLearned['links']): LessonLearned {
  return {
    id: row.id,
    title: row.title,
    whatHappened: row.what_happened,
    whatWeLearned: row.what_we_learned,
    followUp: row.follow_up,
    followUpOwner: row.follow_up_owner,
    status: row.status as LessonStatus,
    occurredOn: row.occurred_on,
    dossierId: row.dossier_id,
    links,
    demo: row.is_demo,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function write(input: LessonInput): KnowledgeItemWrite {
  const values = {
    title: input.title,
    what_happened: input.whatHappened,
    what_we_learned: input.whatWeLearned,
    follow_up: input.followUp,
    follow_up_owner: input.followUpOwner,
    status: input.status,
    occurred_on: input.occurredOn,
    dossier_id: input.dossierId,
  } satisfies Partial<LessonLearnedRow>;
  const details = { title: input.title, status: input.status };
  return { type: 'lesson', values, links: input.links, details };
}

async function checkDossier(db: Executor, dossierId: string | null): Promise<void> {
  if (dossierId === null) return;
  const found = await db
    .selectFrom('knowledge_dossier')
    .select('id')
    .where('id', '=', dossierId)
    .executeTakeFirst();
  if (!found) throw notFound('Dossier', dossierId);
}

export async function listLessons(
  db: Executor,
  filter: { status?: LessonStatus; dossierId?: string } = {},
): Promise<LessonLearned[]> {
  let query = db.selectFrom('lesson_learned').selectAll();
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.dossierId) query = query.where('dossier_id', '=', filter.dossierId);
  const rows = await query.orderBy('occurred_on', 'desc').orderBy('title').execute();
  const links = await linksOf(
    db,
    'lesson',
    rows.map((r) => r.id),
  );
  return rows.map((r) => toLesson(r, links.get(r.id) ?? []));
}

export async function getLesson(db: Executor, id: string): Promise<LessonLearned> {
  const row = await db
    .selectFrom('lesson_learned')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Lesson learned', id);
  return toLesson(row, (await linksOf(db, 'lesson', [id])).get(id) ?? []);
}

export async function createLesson(
  db: Executor,
  actor: AuditActor,
  input: LessonInput,
  now: Date,
  options: { demo?: boolean; id?: string } = {},
): Promise<LessonLearned> {
  validateLesson(input);
  await checkDossier(db, input.dossierId);
  const id = await writeKnowledgeItem(db, actor, null, write(input), now, options);
  return getLesson(db, id);
}

export async function updateLesson(
  db: Executor,
  actor: AuditActor,
  id: string,
  input: LessonInput,
  now: Date,
): Promise<LessonLearned> {
  validateLesson(input);
  await checkDossier(db, input.dossierId);
  await writeKnowledgeItem(db, actor, id, write(input), now);
  return getLesson(db, id);
}
