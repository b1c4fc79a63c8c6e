import {
  APPROVER_ROLES,
  DEPARTMENTS,
  PUBLICATION_DOCUMENT_TYPES,
  PUBLICATION_TARGETS,
  approvalFor,
  notFound,
  publicationStatus,
  validatePublicationDraft,
  validateWithdrawal,
  wooMetadataFor,
} from '@weegschaal/core';
import type {
  Department,
  Principal,
  Publication,
  PublicationApproval,
  PublicationDraft,
  RequiredApproval,
  WooMetadata,
} from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { PublicationApprovalRow, PublicationRow } from './publication.table.ts';
import { appendAuditEvent } from '../audit/audit-event.repository.ts';

function pick<T extends string>(values: readonly T[], v: string, what: string): T {
  const found = values.find((x) => x === v);
  if (!found) throw new Error(`${what} '${v}' in the database is unknown`);
  return found;
}
const department = (v: string | null): Department | null =>
  v === null ? null : pick(DEPARTMENTS, v, 'department');

function toRequired(r: { role: string; department: string | null }): RequiredApproval {
  return {
    role: pick(APPROVER_ROLES, r.role, 'approver role'),
    department: department(r.department),
  };
}

function toPublication(row: PublicationRow, approvals: PublicationApprovalRow[]): Publication {
  const woo = row.woo;
  return {
    id: row.id,
    documentType: pick(PUBLICATION_DOCUMENT_TYPES, row.document_type, 'document type'),
    title: row.title,
    summary: row.summary,
    content: row.content,
    sourceRef: row.source_ref,
    embargoUntil: row.embargo_until.toISOString(),
    requiredApprovals: row.required_approvals.map(toRequired),
    approvals: approvals.map((a): PublicationApproval => ({
      ...toRequired(a),
      userId: a.user_id,
      username: a.username,
      approvedAt: a.approved_at.toISOString(),
    })),
    targets: row.targets.map((t) => pick(PUBLICATION_TARGETS, t, 'publication target')),
    withdrawal:
      row.withdrawn_at === null
        ? null
        : {
            withdrawnAt: row.withdrawn_at.toISOString(),
            withdrawnBy: row.withdrawn_by ?? '',
            reason: row.withdrawal_reason ?? '',
          },
    woo: {
      informationCategory: woo['informationCategory'] ?? '',
      wooArticle: woo['wooArticle'] ?? '',
      creator: woo['creator'] ?? '',
      publisher: woo['publisher'] ?? '',
      language: woo['language'] === 'en' ? 'en' : 'nl',
    } satisfies WooMetadata,
    scheduledBy: row.scheduled_by,
    scheduledAt: row.scheduled_at.toISOString(),
    demo: row.is_demo,
  };
}

async function load(db: Executor, row: PublicationRow): Promise<Publication> {
  const approvals = await db
    .selectFrom('publication_approval')
    .selectAll()
    .where('publication_id', '=', row.id)
    .orderBy('approved_at')
    .execute();
  return toPublication(row, approvals);
}

export async function getPublication(db: Executor, id: string): Promise<Publication> {
  const row = await db
    .selectFrom('publication')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Publication', id);
  return load(db, row);
}

export async function listPublications(db: Executor): Promise<Publication[]> {
  const rows = await db
    .selectFrom('publication')
    .selectAll()
    .orderBy('embargo_until', 'desc')
    .execute();
  const approvals = await db
    .selectFrom('publication_approval')
    .selectAll()
    .orderBy('approved_at')
    .execute();
  return rows.map((r) =>
    toPublication(
      r,
      approvals.filter((a) => a.publication_id === r.id),
    ),
  );
}

export async function schedulePublication(
  db: Executor,
  principal: Principal,
  draft: PublicationDraft & { demo?: boolean },
  now: Date,
): Promise<Publication> {
  validatePublicationDraft(draft, now);
  const row = await db
    .insertInto('publication')
    .values({
      document_type: draft.documentType,
      title: draft.title,
      summary: draft.summary,
      content: draft.content,
      source_ref: draft.sourceRef,
      embargo_until: new Date(draft.embargoUntil),
      required_approvals: JSON.stringify(draft.requiredApprovals),
      targets: JSON.stringify(draft.targets),
      woo: JSON.stringify(wooMetadataFor(draft.documentType, draft.language)),
      scheduled_by: principal.userId,
      scheduled_at: now,
      is_demo: draft.demo ?? false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAuditEvent(
    db,
    principal,
    {
      action: 'publication.scheduled',
      resourceType: 'publication',
      resourceId: row.id,
      details: {
        title: draft.title,
        documentType: draft.documentType,
        embargoUntil: row.embargo_until.toISOString(),
        requiredApprovals: draft.requiredApprovals,
        targets: draft.targets,
      },
    },
    now,
  );
  return load(db, row);
}

export async function approvePublication(
  db: Executor,
  principal: Principal,
  id: string,
  now: Date,
): Promise<Publication> {
  const pub = await getPublication(db, id);
  const required = approvalFor(principal, pub, now);
  await db
    .insertInto('publication_approval')
    .values({
      publication_id: id,
      role: required.role,
      department: principal.department,
      user_id: principal.userId ?? '',
      username: principal.username ?? '',
      approved_at: now,
    })
    .execute();
  await appendAuditEvent(
    db,
    principal,
    {
      action: 'publication.approved',
      resourceType: 'publication',
      resourceId: id,
      details: { role: required.role, department: principal.department },
    },
    now,
  );
  return getPublication(db, id);
}

/** A withdrawal keeps the record and leaves a public notice with the reason; the text goes. */
export async function withdrawPublication(
  db: Executor,
  principal: Principal,
  id: string,
  reason: string,
  now: Date,
): Promise<Publication> {
  const pub = await getPublication(db, id);
  validateWithdrawal(pub, reason);
  const wasPublic = publicationStatus(pub, now).state === 'published';
  await db
    .updateTable('publication')
    .set({ withdrawn_at: now, withdrawn_by: principal.userId, withdrawal_reason: reason })
    .where('id', '=', id)
    .execute();
  await appendAuditEvent(
    db,
    principal,
    {
      action: 'publication.withdrawn',
      resourceType: 'publication',
      resourceId: id,
      details: { reason, wasPublic },
    },
    now,
  );
  return getPublication(db, id);
}
