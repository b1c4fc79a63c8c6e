import { invalidInput } from '../errors/domain-error.ts';
import type { InvalidParam } from '../errors/domain-error.ts';
import { isIsoDate } from '../calendar/meeting.ts';
import { daysBetween } from '../observations/period.ts';
import { addCalendarMonths } from '../calendar/calendar-date.ts';

/**
 * What must hold while the MIT sleeps (seed 001: it must be able to scale up fast). Each item
 * has an owner and a review interval; some kinds are also checked against the records
 * themselves, so that ticking the box cannot hide an expired agreement or an old drill.
 */
export type ReadinessItemKind =
  'agreements-current' | 'contacts-verified' | 'knowledge-base-reviewed' | 'drill-held' | 'other';
export const READINESS_ITEM_KINDS: readonly ReadinessItemKind[] = [
  'agreements-current',
  'contacts-verified',
  'knowledge-base-reviewed',
  'drill-held',
  'other',
];

export interface ReadinessItem {
  id: string;
  kind: ReadinessItemKind;
  title: string;
  owner: string;
  /** the owner confirms the item at least this often; for contacts and drills also the maximum age of the evidence */
  intervalMonths: number;
  lastReviewedOn: string | null;
  demo: boolean;
}
export type ReadinessItemInput = Omit<ReadinessItem, 'id'>;

/** The records the evidence-backed kinds are checked against. */
export interface ReadinessEvidence {
  agreements: readonly { id: string; department: string; reviewOn: string }[];
  /** everyone on the roster or in the pool, with when their contact was last verified */
  contacts: readonly { id: string; label: string; contactVerifiedOn: string | null }[];
  /** the day the last finished drill ended, or null if none was ever held */
  lastDrillOn: string | null;
}

export type ReadinessFindingCode =
  | 'never-reviewed'
  | 'review-overdue'
  | 'agreement-review-overdue'
  | 'contact-never-verified'
  | 'contact-verification-overdue'
  | 'no-drill'
  | 'drill-overdue';

export interface ReadinessFinding {
  code: ReadinessFindingCode;
  /** the day from which this made the item stale; null when it never held */
  since: string | null;
  /** which record (agreement department, contact) it is about */
  subject: string | null;
}

export type ReadinessStatus = 'current' | 'due-soon' | 'stale';

export interface ReadinessAssessment {
  itemId: string;
  status: ReadinessStatus;
  nextReviewOn: string | null;
  /** the earliest day from which the item was stale; null if current or stale from the start */
  staleSince: string | null;
  findings: ReadinessFinding[];
  explanation: string;
}

/** How far ahead a review counts as coming up. */
export const DUE_SOON_DAYS = 30;

export function validateReadinessItem(item: ReadinessItemInput): void {
  const params: InvalidParam[] = [];
  if (!(READINESS_ITEM_KINDS as readonly string[]).includes(item.kind))
    params.push({
      name: 'kind',
      reason: `is not one of ${READINESS_ITEM_KINDS.join(', ')}`,
      value: item.kind,
    });
  if (item.title.trim() === '') params.push({ name: 'title', reason: 'must not be empty' });
  if (item.owner.trim() === '') params.push({ name: 'owner', reason: 'must not be empty' });
  if (!Number.isInteger(item.intervalMonths) || item.intervalMonths < 1 || item.intervalMonths > 60)
    params.push({
      name: 'intervalMonths',
      reason: 'must be a whole number from 1 to 60',
      value: item.intervalMonths,
    });
  if (item.lastReviewedOn !== null && !isIsoDate(item.lastReviewedOn))
    params.push({
      name: 'lastReviewedOn',
      reason: 'is not a calendar date (YYYY-MM-DD)',
      value: item.lastReviewedOn,
    });
  if (params.length > 0) throw invalidInput('The readiness item is invalid.', params);
}

