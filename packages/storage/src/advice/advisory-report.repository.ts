import {
  ADVICE_STATUSES,
  ADVISORY_BODIES,
  CONFIDENTIALITIES,
  CONSENT_GRANTEES,
  assertEditable,
  assertMayWrite,
  assertTransition,
  checkCoverage,
  conflict,
  decideReportAccess,
  invalidInput,
  notFound,
  redactReport,
  validateConsentGrant,
  validateConsentRevocation,
  validateReportDraft,
} from '@weegschaal/core';
import type {
  AdviceSection,
  AdviceStatus,
  AdvisoryBody,
  AdvisoryReport,
  Confidentiality,
  Consent,
  ConsentGrantInput,
  CoverageCheck,
  Principal,
  ReportAccess,
} from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { AdvisoryReportRow, ConsentRow } from './advice.table.ts';
import { getAdviceRequest } from './advice-request.repository.ts';
import { appendAuditEvent } from '../audit/audit-event.repository.ts';

function pick<T extends string>(values: readonly T[], v: string, what: string): T {
  const found = values.find((x) => x === v);
  if (!found) throw new Error(`${what} '${v}' in the database is unknown`);
  return found;
}

function toReport(row: AdvisoryReportRow): AdvisoryReport {
  return {
    id: row.id,
    requestId: row.request_id,
    body: pick(ADVISORY_BODIES, row.body, 'advisory body'),
    title: row.title,
    sections: row.sections,
    measureCodes: row.measure_codes,
    status: pick(ADVICE_STATUSES, row.status, 'advice status'),
    confidentiality: pick(CONFIDENTIALITIES, row.confidentiality, 'confidentiality'),
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    adoptedAt: row.adopted_at?.toISOString() ?? null,
    sentAt: row.sent_at?.toISOString() ?? null,
    demo: row.is_demo,
  };
}

function toConsent(row: ConsentRow): Consent {
  return {
    id: row.id,
    reportId: row.report_id,
    sectionKeys: row.section_keys,
    granteeRole: pick(CONSENT_GRANTEES, row.grantee_role, 'consent grantee'),
    grantedBy: row.granted_by,
    grantedByName: row.granted_by_name,
    grantedAt: row.granted_at.toISOString(),
    expiresAt: row.expires_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    revokedBy: row.revoked_by,
    revocationReason: row.revocation_reason,
    note: row.note,
  };
}

async function reportRow(db: Executor, id: string): Promise<AdvisoryReport> {
  const row = await db
    .selectFrom('advisory_report')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Advisory report', id);
  return toReport(row);
}

/**
 * The advice as a record this principal may know of. One they may not read is "not found",
 * exactly like an id that does not exist — also for writes, consents and revocations, whose
 * "forbidden" would otherwise confirm that a confidential or unsent advice exists.
 */
async function knownReportRow(
  db: Executor,
  principal: Principal,
  id: string,
  now: Date,
): Promise<AdvisoryReport> {
  const report = await reportRow(db, id);
  const consents = await listConsents(db, { reportId: id });
  if (decideReportAccess(principal, report, consents, now).outcome === 'hidden') {
    throw notFound('Advisory report', id);
  }
  return report;
}

export interface ReportInput {
  title: string;
  sections: AdviceSection[];
  measureCodes: string[];
  confidentiality: Confidentiality;
}

