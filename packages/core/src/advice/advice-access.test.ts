import { describe, expect, it } from 'vitest';
import type { Principal } from '../access/role.ts';
import { DomainError } from '../errors/domain-error.ts';
import type { AdvisoryReport } from './advisory-report.ts';
import { assertTransition } from './advisory-report.ts';
import type { Consent } from './consent.ts';
import { consentState, validateConsentGrant, validateConsentRevocation } from './consent.ts';
import { decideReportAccess, redactReport } from './advisory-report-access.ts';
import { checkCoverage } from './coverage.ts';

const who = (role: Principal['role'], department: Principal['department'] = null): Principal => ({
  userId: `u-${role}-${department ?? ''}`,
  username: role,
  role,
  department,
});

const omtAdvice: AdvisoryReport = {
  id: 'omt-1',
  requestId: 'req-1',
  body: 'OMT',
  title: 'OMT-advies',
  sections: [
    { key: 'beeld', heading: 'Epidemiologisch beeld', text: 'R ligt rond 1,1.' },
    { key: 'maatregelen', heading: 'Maatregelen', text: 'Sluit de horeca om 22 uur.' },
  ],
  measureCodes: ['horeca', 'avondklok'],
  status: 'sent',
  confidentiality: 'confidential',
  createdBy: 'u-omt',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  adoptedAt: '2026-01-01T00:00:00.000Z',
  sentAt: '2026-01-02T00:00:00.000Z',
  demo: false,
};

const now = new Date('2026-01-10T12:00:00.000Z');
const consent = (over: Partial<Consent> = {}): Consent => ({
  id: 'c1',
  reportId: 'omt-1',
  sectionKeys: null,
  granteeRole: 'mit-chair',
  grantedBy: 'u-minister',
  grantedByName: 'minister',
  grantedAt: '2026-01-09T00:00:00.000Z',
  expiresAt: '2026-01-11T00:00:00.000Z',
  revokedAt: null,
  revokedBy: null,
  revocationReason: null,
  note: '',
  ...over,
});

describe('confidential OMT advice and consent', () => {
  it('is hidden from the MIT chair without consent, readable with it, and hidden again after', () => {
    const chair = who('mit-chair');
    expect(decideReportAccess(chair, omtAdvice, [], now).outcome).toBe('hidden');
    const granted = decideReportAccess(chair, omtAdvice, [consent()], now);
    expect(granted).toMatchObject({
      outcome: 'full',
      viaConsentIds: ['c1'],
      confidentialRead: true,
    });
    // expiry: the same consent one moment after it ends gives nothing
    expect(
      decideReportAccess(chair, omtAdvice, [consent()], new Date('2026-01-11T00:00:00.000Z'))
        .outcome,
    ).toBe('hidden');
    const revoked = consent({ revokedAt: '2026-01-10T11:59:59.000Z' });
    expect(consentState(revoked, now)).toBe('revoked');
    expect(decideReportAccess(chair, omtAdvice, [revoked], now).outcome).toBe('hidden');
    // a consent for the chair is not a consent for the members
    expect(decideReportAccess(who('mit-member'), omtAdvice, [consent()], now).outcome).toBe(
      'hidden',
    );
  });

  it('shares only the parts a consent names, and says which are withheld', () => {
    const access = decideReportAccess(
      who('mit-chair'),
      omtAdvice,
      [consent({ sectionKeys: ['beeld'] })],
      now,
    );
    expect(access.outcome).toBe('partial');
    const seen = redactReport(omtAdvice, access);
    expect(seen.sections.map((s) => s.key)).toEqual(['beeld']);
    expect(seen.withheldSectionKeys).toEqual(['maatregelen']);
  });

  it('lets the OMT and VWS read without consent, and nobody read a draft of the other body', () => {
    expect(decideReportAccess(who('omt-member'), omtAdvice, [], now).outcome).toBe('full');
    expect(decideReportAccess(who('minister', 'VWS'), omtAdvice, [], now).outcome).toBe('full');
    expect(decideReportAccess(who('ministry-official', 'EZK'), omtAdvice, [], now).outcome).toBe(
      'hidden',
    );
    const draft = { ...omtAdvice, status: 'draft' as const, confidentiality: 'internal' as const };
    expect(decideReportAccess(who('minister', 'VWS'), draft, [], now).outcome).toBe('hidden');
    expect(
      decideReportAccess(who('practice-circle-reporter'), omtAdvice, [consent()], now).outcome,
    ).toBe('hidden');
  });

  it('takes consent only from the Minister of VWS, for a future end and existing parts', () => {
    const input = {
      sectionKeys: null,
      granteeRole: 'mit-chair' as const,
      expiresAt: '2026-02-01T00:00:00Z',
      note: '',
    };
    expect(() => validateConsentGrant(who('minister', 'VWS'), omtAdvice, input, now)).not.toThrow();
    expect(() => validateConsentGrant(who('minister', 'SZW'), omtAdvice, input, now)).toThrow(
      /minister of VWS/,
    );
    expect(() => validateConsentGrant(who('omt-chair'), omtAdvice, input, now)).toThrow(
      DomainError,
    );
    const past = () =>
      validateConsentGrant(
        who('minister', 'VWS'),
        omtAdvice,
        { ...input, expiresAt: '2026-01-01T00:00:00Z' },
        now,
      );
    expect(past).toThrow(/invalid/);
    const part = () =>
      validateConsentGrant(
        who('minister', 'VWS'),
        omtAdvice,
        { ...input, sectionKeys: ['geen'] },
        now,
      );
    expect(part).toThrow(/invalid/);
    expect(() =>
      validateConsentRevocation(
        who('minister', 'VWS'),
        omtAdvice,
        consent({ revokedAt: now.toISOString() }),
        now,
      ),
    ).toThrow(/already revoked/);
  });

  it('moves advice draft → adopted → sent by the chair only, never back', () => {
    const draft = { ...omtAdvice, status: 'draft' as const };
    expect(() => assertTransition(who('omt-member'), draft, 'adopted')).toThrow(/chair/);
    expect(() => assertTransition(who('omt-chair'), draft, 'adopted')).not.toThrow();
    expect(() => assertTransition(who('omt-chair'), draft, 'sent')).toThrow(/cannot become sent/);
    expect(() => assertTransition(who('mit-chair'), draft, 'adopted')).toThrow(
      /does not write advice for the OMT/,
    );
    const mit = { ...omtAdvice, body: 'MIT' as const, status: 'adopted' as const };
    expect(() => assertTransition(who('secretariat'), mit, 'sent')).not.toThrow();
  });
});

describe('coverage check', () => {
  it('names the measures only one body covers and those neither covers', () => {
    const result = checkCoverage(
      ['horeca', 'avondklok', 'scholen'],
      { id: 'o', measureCodes: ['horeca', 'avondklok'] },
      { id: 'm', measureCodes: ['horeca', 'thuiswerken'] },
    );
    expect(result).toMatchObject({
      inBoth: ['horeca'],
      onlyOmt: ['avondklok'],
      onlyMit: ['thuiswerken'],
      coveredByNeither: ['scholen'],
      aligned: false,
    });
    expect(result.explanation).toContain('only the OMT covers: avondklok');
    expect(
      checkCoverage(['a'], { id: 'o', measureCodes: ['a'] }, { id: 'm', measureCodes: ['a'] })
        .aligned,
    ).toBe(true);
    expect(checkCoverage(['a'], null, { id: 'm', measureCodes: ['a'] }).aligned).toBe(false);
  });
});