function evidenceFindings(
  item: ReadinessItem,
  evidence: ReadinessEvidence,
  today: string,
): ReadinessFinding[] {
  switch (item.kind) {
    case 'agreements-current':
      return evidence.agreements
        .filter((a) => a.reviewOn < today)
        .map((a) => ({
          code: 'agreement-review-overdue',
          since: a.reviewOn,
          subject: a.department,
        }));
    case 'contacts-verified':
      return evidence.contacts.flatMap((c): ReadinessFinding[] => {
        if (c.contactVerifiedOn === null)
          return [{ code: 'contact-never-verified', since: null, subject: c.label }];
        const due = addCalendarMonths(c.contactVerifiedOn, item.intervalMonths);
        return due <= today
          ? [{ code: 'contact-verification-overdue', since: due, subject: c.label }]
          : [];
      });
    case 'drill-held': {
      if (evidence.lastDrillOn === null) return [{ code: 'no-drill', since: null, subject: null }];
      const due = addCalendarMonths(evidence.lastDrillOn, item.intervalMonths);
      return due <= today
        ? [{ code: 'drill-overdue', since: due, subject: evidence.lastDrillOn }]
        : [];
    }
    case 'knowledge-base-reviewed':
    case 'other':
      return [];
    default: {
      const unreachable: never = item.kind;
      throw new Error(`unknown readiness item kind ${String(unreachable)}`);
    }
  }
}

function describe(finding: ReadinessFinding): string {
  switch (finding.code) {
    case 'never-reviewed':
      return 'never reviewed by its owner';
    case 'review-overdue':
      return `review was due on ${finding.since}`;
    case 'agreement-review-overdue':
      return `the ${finding.subject} secondment agreement was due for review on ${finding.since}`;
    case 'contact-never-verified':
      return `the contact of ${finding.subject} was never verified`;
    case 'contact-verification-overdue':
      return `the contact of ${finding.subject} was due for verification on ${finding.since}`;
    case 'no-drill':
      return 'no drill has ever been held';
    case 'drill-overdue':
      return `the last drill (${finding.subject}) is too old since ${finding.since}`;
    default: {
      const unreachable: never = finding.code;
      throw new Error(`unknown finding ${String(unreachable)}`);
    }
  }
}

/**
 * Whether one item holds on `today`, with every reason it does not and since when. Pure:
 * the clock is the caller's, so the same inputs give the same answer in a test and a year on.
 */
export function assessReadinessItem(
  item: ReadinessItem,
  evidence: ReadinessEvidence,
  today: string,
): ReadinessAssessment {
  const nextReviewOn =
    item.lastReviewedOn === null
      ? null
      : addCalendarMonths(item.lastReviewedOn, item.intervalMonths);
  const findings: ReadinessFinding[] = [];
  if (nextReviewOn === null) findings.push({ code: 'never-reviewed', since: null, subject: null });
  else if (nextReviewOn <= today)
    findings.push({ code: 'review-overdue', since: nextReviewOn, subject: null });
  findings.push(...evidenceFindings(item, evidence, today));

  if (findings.length > 0) {
    // stale since the first finding that made it so; a never-held one means stale from the start
    const dated = findings.map((f) => f.since);
    const staleSince = dated.includes(null) ? null : [...(dated as string[])].sort()[0]!;
    return {
      itemId: item.id,
      status: 'stale',
      nextReviewOn,
      staleSince,
      findings,
      explanation: `stale: ${findings.map(describe).join('; ')}`,
    };
  }
  const daysLeft = daysBetween(today, nextReviewOn!);
  const status: ReadinessStatus = daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'current';
  return {
    itemId: item.id,
    status,
    nextReviewOn,
    staleSince: null,
    findings,
    explanation:
      status === 'due-soon'
        ? `holds; review due on ${nextReviewOn} (in ${daysLeft} days)`
        : `holds; next review on ${nextReviewOn}`,
  };
}

export interface ReadinessSummary {
  today: string;
  assessments: ReadinessAssessment[];
  stale: number;
  dueSoon: number;
  current: number;
}

export function assessReadiness(
  items: readonly ReadinessItem[],
  evidence: ReadinessEvidence,
  today: string,
): ReadinessSummary {
  const assessments = items.map((i) => assessReadinessItem(i, evidence, today));
  const count = (s: ReadinessStatus) => assessments.filter((a) => a.status === s).length;
  return {
    today,
    assessments,
    stale: count('stale'),
    dueSoon: count('due-soon'),
    current: count('current'),
  };
}
