import {
  assertValidDialogueDefinition,
  assertValidDialogueResponse,
  criterionLeaves,
  notFound,
} from '@weegschaal/core';
import type {
  Dialogue,
  DialogueDefinition,
  DialogueGroup,
  DialogueResponse,
  DialogueStatus,
  DilemmaAnswer,
} from '@weegschaal/core';
import type { Executor } from '../database.ts';
import { getFramework } from '../framework/framework.repository.ts';
import type { WeighingDialogueRow, WeighingDilemmaRow } from './dialogue.table.ts';

const UUID = /^[0-9a-f-]{36}$/i;

function toDialogue(
  row: WeighingDialogueRow,
  dilemmas: readonly WeighingDilemmaRow[],
  participants: number,
): Dialogue {
  return {
    id: row.id,
    frameworkId: row.framework_id,
    titleNl: row.title_nl,
    titleEn: row.title_en,
    // jsonb comes back parsed from both drivers; it was validated before it was written
    criterionIds: row.criterion_ids as string[],
    groups: row.participant_groups as DialogueGroup[],
    dilemmas: dilemmas.map((d) => ({
      id: d.dilemma_id,
      criterionA: d.criterion_a,
      criterionB: d.criterion_b,
      questionNl: d.question_nl,
      questionEn: d.question_en,
    })),
    status: row.status,
    author: row.author,
    createdAt: new Date(row.created_at).toISOString(),
    participants,
    demo: row.is_demo,
  };
}

export async function listDialogues(
  db: Executor,
  filter: { frameworkId?: string } = {},
): Promise<Dialogue[]> {
  let query = db.selectFrom('weighing_dialogue').selectAll();
  if (filter.frameworkId !== undefined) {
    if (!UUID.test(filter.frameworkId)) return [];
    query = query.where('framework_id', '=', filter.frameworkId);
  }
  const rows = await query.orderBy('created_at', 'desc').orderBy('id').execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const dilemmas = await db
    .selectFrom('weighing_dilemma')
    .selectAll()
    .where('dialogue_id', 'in', ids)
    .orderBy('position')
    .execute();
  const counts = await db
    .selectFrom('weighing_dialogue_participant')
    .select(['dialogue_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('dialogue_id', 'in', ids)
    .groupBy('dialogue_id')
    .execute();
  const countOf = new Map(counts.map((c) => [c.dialogue_id, Number(c.n)]));
  return rows.map((r) =>
    toDialogue(
      r,
      dilemmas.filter((d) => d.dialogue_id === r.id),
      countOf.get(r.id) ?? 0,
    ),
  );
}

export async function getDialogue(db: Executor, id: string): Promise<Dialogue> {
  if (!UUID.test(id)) throw notFound("Citizens' dialogue", id);
  const row = await db
    .selectFrom('weighing_dialogue')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound("Citizens' dialogue", id);
  const dilemmas = await db
    .selectFrom('weighing_dilemma')
    .selectAll()
    .where('dialogue_id', '=', id)
    .orderBy('position')
    .execute();
  const { n } = await db
    .selectFrom('weighing_dialogue_participant')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('dialogue_id', '=', id)
    .executeTakeFirstOrThrow();
  return toDialogue(row, dilemmas, Number(n));
}

/** A new open dialogue on a framework version; its criteria must be leaves of that version. */
export async function createDialogue(
  db: Executor,
  frameworkId: string,
  definition: DialogueDefinition & { author: string; demo: boolean },
): Promise<Dialogue> {
  const framework = await getFramework(db, frameworkId);
  assertValidDialogueDefinition(
    definition,
    criterionLeaves(framework.tree).map((l) => l.id),
  );
  const row = await db
    .insertInto('weighing_dialogue')
    .values({
      framework_id: framework.id,
      title_nl: definition.titleNl,
      title_en: definition.titleEn,
      criterion_ids: JSON.stringify(definition.criterionIds),
      participant_groups: JSON.stringify(definition.groups),
      status: 'open',
      author: definition.author,
      is_demo: definition.demo,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (definition.dilemmas.length > 0)
    await db
      .insertInto('weighing_dilemma')
      .values(
        definition.dilemmas.map((d, position) => ({
          dialogue_id: row.id,
          dilemma_id: d.id,
          position,
          criterion_a: d.criterionA,
          criterion_b: d.criterionB,
          question_nl: d.questionNl,
          question_en: d.questionEn,
        })),
      )
      .execute();
  return getDialogue(db, row.id);
}

export async function setDialogueStatus(
  db: Executor,
  id: string,
  status: DialogueStatus,
): Promise<Dialogue> {
  await getDialogue(db, id);
  await db.updateTable('weighing_dialogue').set({ status }).where('id', '=', id).execute();
  return getDialogue(db, id);
}

/** Stores one participant's answers, all or none; the participant is only a random id. */
export async function submitDialogueResponse(
  db: Executor,
  id: string,
  response: DialogueResponse,
): Promise<{ participantId: string; answers: number }> {
  const dialogue = await getDialogue(db, id);
  assertValidDialogueResponse(dialogue, response);
  const participant = await db
    .insertInto('weighing_dialogue_participant')
    .values({ dialogue_id: id, group_code: response.groupCode })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('weighing_dilemma_answer')
    .values(
      response.answers.map((a) => ({
        participant_id: participant.id,
        dialogue_id: id,
        dilemma_id: a.dilemmaId,
        choice: a.choice,
        // 'equal' has no strength; 1 is its neutral value
        strength: a.choice === 'equal' ? 1 : a.strength,
      })),
    )
    .execute();
  return { participantId: participant.id, answers: response.answers.length };
}

export async function listDialogueAnswers(db: Executor, id: string): Promise<DilemmaAnswer[]> {
  const rows = await db
    .selectFrom('weighing_dilemma_answer as a')
    .innerJoin('weighing_dialogue_participant as p', 'p.id', 'a.participant_id')
    .select(['a.participant_id', 'p.group_code', 'a.dilemma_id', 'a.choice', 'a.strength'])
    .where('a.dialogue_id', '=', id)
    .orderBy('p.submitted_at')
    .orderBy('a.participant_id')
    .orderBy('a.dilemma_id')
    .execute();
  return rows.map((r) => ({
    participantId: r.participant_id,
    groupCode: r.group_code,
    dilemmaId: r.dilemma_id,
    choice: r.choice,
    strength: r.strength,
  }));
}
