import { DomainError, invalidInput } from '../errors/domain-error.ts';
import type { InvalidParam } from '../errors/domain-error.ts';
import type { AdvisoryBody, Department, Principal } from '../access/role.ts';
import type { DeadlineStep } from '../calendar/deadlines.ts';

/** An adviesaanvraag: one question to the OMT and/or the MIT, serving one MCC. */
export interface AdviceRequest {
  id: string;
  title: string;
  question: string;
  requestingDepartment: Department;
  measureCodes: string[];
  bundleCodes: string[];
  /** the MCC occurrence served (its uid) and its moment */
  mccUid: string;
  mccAt: string;
  addressees: AdvisoryBody[];
  /** derived backwards from the MCC, with the rule for each */
  deadlines: DeadlineStep[];
  createdBy: string | null;
  createdAt: string;
  demo: boolean;
}

export interface AdviceRequestDraft {
  title: string;
  question: string;
  requestingDepartment: Department;
  measureCodes: string[];
  bundleCodes: string[];
  mccUid: string;
  addressees: AdvisoryBody[];
}

export function validateAdviceRequestDraft(principal: Principal, draft: AdviceRequestDraft): void {
  // an official asks on behalf of their own department; the secretariat registers for any
  if (
    principal.role === 'ministry-official' &&
    principal.department !== draft.requestingDepartment
  ) {
    throw new DomainError(
      'forbidden',
      `An official of ${principal.department ?? 'no department'} cannot request advice for ${draft.requestingDepartment}.`,
    );
  }
  const problems: InvalidParam[] = [];
  if (draft.title.trim() === '') problems.push({ name: 'title', reason: 'must not be empty' });
  if (draft.question.trim().length < 10) {
    problems.push({
      name: 'question',
      reason: 'ask the question in at least 10 characters',
      value: draft.question,
    });
  }
  if (draft.addressees.length === 0 || new Set(draft.addressees).size !== draft.addressees.length) {
    problems.push({
      name: 'addressees',
      reason: 'OMT, MIT or both, each once',
      value: draft.addressees,
    });
  }
  if (draft.measureCodes.length === 0 && draft.bundleCodes.length === 0) {
    problems.push({ name: 'measureCodes', reason: 'name the measures or bundles in scope' });
  }
  if (problems.length > 0) throw invalidInput('The request for advice is invalid.', problems);
}
