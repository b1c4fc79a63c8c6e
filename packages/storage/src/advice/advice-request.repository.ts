import {
  ADVISORY_BODIES,
  DEPARTMENTS,
  addCalendarDays,
  amsterdamDate,
  deriveDeadlines,
  expandCalendar,
  invalidInput,
  notFound,
  validateAdviceRequestDraft,
} from '@weegschaal/core';
import type {
  AdviceRequest,
  AdviceRequestDraft,
  AdvisoryBody,
  DeadlineStep,
  Department,
  Principal,
} from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { AdviceRequestRow } from './advice.table.ts';
import { listCalendarExceptions, listMeetingSeries } from '../calendar/calendar.repository.ts';
import { appendAuditEvent } from '../audit/audit-event.repository.ts';

const toBody = (v: string): AdvisoryBody => {
  const body = ADVISORY_BODIES.find((b) => b === v);
  if (!body) throw new Error(`advisory body '${v}' in the database is unknown`);
  return body;
};
const toDepartment = (v: string): Department => {
  const d = DEPARTMENTS.find((x) => x === v);
  if (!d) throw new Error(`department '${v}' in the database is unknown`);
  return d;
};

export function toAdviceRequest(row: AdviceRequestRow): AdviceRequest {
  return {
    id: row.id,
    title: row.title,
    question: row.question,
    requestingDepartment: toDepartment(row.requesting_department),
    measureCodes: row.measure_codes,
    bundleCodes: row.bundle_codes,
    mccUid: row.mcc_uid,
    mccAt: row.mcc_at.toISOString(),
    addressees: row.addressees.map(toBody),
    deadlines: row.deadlines as DeadlineStep[],
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    demo: row.is_demo,
  };
}

/** How far before the MCC the calendar is read to find the ACC and the body meetings. */
const LOOKBACK_DAYS = 35;

/**
 * Registers a request for advice. The MCC it serves is named by its occurrence in the
 * decision calendar; the deadlines are derived from the calendar as it is now and stored
 * with their reasons, so that later calendar changes do not silently move them.
 */
export async function createAdviceRequest(
  db: Executor,
  principal: Principal,
  draft: AdviceRequestDraft & { mccDate: string; demo?: boolean },
  now: Date,
): Promise<AdviceRequest> {
  validateAdviceRequestDraft(principal, draft);
  const missingMeasures: string[] = [];
  for (const code of draft.measureCodes) {
    const found = await db
      .selectFrom('measure')
      .select('code')
      .where('code', '=', code)
      .executeTakeFirst();
    if (!found) missingMeasures.push(code);
  }
  const missingBundles: string[] = [];
  for (const code of draft.bundleCodes) {
    const found = await db
      .selectFrom('bundle')
      .select('code')
      .where('code', '=', code)
      .executeTakeFirst();
    if (!found) missingBundles.push(code);
  }
  if (missingMeasures.length > 0 || missingBundles.length > 0) {
    throw invalidInput('The scope names unknown measures or bundles.', [
      ...missingMeasures.map((v) => ({
        name: 'measureCodes',
        reason: 'no such measure',
        value: v,
      })),
      ...missingBundles.map((v) => ({ name: 'bundleCodes', reason: 'no such bundle', value: v })),
    ]);
  }
  const series = await listMeetingSeries(db);
  const exceptions = await listCalendarExceptions(db);
  const occurrences = expandCalendar(
    series,
    exceptions,
    addCalendarDays(draft.mccDate, -LOOKBACK_DAYS),
    draft.mccDate,
  );
  const mcc = occurrences.find((o) => o.uid === draft.mccUid);
  if (!mcc || mcc.kind !== 'MCC') {
    throw invalidInput('The MCC is not in the decision calendar.', [
      { name: 'mccUid', reason: `no MCC with this uid on ${draft.mccDate}`, value: draft.mccUid },
    ]);
  }
  if (Date.parse(mcc.startsAt) <= now.getTime()) {
    throw invalidInput('The MCC has already taken place.', [
      { name: 'mccUid', reason: 'choose a coming MCC', value: draft.mccUid },
    ]);
  }
  const derivation = deriveDeadlines(mcc, occurrences, exceptions, draft.addressees);
  const row = await db
    .insertInto('advice_request')
    .values({
      title: draft.title,
      question: draft.question,
      requesting_department: draft.requestingDepartment,
      measure_codes: JSON.stringify(draft.measureCodes),
      bundle_codes: JSON.stringify(draft.bundleCodes),
      mcc_uid: mcc.uid,
      mcc_at: new Date(mcc.startsAt),
      addressees: JSON.stringify(draft.addressees),
      deadlines: JSON.stringify(derivation.steps),
      created_by: principal.userId,
      created_at: now,
      is_demo: draft.demo ?? false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAuditEvent(
    db,
    principal,
    {
      action: 'advice-request.created',
      resourceType: 'advice-request',
      resourceId: row.id,
      details: {
        title: draft.title,
        requestingDepartment: draft.requestingDepartment,
        mcc: mcc.uid,
        mccDate: amsterdamDate(new Date(mcc.startsAt)),
        addressees: draft.addressees,
      },
    },
    now,
  );
  return toAdviceRequest(row);
}

export async function listAdviceRequests(db: Executor): Promise<AdviceRequest[]> {
  const rows = await db
    .selectFrom('advice_request')
    .selectAll()
    .orderBy('mcc_at', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toAdviceRequest);
}

export async function getAdviceRequest(db: Executor, id: string): Promise<AdviceRequest> {
  const row = await db
    .selectFrom('advice_request')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Advice request', id);
  return toAdviceRequest(row);
}
