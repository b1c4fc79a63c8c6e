import { sql } from 'kysely';
import {
  ATTENTION_AREAS,
  AVAILABILITIES,
  COMMITTEE_ROLE_KINDS,
  CONSENT_SCOPES,
  CONTACT_KINDS,
  DEPARTMENTS,
  EXPERT_RETENTION_MONTHS,
  expertsDueForPurge,
  invalidInput,
  notFound,
  validateCommitteeRole,
  validateExpert,
  validateSecondmentAgreement,
  validateSecretariatPosition,
} from '@weegschaal/core';
import type {
  CommitteeRole,
  CommitteeRoleInput,
  ContactChannel,
  Expert,
  ExpertInput,
  ExpertRetention,
  SecondmentAgreement,
  SecondmentAgreementInput,
  SecretariatPosition,
  SecretariatPositionInput,
} from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type {
  CommitteeRoleRow,
  ExpertRow,
  SecondmentAgreementRow,
  SecretariatPositionRow,
} from './organisation.table.ts';

/** A stored value outside its list is a broken database, not bad input. */
export function oneOf<T extends string>(list: readonly T[], value: string, what: string): T {
  const found = list.find((v) => v === value);
  if (found === undefined) throw new Error(`${what} '${value}' in the database is unknown`);
  return found;
}

function toContact(kind: string | null, address: string | null): ContactChannel | null {
  if (kind === null || address === null) return null;
  return { kind: oneOf(CONTACT_KINDS, kind, 'contact kind'), address };
}

const contactColumns = (contact: ContactChannel | null) => ({
  contact_kind: contact?.kind ?? null,
  contact_address: contact?.address ?? null,
});

function toCommitteeRole(row: CommitteeRoleRow): CommitteeRole {
  return {
    id: row.id,
    kind: oneOf(COMMITTEE_ROLE_KINDS, row.kind, 'committee role kind'),
    title: row.title,
    byFunction: row.by_function,
    holderName: row.holder_name,
    contact: toContact(row.contact_kind, row.contact_address),
    attentionArea:
      row.attention_area === null
        ? null
        : oneOf(ATTENTION_AREAS, row.attention_area, 'attention area'),
    contactVerifiedOn: row.contact_verified_on,
    demo: row.is_demo,
  };
}

function toAgreement(row: SecondmentAgreementRow): SecondmentAgreement {
  return {
    id: row.id,
    department: oneOf(DEPARTMENTS, row.department, 'department'),
    fte: Number(row.fte),
    noticeDays: row.notice_days,
    contactName: row.contact_name,
    contact: toContact(row.contact_kind, row.contact_address)!,
    signedOn: row.signed_on,
    reviewOn: row.review_on,
    demo: row.is_demo,
  };
}

function toPosition(row: SecretariatPositionRow): SecretariatPosition {
  return {
    id: row.id,
    title: row.title,
    department: oneOf(DEPARTMENTS, row.department, 'department'),
    agreementId: row.agreement_id,
    holderName: row.holder_name,
    contact: toContact(row.contact_kind, row.contact_address),
    contactVerifiedOn: row.contact_verified_on,
    demo: row.is_demo,
  };
}

function toExpert(row: ExpertRow): Expert {
  return {
    id: row.id,
    name: row.name,
    organisation: row.organisation,
    attentionArea: oneOf(ATTENTION_AREAS, row.attention_area, 'attention area'),
    availability: oneOf(AVAILABILITIES, row.availability, 'availability'),
    contact: toContact(row.contact_kind, row.contact_address)!,
    contactVerifiedOn: row.contact_verified_on,
    consent: {
      givenOn: row.consent_given_on,
      scope: oneOf(CONSENT_SCOPES, row.consent_scope, 'consent scope'),
      expiresOn: row.consent_expires_on,
    },
    demo: row.is_demo,
  };
}

