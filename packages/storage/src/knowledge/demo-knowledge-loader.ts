import { createHash } from 'node:crypto';
import { demoKnowledge } from '@weegschaal/core';
import type { KnowledgeLinkTarget } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { AuditActor } from '../audit/audit-event.repository.ts';
import { createDossier } from './dossier.repository.ts';
import { createLesson } from './lesson-learned.repository.ts';
import { createPlaybook } from './playbook.repository.ts';

const DEMO_ACTOR: AuditActor = { userId: null, username: 'demo', role: 'system' };

/** A stable id per demo key, so that a second load finds and replaces the same record. */
function demoId(kind: string, key: string): string {
  const hex = createHash('sha256').update(`weegschaal-demo-knowledge:${kind}:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface DemoKnowledgeLoadReport {
  dossiers: number;
  lessons: number;
  playbooks: number;
}

async function exists(
  db: Executor,
  table: 'knowledge_dossier' | 'lesson_learned' | 'playbook',
  id: string,
) {
  return (
    (await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()) !== undefined
  );
}

/** Links to fiches only when that fiche version was loaded (public-data-only databases lack them). */
async function presentLinks(
  db: Executor,
  links: KnowledgeLinkTarget[],
): Promise<KnowledgeLinkTarget[]> {
  const kept: KnowledgeLinkTarget[] = [];
  for (const link of links) {
    if (link.type === 'fiche') {
      const found = await db
        .selectFrom('fiche_version')
        .select('version')
        .where('measure_code', '=', link.measureCode)
        .where('level', '=', link.level)
        .where('version', '=', link.version)
        .executeTakeFirst();
      if (!found) continue;
    } else if (link.type === 'measure') {
      const found = await db
        .selectFrom('measure')
        .select('code')
        .where('code', '=', link.measureCode)
        .executeTakeFirst();
      if (!found) continue;
    }
    kept.push(link);
  }
  return kept;
}

/**
 * Loads the demo dossiers, lessons and playbooks (labelled demo). Records that exist are
 * left as they are, so a second load changes nothing and edits made in the demo survive.
 */
export async function loadDemoKnowledge(db: Executor, now: Date): Promise<DemoKnowledgeLoadReport> {
  const demo = demoKnowledge();
  for (const { key, ...input } of demo.dossiers) {
    const id = demoId('dossier', key);
    if (await exists(db, 'knowledge_dossier', id)) continue;
    await createDossier(
      db,
      DEMO_ACTOR,
      { ...input, links: await presentLinks(db, input.links) },
      now,
      { demo: true, id },
    );
  }
  for (const { key, dossierKey, ...input } of demo.lessons) {
    const id = demoId('lesson', key);
    if (await exists(db, 'lesson_learned', id)) continue;
    const dossierId = dossierKey ? demoId('dossier', dossierKey) : null;
    await createLesson(
      db,
      DEMO_ACTOR,
      { ...input, dossierId, links: await presentLinks(db, input.links) },
      now,
      { demo: true, id },
    );
  }
  for (const { key, ...input } of demo.playbooks) {
    const id = demoId('playbook', key);
    if (await exists(db, 'playbook', id)) continue;
    await createPlaybook(
      db,
      DEMO_ACTOR,
      { ...input, links: await presentLinks(db, input.links) },
      now,
      { demo: true, id },
    );
  }
  return {
    dossiers: demo.dossiers.length,
    lessons: demo.lessons.length,
    playbooks: demo.playbooks.length,
  };
}
