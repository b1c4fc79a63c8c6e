import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { assessReadiness, assessReadinessItem, validateReadinessItem } from './readiness-check.ts';
import type { ReadinessEvidence, ReadinessItem } from './readiness-check.ts';
import { demoReadiness } from './demo-readiness.ts';

const TODAY = '2026-11-23';
const none: ReadinessEvidence = { agreements: [], contacts: [], lastDrillOn: null };
const item = (overrides: Partial<ReadinessItem>): ReadinessItem => ({
  id: 'i',
  kind: 'other',
  title: 'Item',
  owner: 'Secretaris',
  intervalMonths: 12,
  lastReviewedOn: '2026-06-01',
  demo: false,
  ...overrides,
});

describe('readiness staleness by date', () => {
  it('is current before its review date, due soon within 30 days, stale from the day itself', () => {
    expect(assessReadinessItem(item({ lastReviewedOn: '2026-06-01' }), none, TODAY)).toMatchObject({
      status: 'current',
      nextReviewOn: '2027-06-01',
      findings: [],
    });
    const soon = assessReadinessItem(item({ lastReviewedOn: '2025-12-10' }), none, TODAY);
    expect(soon.status).toBe('due-soon');
    expect(soon.explanation).toBe('holds; review due on 2026-12-10 (in 17 days)');
    const due = assessReadinessItem(item({ lastReviewedOn: '2025-11-23' }), none, TODAY);
    expect(due).toMatchObject({ status: 'stale', staleSince: '2026-11-23' });
    const dayBefore = assessReadinessItem(
      item({ lastReviewedOn: '2025-11-23' }),
      none,
      '2026-11-22',
    );
    expect(dayBefore.status).toBe('due-soon');
  });

  it('says why and since when, and stale from the start when never reviewed', () => {
    const never = assessReadinessItem(item({ lastReviewedOn: null }), none, TODAY);
    expect(never).toMatchObject({
      status: 'stale',
      staleSince: null,
      findings: [{ code: 'never-reviewed', since: null, subject: null }],
      explanation: 'stale: never reviewed by its owner',
    });
    const overdue = assessReadinessItem(
      item({ lastReviewedOn: '2025-01-31', intervalMonths: 1 }),
      none,
      TODAY,
    );
    // 31 January plus a month is the last day of February, not 3 March
    expect(overdue.findings).toEqual([
      { code: 'review-overdue', since: '2025-02-28', subject: null },
    ]);
  });

  it('checks agreements against their own review dates, even when the item was ticked', () => {
    const evidence: ReadinessEvidence = {
      ...none,
      agreements: [
        { id: 'a', department: 'VWS', reviewOn: '2026-10-14' },
        { id: 'b', department: 'SZW', reviewOn: '2027-03-01' },
        { id: 'c', department: 'EZK', reviewOn: TODAY },
      ],
    };
    const result = assessReadinessItem(item({ kind: 'agreements-current' }), evidence, TODAY);
    expect(result.status).toBe('stale');
    expect(result.staleSince).toBe('2026-10-14');
    expect(result.findings).toEqual([
      { code: 'agreement-review-overdue', since: '2026-10-14', subject: 'VWS' },
    ]);
    expect(result.explanation).toContain(
      'VWS secondment agreement was due for review on 2026-10-14',
    );
  });

  it('flags contacts not verified within the interval, and contacts never verified', () => {
    const evidence: ReadinessEvidence = {
      ...none,
      contacts: [
        { id: '1', label: 'Voorzitter', contactVerifiedOn: '2026-09-01' },
        { id: '2', label: 'Secretaris', contactVerifiedOn: '2026-05-23' },
        { id: '3', label: 'Expert', contactVerifiedOn: null },
      ],
    };
    const result = assessReadinessItem(
      item({ kind: 'contacts-verified', intervalMonths: 6 }),
      evidence,
      TODAY,
    );
    expect(result.findings).toEqual([
      { code: 'contact-verification-overdue', since: '2026-11-23', subject: 'Secretaris' },
      { code: 'contact-never-verified', since: null, subject: 'Expert' },
    ]);
    expect(result.staleSince).toBeNull();
  });

  it('wants a drill within the interval', () => {
    const drill = item({ kind: 'drill-held', intervalMonths: 12 });
    expect(assessReadinessItem(drill, none, TODAY).findings.map((f) => f.code)).toEqual([
      'no-drill',
    ]);
    expect(assessReadinessItem(drill, { ...none, lastDrillOn: '2026-01-10' }, TODAY).status).toBe(
      'current',
    );
    expect(assessReadinessItem(drill, { ...none, lastDrillOn: '2025-10-01' }, TODAY)).toMatchObject(
      {
        status: 'stale',
        staleSince: '2026-10-01',
        findings: [{ code: 'drill-overdue', since: '2026-10-01', subject: '2025-10-01' }],
      },
    );
  });

  it('flags the stale parts of the demo organisation and no others', () => {
    const demo = demoReadiness(TODAY);
    const summary = assessReadiness(
      demo.items,
      {
        agreements: demo.agreements,
        contacts: demo.positions.map((p) => ({
          id: p.id,
          label: p.title,
          contactVerifiedOn: p.contactVerifiedOn,
        })),
        lastDrillOn: demo.drill.activation.finishedAt!.slice(0, 10),
      },
      TODAY,
    );
    const byKind = Object.fromEntries(
      demo.items.map((i, n) => [i.kind, summary.assessments[n]!.status]),
    );
    expect(byKind).toEqual({
      'agreements-current': 'stale',
      'contacts-verified': 'stale',
      'knowledge-base-reviewed': 'stale',
      'drill-held': 'current',
      other: 'current',
    });
    expect(summary).toMatchObject({ stale: 3, current: 2, dueSoon: 0 });
  });

  it('rejects an item naming the field and value', () => {
    try {
      validateReadinessItem({ ...item({}), intervalMonths: 0, lastReviewedOn: '2026-02-30' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).invalidParams.map((p) => p.name)).toEqual([
        'intervalMonths',
        'lastReviewedOn',
      ]);
    }
  });
});