/** Row values of each record, shared by the repository and the demo loader. */
export const roleColumns = (r: CommitteeRoleInput) => ({
  kind: r.kind,
  title: r.title,
  by_function: r.byFunction,
  holder_name: r.holderName,
  ...contactColumns(r.contact),
  attention_area: r.attentionArea,
  contact_verified_on: r.contactVerifiedOn,
  is_demo: r.demo,
});

export const agreementColumns = (a: SecondmentAgreementInput) => ({
  department: a.department,
  fte: a.fte,
  notice_days: a.noticeDays,
  contact_name: a.contactName,
  contact_kind: a.contact.kind,
  contact_address: a.contact.address,
  signed_on: a.signedOn,
  review_on: a.reviewOn,
  is_demo: a.demo,
});

export const positionColumns = (p: SecretariatPositionInput) => ({
  title: p.title,
  department: p.department,
  agreement_id: p.agreementId,
  holder_name: p.holderName,
  ...contactColumns(p.contact),
  contact_verified_on: p.contactVerifiedOn,
  is_demo: p.demo,
});

export const expertColumns = (e: ExpertInput) => ({
  name: e.name,
  organisation: e.organisation,
  attention_area: e.attentionArea,
  availability: e.availability,
  contact_kind: e.contact.kind,
  contact_address: e.contact.address,
  contact_verified_on: e.contactVerifiedOn,
  consent_given_on: e.consent.givenOn,
  consent_scope: e.consent.scope,
  consent_expires_on: e.consent.expiresOn,
  is_demo: e.demo,
});

// committee roles: the chair and vice-chair first, then the members by title
export async function listCommitteeRoles(db: Executor): Promise<CommitteeRole[]> {
  const rows = await db
    .selectFrom('committee_role')
    .selectAll()
    .orderBy(sql`case kind when 'chair' then 0 when 'vice-chair' then 1 else 2 end`)
    .orderBy('title')
    .orderBy('id')
    .execute();
  return rows.map(toCommitteeRole);
}

/**
 * What a replacement writes: everything but the demo flag. A demo record edited by hand is
 * still built on generated data (a fictitious name, a made-up agreement), so it keeps its
 * label; only a record added by hand is real.
 */
export function replacement<T extends { is_demo: boolean }>(values: T): Omit<T, 'is_demo'> {
  // the demo flag is left out on purpose (ESLint: ignoreRestSiblings)
  const { is_demo: _kept, ...rest } = values;
  return rest;
}

export async function saveCommitteeRole(
  db: Executor,
  input: CommitteeRoleInput,
  id: string | null = null,
): Promise<CommitteeRole> {
  validateCommitteeRole(input);
  const values = roleColumns(input);
  const row = id
    ? await db
        .updateTable('committee_role')
        .set(replacement(values))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst()
    : await db.insertInto('committee_role').values(values).returningAll().executeTakeFirstOrThrow();
  if (!row) throw notFound('Committee role', id ?? '');
  return toCommitteeRole(row);
}

export async function deleteCommitteeRole(db: Executor, id: string): Promise<void> {
  const result = await db.deleteFrom('committee_role').where('id', '=', id).executeTakeFirst();
  if (result.numDeletedRows === 0n) throw notFound('Committee role', id);
}

export async function listSecondmentAgreements(db: Executor): Promise<SecondmentAgreement[]> {
  const rows = await db
    .selectFrom('secondment_agreement')
    .selectAll()
    .orderBy('department')
    .orderBy('id')
    .execute();
  return rows.map(toAgreement);
}

export async function saveSecondmentAgreement(
  db: Executor,
  input: SecondmentAgreementInput,
  id: string | null = null,
): Promise<SecondmentAgreement> {
  validateSecondmentAgreement(input);
  const values = agreementColumns(input);
  const row = id
    ? await db
        .updateTable('secondment_agreement')
        .set(replacement(values))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst()
    : await db
        .insertInto('secondment_agreement')
        .values(values)
        .returningAll()
        .executeTakeFirstOrThrow();
  if (!row) throw notFound('Secondment agreement', id ?? '');
  return toAgreement(row);
}

