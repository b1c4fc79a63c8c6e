import {
  READINESS_ITEM_KINDS,
  amsterdamDate,
  assessReadiness,
  notFound,
  validateReadinessItem,
} from '@weegschaal/core';
import type {
  ReadinessEvidence,
  ReadinessItem,
  ReadinessItemInput,
  ReadinessSummary,
} from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { ReadinessItemRow } from './readiness-item.table.ts';
import { oneOf, replacement } from './organisation.repository.ts';
import {
  listCommitteeRoles,
  listExperts,
  listSecondmentAgreements,
  listSecretariatPositions,
} from './organisation.repository.ts';

function toItem(row: ReadinessItemRow): ReadinessItem {
  return {
    id: row.id,
    kind: oneOf(READINESS_ITEM_KINDS, row.kind, 'readiness item kind'),
    title: row.title,
    owner: row.owner,
    intervalMonths: row.interval_months,
    lastReviewedOn: row.last_reviewed_on,
    demo: row.is_demo,
  };
}

export const readinessItemColumns = (i: ReadinessItemInput) => ({
  kind: i.kind,
  title: i.title,
  owner: i.owner,
  interval_months: i.intervalMonths,
  last_reviewed_on: i.lastReviewedOn,
  is_demo: i.demo,
});

export async function listReadinessItems(db: Executor): Promise<ReadinessItem[]> {
  const rows = await db
    .selectFrom('readiness_item')
    .selectAll()
    .orderBy('title')
    .orderBy('id')
    .execute();
  return rows.map(toItem);
}

export async function saveReadinessItem(
  db: Executor,
  input: ReadinessItemInput,
  id: string | null = null,
): Promise<ReadinessItem> {
  validateReadinessItem(input);
  const values = readinessItemColumns(input);
  const row = id
    ? await db
        .updateTable('readiness_item')
        .set(replacement(values))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst()
    : await db.insertInto('readiness_item').values(values).returningAll().executeTakeFirstOrThrow();
  if (!row) throw notFound('Readiness item', id ?? '');
  return toItem(row);
}

/** The owner confirms the item holds: its review date becomes `today`. */
export async function markReadinessItemReviewed(
  db: Executor,
  id: string,
  today: string,
): Promise<ReadinessItem> {
  const row = await db
    .updateTable('readiness_item')
    .set({ last_reviewed_on: today })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw notFound('Readiness item', id);
  return toItem(row);
}

export async function deleteReadinessItem(db: Executor, id: string): Promise<void> {
  const result = await db.deleteFrom('readiness_item').where('id', '=', id).executeTakeFirst();
  if (result.numDeletedRows === 0n) throw notFound('Readiness item', id);
}

/** The records the evidence-backed items are checked against, read in one place. */
export async function readinessEvidence(db: Executor): Promise<ReadinessEvidence> {
  const [agreements, roles, positions, experts, drill] = [
    await listSecondmentAgreements(db),
    await listCommitteeRoles(db),
    await listSecretariatPositions(db),
    await listExperts(db),
    await db
      .selectFrom('activation')
      .select('finished_at')
      .where('mode', '=', 'drill')
      .where('finished_at', 'is not', null)
      .orderBy('finished_at', 'desc')
      .limit(1)
      .executeTakeFirst(),
  ];
  // only people who would actually be called: vacant roles have no contact to verify
  const contacts = [
    ...roles
      .filter((r) => r.holderName !== null)
      .map((r) => ({
        id: r.id,
        label: `${r.title} (${r.holderName})`,
        contactVerifiedOn: r.contactVerifiedOn,
      })),
    ...positions
      .filter((p) => p.holderName !== null)
      .map((p) => ({
        id: p.id,
        label: `${p.title} (${p.holderName})`,
        contactVerifiedOn: p.contactVerifiedOn,
      })),
    ...experts.map((e) => ({ id: e.id, label: e.name, contactVerifiedOn: e.contactVerifiedOn })),
  ];
  return {
    agreements,
    contacts,
    lastDrillOn: drill?.finished_at ? amsterdamDate(drill.finished_at) : null,
  };
}

export async function assessStoredReadiness(
  db: Executor,
  today: string,
): Promise<ReadinessSummary> {
  return assessReadiness(await listReadinessItems(db), await readinessEvidence(db), today);
}
