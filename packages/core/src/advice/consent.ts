import { DomainError, conflict, invalidInput } from '../errors/domain-error.ts';
import type { InvalidParam } from '../errors/domain-error.ts';
import type { Principal, Role } from '../access/role.ts';
import { owningDepartment } from '../access/role.ts';
import type { AdvisoryReport } from './advisory-report.ts';

/** Who a consent lets read the other body's confidential advice (seed 000: the chairs). */
export type ConsentGrantee = Extract<
  Role,
  'mit-chair' | 'mit-member' | 'secretariat' | 'omt-chair' | 'omt-member'
>;
export const CONSENT_GRANTEES: readonly ConsentGrantee[] = [
  'mit-chair',
  'mit-member',
  'secretariat',
  'omt-chair',
  'omt-member',
];

export interface Consent {
  id: string;
  reportId: string;
  /** the parts covered; null covers the whole advice */
  sectionKeys: string[] | null;
  granteeRole: ConsentGrantee;
  grantedBy: string;
  grantedByName: string;
  grantedAt: string;
  /** null: until revoked */
  expiresAt: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
  revocationReason: string | null;
  note: string;
}

export type ConsentState = 'active' | 'expired' | 'revoked';

export function consentState(consent: Consent, now: Date): ConsentState {
  if (consent.revokedAt !== null && Date.parse(consent.revokedAt) <= now.getTime())
    return 'revoked';
  if (consent.expiresAt !== null && Date.parse(consent.expiresAt) <= now.getTime())
    return 'expired';
  return 'active';
}

export interface ConsentGrantInput {
  sectionKeys: string[] | null;
  granteeRole: ConsentGrantee;
  expiresAt: string | null;
  note: string;
}

/**
 * Only the minister of the department that receives the advice may share it — for OMT advice
 * the Minister of VWS, "not for the chair of the OMT to decide" (seed 000) — and only with
 * the other body, for an advice that exists in the parts named, for a time still to come.
 */
export function validateConsentGrant(
  principal: Principal,
  report: AdvisoryReport,
  input: ConsentGrantInput,
  now: Date,
): void {
  const department = owningDepartment(report.body);
  if (principal.role !== 'minister' || principal.department !== department) {
    throw new DomainError(
      'forbidden',
      `Only the minister of ${department} may consent to sharing ${report.body} advice.`,
    );
  }
  if (report.confidentiality !== 'confidential') {
    throw conflict(`Advice '${report.id}' is not confidential; it needs no consent.`);
  }
  const problems: InvalidParam[] = [];
  const granteeBody = input.granteeRole.startsWith('omt') ? 'OMT' : 'MIT';
  if (granteeBody === report.body) {
    problems.push({
      name: 'granteeRole',
      reason: `the ${report.body} reads its own advice without consent`,
      value: input.granteeRole,
    });
  }
  if (input.expiresAt !== null && !(Date.parse(input.expiresAt) > now.getTime())) {
    problems.push({ name: 'expiresAt', reason: 'must lie in the future', value: input.expiresAt });
  }
  if (input.sectionKeys !== null) {
    if (input.sectionKeys.length === 0) {
      problems.push({ name: 'sectionKeys', reason: 'name at least one part, or null for all' });
    }
    const known = new Set(report.sections.map((s) => s.key));
    input.sectionKeys.forEach((key, i) => {
      if (!known.has(key)) {
        problems.push({
          name: `sectionKeys[${i}]`,
          reason: 'the advice has no such part',
          value: key,
        });
      }
    });
  }
  if (problems.length > 0) throw invalidInput('The consent is invalid.', problems);
}

export function validateConsentRevocation(
  principal: Principal,
  report: AdvisoryReport,
  consent: Consent,
  now: Date,
): void {
  const department = owningDepartment(report.body);
  if (principal.role !== 'minister' || principal.department !== department) {
    throw new DomainError(
      'forbidden',
      `Only the minister of ${department} may revoke this consent.`,
    );
  }
  const state = consentState(consent, now);
  if (state !== 'active') throw conflict(`Consent '${consent.id}' is already ${state}.`);
}