export async function deleteSecondmentAgreement(db: Executor, id: string): Promise<void> {
  const result = await db
    .deleteFrom('secondment_agreement')
    .where('id', '=', id)
    .executeTakeFirst();
  if (result.numDeletedRows === 0n) throw notFound('Secondment agreement', id);
}

export async function listSecretariatPositions(db: Executor): Promise<SecretariatPosition[]> {
  const rows = await db
    .selectFrom('secretariat_position')
    .selectAll()
    .orderBy('department')
    .orderBy('title')
    .orderBy('id')
    .execute();
  return rows.map(toPosition);
}

async function checkAgreement(db: Executor, input: SecretariatPositionInput): Promise<void> {
  if (input.agreementId === null) return;
  const agreement = await db
    .selectFrom('secondment_agreement')
    .select('department')
    .where('id', '=', input.agreementId)
    .executeTakeFirst();
  if (!agreement) throw notFound('Secondment agreement', input.agreementId);
  if (agreement.department !== input.department)
    throw invalidInput('The secretariat position is invalid.', [
      {
        name: 'agreementId',
        reason: `belongs to ${agreement.department}, not ${input.department}`,
        value: input.agreementId,
      },
    ]);
}

export async function saveSecretariatPosition(
  db: Executor,
  input: SecretariatPositionInput,
  id: string | null = null,
): Promise<SecretariatPosition> {
  validateSecretariatPosition(input);
  await checkAgreement(db, input);
  const values = positionColumns(input);
  const row = id
    ? await db
        .updateTable('secretariat_position')
        .set(replacement(values))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst()
    : await db
        .insertInto('secretariat_position')
        .values(values)
        .returningAll()
        .executeTakeFirstOrThrow();
  if (!row) throw notFound('Secretariat position', id ?? '');
  return toPosition(row);
}

export async function deleteSecretariatPosition(db: Executor, id: string): Promise<void> {
  const result = await db
    .deleteFrom('secretariat_position')
    .where('id', '=', id)
    .executeTakeFirst();
  if (result.numDeletedRows === 0n) throw notFound('Secretariat position', id);
}

export async function listExperts(db: Executor): Promise<Expert[]> {
  const rows = await db
    .selectFrom('expert')
    .selectAll()
    .orderBy('attention_area')
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(toExpert);
}

export async function saveExpert(
  db: Executor,
  input: ExpertInput,
  id: string | null = null,
): Promise<Expert> {
  validateExpert(input);
  const values = expertColumns(input);
  const row = id
    ? await db
        .updateTable('expert')
        .set(replacement(values))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst()
    : await db.insertInto('expert').values(values).returningAll().executeTakeFirstOrThrow();
  if (!row) throw notFound('Expert', id ?? '');
  return toExpert(row);
}

export async function deleteExpert(db: Executor, id: string): Promise<void> {
  const result = await db.deleteFrom('expert').where('id', '=', id).executeTakeFirst();
  if (result.numDeletedRows === 0n) throw notFound('Expert', id);
}

/**
 * Applies the retention rule: removes every expert whose consent expired longer ago than the
 * retention period, and returns who was removed and why (ids only: the names are gone).
 */
export async function purgeExpiredExperts(
  db: Executor,
  today: string,
  retentionMonths: number = EXPERT_RETENTION_MONTHS,
): Promise<ExpertRetention[]> {
  const due = expertsDueForPurge(await listExperts(db), today, retentionMonths);
  if (due.length > 0)
    await db
      .deleteFrom('expert')
      .where(
        'id',
        'in',
        due.map((d) => d.expertId),
      )
      .execute();
  return due;
}

/** Sizes only, for the home page: who is on the roster is not shown there. */
export async function countOrganisation(db: Executor): Promise<{
  committeeRoles: number;
  secretariatPositions: number;
  experts: number;
  readinessItems: number;
}> {
  const count = async (
    table: 'committee_role' | 'secretariat_position' | 'expert' | 'readiness_item',
  ) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    committeeRoles: await count('committee_role'),
    secretariatPositions: await count('secretariat_position'),
    experts: await count('expert'),
    readinessItems: await count('readiness_item'),
  };
}
