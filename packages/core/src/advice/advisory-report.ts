import { DomainError, conflict, invalidInput } from '../errors/domain-error.ts';
import type { InvalidParam } from '../errors/domain-error.ts';
import type { AdvisoryBody, Principal } from '../access/role.ts';
import { bodyOfRole } from '../access/role.ts';

export type AdviceStatus = 'draft' | 'adopted' | 'sent';
export const ADVICE_STATUSES: readonly AdviceStatus[] = ['draft', 'adopted', 'sent'];

/**
 * public: anyone may read it once sent; internal: everyone in the cycle once sent;
 * confidential: the body itself and its minister's department, others only by consent.
 */
export type Confidentiality = 'public' | 'internal' | 'confidential';
export const CONFIDENTIALITIES: readonly Confidentiality[] = ['public', 'internal', 'confidential'];

/** A part of an advice: consent can cover the whole advice or named parts (seed 000). */
export interface AdviceSection {
  key: string;
  heading: string;
  text: string;
}

export interface AdvisoryReport {
  id: string;
  requestId: string;
  body: AdvisoryBody;
  title: string;
  sections: AdviceSection[];
  /** measure codes the advice covers, compared across the bodies before the ACC */
  measureCodes: string[];
  status: AdviceStatus;
  confidentiality: Confidentiality;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  adoptedAt: string | null;
  sentAt: string | null;
  demo: boolean;
}

export interface AdvisoryReportDraft {
  requestId: string;
  body: AdvisoryBody;
  title: string;
  sections: AdviceSection[];
  measureCodes: string[];
  confidentiality: Confidentiality;
}

export function validateReportDraft(draft: Omit<AdvisoryReportDraft, 'requestId' | 'body'>): void {
  const problems: InvalidParam[] = [];
  if (draft.title.trim() === '') problems.push({ name: 'title', reason: 'must not be empty' });
  if (draft.sections.length === 0) {
    problems.push({ name: 'sections', reason: 'an advice has at least one section' });
  }
  const keys = new Set<string>();
  draft.sections.forEach((s, i) => {
    if (!/^[a-z0-9-]{1,40}$/.test(s.key)) {
      problems.push({
        name: `sections[${i}].key`,
        reason: 'lower-case letters, digits and hyphens',
        value: s.key,
      });
    }
    if (keys.has(s.key)) {
      problems.push({
        name: `sections[${i}].key`,
        reason: 'section keys are unique',
        value: s.key,
      });
    }
    keys.add(s.key);
  });
  if (new Set(draft.measureCodes).size !== draft.measureCodes.length) {
    problems.push({ name: 'measureCodes', reason: 'each measure once', value: draft.measureCodes });
  }
  if (problems.length > 0) throw invalidInput('The advice is invalid.', problems);
}

/** Only members of the body itself write its advice; the secretariat writes for the MIT. */
export function assertMayWrite(principal: Principal, body: AdvisoryBody): void {
  if (bodyOfRole(principal.role) !== body) {
    throw new DomainError(
      'forbidden',
      `Role '${principal.role}' does not write advice for the ${body}.`,
    );
  }
}

export function assertEditable(report: AdvisoryReport): void {
  if (report.status !== 'draft') {
    throw conflict(`Advice '${report.id}' is ${report.status}; only a draft can be changed.`);
  }
}

/**
 * draft → adopted by the body's chair; adopted → sent by the chair (for the MIT also the
 * secretariat, which sends on the chair's behalf). No way back: a sent advice is a record.
 */
export function assertTransition(
  principal: Principal,
  report: AdvisoryReport,
  target: AdviceStatus,
): void {
  assertMayWrite(principal, report.body);
  const chair = report.body === 'OMT' ? 'omt-chair' : 'mit-chair';
  const expectedFrom: Record<AdviceStatus, AdviceStatus | null> = {
    draft: null,
    adopted: 'draft',
    sent: 'adopted',
  };
  if (expectedFrom[target] !== report.status) {
    throw conflict(`Advice '${report.id}' is ${report.status} and cannot become ${target}.`);
  }
  const allowed =
    principal.role === chair ||
    (target === 'sent' && report.body === 'MIT' && principal.role === 'secretariat');
  if (!allowed) {
    throw new DomainError(
      'forbidden',
      `Only the ${report.body} chair${report.body === 'MIT' && target === 'sent' ? ' or the secretariat' : ''} may make advice ${target}.`,
    );
  }
}
