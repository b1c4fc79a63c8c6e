import { sql } from 'kysely';
import { invalidInput, isSourceKind, isTargetGroup, notFound } from '@weegschaal/core';
import type { PracticeCircle, PracticeCircleDraft } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { PracticeCircleRow } from './practice-circle.table.ts';

function toCircle(row: PracticeCircleRow, memberCount: number): PracticeCircle {
  if (!isSourceKind(row.source_kind))
    throw new Error(`source kind '${row.source_kind}' in the database is unknown`);
  if (row.target_group !== null && !isTargetGroup(row.target_group))
    throw new Error(`target group '${row.target_group}' in the database is unknown`);
  return {
    id: row.id,
    code: row.code,
    nameNl: row.name_nl,
    nameEn: row.name_en,
    targetGroup: row.target_group,
    sourceKind: row.source_kind,
    memberOrganisations: row.member_organisations,
    description: row.description,
    demo: row.is_demo,
    memberCount,
  };
}

function circleQuery(db: Executor) {
  return db
    .selectFrom('practice_circle')
    .selectAll('practice_circle')
    .select((eb) =>
      eb
        .selectFrom('practice_circle_member')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('practice_circle_member.circle_id', '=', 'practice_circle.id')
        .as('member_count'),
    );
}

export async function listPracticeCircles(db: Executor): Promise<PracticeCircle[]> {
  const rows = await circleQuery(db).orderBy('practice_circle.code').execute();
  return rows.map((r) => toCircle(r, Number(r.member_count ?? 0)));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** By id or by code. */
export async function getPracticeCircle(db: Executor, idOrCode: string): Promise<PracticeCircle> {
  const row = await circleQuery(db)
    .where(UUID.test(idOrCode) ? 'practice_circle.id' : 'practice_circle.code', '=', idOrCode)
    .executeTakeFirst();
  if (!row) throw notFound('Practice circle', idOrCode);
  return toCircle(row, Number(row.member_count ?? 0));
}

export async function createPracticeCircle(
  db: Executor,
  draft: PracticeCircleDraft,
  demo = false,
): Promise<PracticeCircle> {
  const taken = await db
    .selectFrom('practice_circle')
    .select('id')
    .where('code', '=', draft.code)
    .executeTakeFirst();
  if (taken)
    throw invalidInput(`A practice circle with code '${draft.code}' exists already.`, [
      { name: 'body.code', reason: 'already in use', value: draft.code },
    ]);
  const row = await db
    .insertInto('practice_circle')
    .values({
      code: draft.code,
      name_nl: draft.nameNl,
      name_en: draft.nameEn,
      target_group: draft.targetGroup,
      source_kind: draft.sourceKind,
      member_organisations: JSON.stringify(draft.memberOrganisations),
      description: draft.description,
      is_demo: demo,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return getPracticeCircle(db, row.id);
}

export async function updatePracticeCircle(
  db: Executor,
  id: string,
  patch: Partial<Omit<PracticeCircleDraft, 'code'>>,
): Promise<PracticeCircle> {
  await getPracticeCircle(db, id);
  const values = {
    ...(patch.nameNl !== undefined ? { name_nl: patch.nameNl } : {}),
    ...(patch.nameEn !== undefined ? { name_en: patch.nameEn } : {}),
    ...(patch.targetGroup !== undefined ? { target_group: patch.targetGroup } : {}),
    ...(patch.sourceKind !== undefined ? { source_kind: patch.sourceKind } : {}),
    ...(patch.memberOrganisations !== undefined
      ? { member_organisations: JSON.stringify(patch.memberOrganisations) }
      : {}),
    ...(patch.description !== undefined ? { description: patch.description } : {}),
  };
  if (Object.keys(values).length > 0)
    await db.updateTable('practice_circle').set(values).where('id', '=', id).execute();
  return getPracticeCircle(db, id);
}

export interface PracticeCircleMember {
  accountId: string;
  username: string;
  displayName: string;
  role: string;
}

export async function listPracticeCircleMembers(
  db: Executor,
  circleId: string,
): Promise<PracticeCircleMember[]> {
  await getPracticeCircle(db, circleId);
  const rows = await db
    .selectFrom('practice_circle_member')
    .innerJoin('user_account', 'user_account.id', 'practice_circle_member.account_id')
    .select([
      'user_account.id',
      'user_account.username',
      'user_account.display_name',
      'user_account.role',
    ])
    .where('practice_circle_member.circle_id', '=', circleId)
    .orderBy('user_account.username')
    .execute();
  return rows.map((r) => ({
    accountId: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
  }));
}

export async function addPracticeCircleMember(
  db: Executor,
  circleId: string,
  accountId: string,
): Promise<void> {
  await getPracticeCircle(db, circleId);
  const account = await db
    .selectFrom('user_account')
    .select('id')
    .where('id', '=', accountId)
    .executeTakeFirst();
  if (!account) throw notFound('Account', accountId);
  await db
    .insertInto('practice_circle_member')
    .values({ circle_id: circleId, account_id: accountId })
    .onConflict((oc) => oc.columns(['circle_id', 'account_id']).doNothing())
    .execute();
}

export async function removePracticeCircleMember(
  db: Executor,
  circleId: string,
  accountId: string,
): Promise<void> {
  const result = await db
    .deleteFrom('practice_circle_member')
    .where('circle_id', '=', circleId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0)
    throw notFound('Practice circle membership', `${circleId}/${accountId}`);
}

/** The circles an account reports for: a reporter's signal is filed under the first. */
export async function circlesOfAccount(db: Executor, accountId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('practice_circle_member')
    .select('circle_id')
    .where('account_id', '=', accountId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => r.circle_id);
}
