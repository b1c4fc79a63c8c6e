import { notFound, validateDossier } from '@weegschaal/core';
import type { Dossier, DossierInput } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { AuditActor } from '../audit/audit-event.repository.ts';
import { linksOf } from './knowledge-link.repository.ts';
import { writeKnowledgeItem } from './knowledge-item.ts';
import type { KnowledgeItemWrite } from './knowledge-item.ts';
import type { KnowledgeDossierRow } from './knowledge.table.ts';

function toDossier(row: KnowledgeDossierRow, links: Dossier['links']): Dossier {
  return {
    id: row.id,
    title: row.title,
    theme: row.theme,
    summary: row.summary,
    strategicAdvice: row.strategic_advice,
    owner: row.owner,
    reviewBy: row.review_by,
    links,
    demo: row.is_demo,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function write(input: DossierInput): KnowledgeItemWrite {
  const values = {
    title: input.title,
    theme: input.theme,
    summary: input.summary,
    strategic_advice: input.strategicAdvice,
    owner: input.owner,
    review_by: input.reviewBy,
  } satisfies Partial<KnowledgeDossierRow>;
  return { type: 'dossier', values, links: input.links, details: { title: input.title } };
}

export async function listDossiers(db: Executor): Promise<Dossier[]> {
  const rows = await db
    .selectFrom('knowledge_dossier')
    .selectAll()
    .orderBy('theme')
    .orderBy('title')
    .execute();
  const links = await linksOf(
    db,
    'dossier',
    rows.map((r) => r.id),
  );
  return rows.map((r) => toDossier(r, links.get(r.id) ?? []));
}

export async function getDossier(db: Executor, id: string): Promise<Dossier> {
  const row = await db
    .selectFrom('knowledge_dossier')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Dossier', id);
  return toDossier(row, (await linksOf(db, 'dossier', [id])).get(id) ?? []);
}

/** Creates a dossier with its links, recorded in the audit trail; `id` only for demo keys. */
export async function createDossier(
  db: Executor,
  actor: AuditActor,
  input: DossierInput,
  now: Date,
  options: { demo?: boolean; id?: string } = {},
): Promise<Dossier> {
  validateDossier(input);
  const id = await writeKnowledgeItem(db, actor, null, write(input), now, options);
  return getDossier(db, id);
}

export async function updateDossier(
  db: Executor,
  actor: AuditActor,
  id: string,
  input: DossierInput,
  now: Date,
): Promise<Dossier> {
  validateDossier(input);
  await writeKnowledgeItem(db, actor, id, write(input), now);
  return getDossier(db, id);
}