export async function createAdvisoryReport(
  db: Executor,
  principal: Principal,
  input: ReportInput & { requestId: string; body: AdvisoryBody; demo?: boolean },
  now: Date,
): Promise<AdvisoryReport> {
  assertMayWrite(principal, input.body);
  validateReportDraft(input);
  const request = await getAdviceRequest(db, input.requestId);
  if (!request.addressees.includes(input.body)) {
    throw invalidInput('The request is not addressed to this body.', [
      {
        name: 'body',
        reason: `addressed to ${request.addressees.join(' and ')}`,
        value: input.body,
      },
    ]);
  }
  const existing = await db
    .selectFrom('advisory_report')
    .select('id')
    .where('request_id', '=', request.id)
    .where('body', '=', input.body)
    .executeTakeFirst();
  if (existing)
    throw conflict(`The ${input.body} already has an advice on this request (${existing.id}).`);
  const row = await db
    .insertInto('advisory_report')
    .values({
      request_id: request.id,
      body: input.body,
      title: input.title,
      sections: JSON.stringify(input.sections),
      measure_codes: JSON.stringify(input.measureCodes),
      status: 'draft',
      confidentiality: input.confidentiality,
      created_by: principal.userId,
      created_at: now,
      updated_at: now,
      is_demo: input.demo ?? false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAuditEvent(
    db,
    principal,
    {
      action: 'advisory-report.created',
      resourceType: 'advisory-report',
      resourceId: row.id,
      details: {
        requestId: request.id,
        body: input.body,
        confidentiality: input.confidentiality,
        measureCodes: input.measureCodes,
      },
    },
    now,
  );
  return toReport(row);
}

export async function updateAdvisoryReport(
  db: Executor,
  principal: Principal,
  id: string,
  input: ReportInput,
  now: Date,
): Promise<AdvisoryReport> {
  const report = await knownReportRow(db, principal, id, now);
  assertMayWrite(principal, report.body);
  assertEditable(report);
  validateReportDraft(input);
  const row = await db
    .updateTable('advisory_report')
    .set({
      title: input.title,
      sections: JSON.stringify(input.sections),
      measure_codes: JSON.stringify(input.measureCodes),
      confidentiality: input.confidentiality,
      updated_at: now,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAuditEvent(
    db,
    principal,
    {
      action: 'advisory-report.updated',
      resourceType: 'advisory-report',
      resourceId: id,
      details: { confidentiality: input.confidentiality, measureCodes: input.measureCodes },
    },
    now,
  );
  return toReport(row);
}

export async function transitionAdvisoryReport(
  db: Executor,
  principal: Principal,
  id: string,
  target: AdviceStatus,
  now: Date,
): Promise<AdvisoryReport> {
  const report = await knownReportRow(db, principal, id, now);
  assertTransition(principal, report, target);
  const row = await db
    .updateTable('advisory_report')
    .set(
      target === 'adopted'
        ? { status: target, adopted_at: now, updated_at: now }
        : { status: target, sent_at: now, updated_at: now },
    )
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAuditEvent(
    db,
    principal,
    {
      action: `advisory-report.${target}`,
      resourceType: 'advisory-report',
      resourceId: id,
      details: { from: report.status },
    },
    now,
  );
  return toReport(row);
}

export async function listConsents(
  db: Executor,
  filter: { reportId?: string } = {},
): Promise<Consent[]> {
  let q = db.selectFrom('consent').selectAll().orderBy('granted_at', 'desc');
  if (filter.reportId) q = q.where('report_id', '=', filter.reportId);
  return (await q.execute()).map(toConsent);
}

export type VisibleReport = AdvisoryReport & {
  withheldSectionKeys: string[];
  access: ReportAccess;
};

/**
 * Reads an advice as this principal may see it, deciding from the consents as they are at
 * this moment. A hidden advice is reported as not found, so its existence does not leak;
 * a read of confidential content is written to the audit trail in the same transaction.
 */
export async function readAdvisoryReport(
  db: Executor,
  principal: Principal,
  id: string,
  now: Date,
): Promise<VisibleReport> {
  const report = await reportRow(db, id);
  const access = decideReportAccess(
    principal,
    report,
    await listConsents(db, { reportId: id }),
    now,
  );
  if (access.outcome === 'hidden') throw notFound('Advisory report', id);
  if (access.confidentialRead) {
    await appendAuditEvent(
      db,
      principal,
      {
        action: 'advisory-report.confidential-read',
        resourceType: 'advisory-report',
        resourceId: id,
        details: {
          sections: access.visibleSectionKeys,
          viaConsentIds: access.viaConsentIds,
          reason: access.reason,
        },
      },
      now,
    );
  }
  return { ...redactReport(report, access), access };
}

/** The list shows titles and status only for what the principal may read; no text, no log. */
export async function listVisibleAdvisoryReports(
  db: Executor,
  principal: Principal,
  filter: { requestId?: string },
  now: Date,
): Promise<(Omit<AdvisoryReport, 'sections'> & { access: ReportAccess['outcome'] })[]> {
  let q = db.selectFrom('advisory_report').selectAll().orderBy('created_at', 'desc');
  if (filter.requestId) q = q.where('request_id', '=', filter.requestId);
  const consents = await listConsents(db);
  const result = [];
  for (const row of await q.execute()) {
    const report = toReport(row);
    const access = decideReportAccess(principal, report, consents, now);
    if (access.outcome === 'hidden') continue;
    const rest: Omit<AdvisoryReport, 'sections'> & { sections?: unknown } = { ...report };
    delete rest.sections;
    result.push({ ...rest, access: access.outcome });
  }
  return result;
}

/** Measure codes only: the check can be shown to both bodies without revealing advice text. */
export async function coverageOfRequest(db: Executor, requestId: string): Promise<CoverageCheck> {
  const request = await getAdviceRequest(db, requestId);
  const rows = await db
    .selectFrom('advisory_report')
    .select(['id', 'body', 'measure_codes'])
    .where('request_id', '=', requestId)
    .execute();
  const of = (body: AdvisoryBody) => {
    const r = rows.find((x) => x.body === body);
    return r ? { id: r.id, measureCodes: r.measure_codes } : null;
  };
  return checkCoverage(request.measureCodes, of('OMT'), of('MIT'));
}

export async function grantConsent(
  db: Executor,
  principal: Principal,
  reportId: string,
  input: ConsentGrantInput,
  now: Date,
): Promise<Consent> {
  const report = await knownReportRow(db, principal, reportId, now);
  validateConsentGrant(principal, report, input, now);
  const row = await db
    .insertInto('consent')
    .values({
      report_id: reportId,
      section_keys: input.sectionKeys === null ? null : JSON.stringify(input.sectionKeys),
      grantee_role: input.granteeRole,
      granted_by: principal.userId ?? '',
      granted_by_name: principal.username ?? '',
      granted_at: now,
      expires_at: input.expiresAt === null ? null : new Date(input.expiresAt),
      note: input.note,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAuditEvent(
    db,
    principal,
    {
      action: 'consent.granted',
      resourceType: 'consent',
      resourceId: row.id,
      details: {
        reportId,
        sectionKeys: input.sectionKeys,
        granteeRole: input.granteeRole,
        expiresAt: input.expiresAt,
      },
    },
    now,
  );
  return toConsent(row);
}

export async function getConsent(db: Executor, id: string): Promise<Consent> {
  const row = await db.selectFrom('consent').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Consent', id);
  return toConsent(row);
}

/** A consent on an advice this principal may not read is "not found" (it names the advice). */
export async function readConsent(
  db: Executor,
  principal: Principal,
  id: string,
  now: Date,
): Promise<Consent> {
  const consent = await getConsent(db, id);
  try {
    await knownReportRow(db, principal, consent.reportId, now);
  } catch {
    throw notFound('Consent', id);
  }
  return consent;
}

/** The consents on advice this principal may read now; the others are left out unseen. */
export async function listVisibleConsents(
  db: Executor,
  principal: Principal,
  filter: { reportId?: string },
  now: Date,
): Promise<Consent[]> {
  const all = await listConsents(db, filter);
  const visible = new Map<string, boolean>();
  for (const reportId of new Set(all.map((c) => c.reportId))) {
    const report = await reportRow(db, reportId);
    const consents = all.filter((c) => c.reportId === reportId);
    visible.set(
      reportId,
      decideReportAccess(principal, report, consents, now).outcome !== 'hidden',
    );
  }
  return all.filter((c) => visible.get(c.reportId) === true);
}

/** Revocation takes effect at once: every read decides from the consent as stored now. */
export async function revokeConsent(
  db: Executor,
  principal: Principal,
  id: string,
  reason: string,
  now: Date,
): Promise<Consent> {
  const consent = await readConsent(db, principal, id, now);
  const report = await reportRow(db, consent.reportId);
  validateConsentRevocation(principal, report, consent, now);
  const row = await db
    .updateTable('consent')
    .set({ revoked_at: now, revoked_by: principal.userId, revocation_reason: reason })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAuditEvent(
    db,
    principal,
    {
      action: 'consent.revoked',
      resourceType: 'consent',
      resourceId: id,
      details: { reportId: report.id, reason },
    },
    now,
  );
  return toConsent(row);
}
