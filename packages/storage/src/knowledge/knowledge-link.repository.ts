import { invalidInput } from '@weegschaal/core';
import type {
  InvalidParam,
  KnowledgeItemType,
  KnowledgeLink,
  KnowledgeLinkTarget,
} from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { KnowledgeLinkRow } from './knowledge.table.ts';

const OWNER_COLUMN = {
  dossier: 'dossier_id',
  lesson: 'lesson_id',
  playbook: 'playbook_id',
} as const satisfies Record<KnowledgeItemType, string>;

/** Why a link target does not exist, or null when it does. */
async function missingTarget(db: Executor, target: KnowledgeLinkTarget): Promise<string | null> {
  switch (target.type) {
    case 'measure': {
      const found = await db
        .selectFrom('measure')
        .select('code')
        .where('code', '=', target.measureCode)
        .executeTakeFirst();
      return found ? null : `no measure ${target.measureCode}`;
    }
    case 'fiche': {
      const found = await db
        .selectFrom('fiche_version')
        .select('version')
        .where('measure_code', '=', target.measureCode)
        .where('level', '=', target.level)
        .where('version', '=', target.version)
        .executeTakeFirst();
      return found
        ? null
        : `no fiche ${target.measureCode} level ${target.level} version ${target.version}`;
    }
    case 'advice-request': {
      const found = await db
        .selectFrom('advice_request')
        .select('id')
        .where('id', '=', target.id)
        .executeTakeFirst();
      return found ? null : `no advice request ${target.id}`;
    }
    case 'advisory-report': {
      const found = await db
        .selectFrom('advisory_report')
        .select('id')
        .where('id', '=', target.id)
        .executeTakeFirst();
      return found ? null : `no advisory report ${target.id}`;
    }
    default: {
      const unreachable: never = target;
      throw new Error(`unknown link target ${JSON.stringify(unreachable)}`);
    }
  }
}

/** Replaces the links of one item; every target must exist (the error names which does not). */
export async function replaceLinks(
  db: Executor,
  owner: { type: KnowledgeItemType; id: string },
  targets: readonly KnowledgeLinkTarget[],
): Promise<void> {
  const params: InvalidParam[] = [];
  for (const [i, target] of targets.entries()) {
    const reason = await missingTarget(db, target);
    if (reason) params.push({ name: `links[${i}]`, reason, value: target });
  }
  if (params.length > 0)
    throw invalidInput('A link points at something that does not exist.', params);
  const column = OWNER_COLUMN[owner.type];
  await db.deleteFrom('knowledge_link').where(column, '=', owner.id).execute();
  if (targets.length === 0) return;
  await db
    .insertInto('knowledge_link')
    .values(
      targets.map((target, position) => ({
        dossier_id: owner.type === 'dossier' ? owner.id : null,
        lesson_id: owner.type === 'lesson' ? owner.id : null,
        playbook_id: owner.type === 'playbook' ? owner.id : null,
        position,
        target_type: target.type,
        measure_code:
          target.type === 'measure' || target.type === 'fiche' ? target.measureCode : null,
        fiche_level: target.type === 'fiche' ? target.level : null,
        fiche_version: target.type === 'fiche' ? target.version : null,
        advice_request_id: target.type === 'advice-request' ? target.id : null,
        advisory_report_id: target.type === 'advisory-report' ? target.id : null,
      })),
    )
    .execute();
}

type LabelledRow = KnowledgeLinkRow & {
  measure_name: string | null;
  request_title: string | null;
  report_body: string | null;
  report_request_title: string | null;
};

function toLink(row: LabelledRow): KnowledgeLink {
  switch (row.target_type) {
    case 'measure':
      return {
        target: { type: 'measure', measureCode: row.measure_code! },
        label: row.measure_name ?? row.measure_code!,
      };
    case 'fiche':
      return {
        target: {
          type: 'fiche',
          measureCode: row.measure_code!,
          level: row.fiche_level!,
          version: row.fiche_version!,
        },
        label: row.measure_name ?? row.measure_code!,
      };
    case 'advice-request':
      return {
        target: { type: 'advice-request', id: row.advice_request_id! },
        label: row.request_title ?? row.advice_request_id!,
      };
    case 'advisory-report':
      // the report's own title may be confidential; its body and request title are not
      return {
        target: { type: 'advisory-report', id: row.advisory_report_id! },
        label: `${row.report_body ?? ''} — ${row.report_request_title ?? ''}`,
      };
    default:
      throw new Error(`knowledge_link ${row.id} has unknown target type ${row.target_type}`);
  }
}

/** The links of the given items, labelled, in their stored order. */
export async function linksOf(
  db: Executor,
  type: KnowledgeItemType,
  ids: readonly string[],
): Promise<Map<string, KnowledgeLink[]>> {
  const result = new Map<string, KnowledgeLink[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return result;
  const column = OWNER_COLUMN[type];
  const rows = await db
    .selectFrom('knowledge_link as l')
    .leftJoin('measure as m', 'm.code', 'l.measure_code')
    .leftJoin('advice_request as q', 'q.id', 'l.advice_request_id')
    .leftJoin('advisory_report as r', 'r.id', 'l.advisory_report_id')
    .leftJoin('advice_request as rq', 'rq.id', 'r.request_id')
    .selectAll('l')
    .select([
      'm.name_nl as measure_name',
      'q.title as request_title',
      'r.body as report_body',
      'rq.title as report_request_title',
    ])
    .where(`l.${column}`, 'in', [...ids])
    .orderBy('l.position')
    .execute();
  for (const row of rows) {
    const owner = row[column];
    if (owner) result.get(owner)?.push(toLink(row));
  }
  return result;
}
