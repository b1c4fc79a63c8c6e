import { DEPARTMENTS } from '../access/role.ts';
import type { Department } from '../access/role.ts';
import { invalidInput } from '../errors/domain-error.ts';
import type { InvalidParam } from '../errors/domain-error.ts';
import { isIsoDate } from '../calendar/meeting.ts';

/**
 * The dormant MIT's organisation (seed 001): who chairs by function, which departments second
 * which staff to the secretariat, and the expert pool by attention area (seed 004). Nobody is
 * employed while dormant; these records say who can be called up and how.
 */

export type CommitteeRoleKind = 'chair' | 'vice-chair' | 'member';
export const COMMITTEE_ROLE_KINDS: readonly CommitteeRoleKind[] = ['chair', 'vice-chair', 'member'];

/** Attention areas of the expert network, as listed in seed 004. */
export type AttentionArea =
  | 'public-order-safety'
  | 'human-rights'
  | 'public-health-lifestyle'
  | 'mental-health'
  | 'care'
  | 'education'
  | 'innovation-entrepreneurship'
  | 'sport'
  | 'culture'
  | 'media'
  | 'international';
export const ATTENTION_AREAS: readonly AttentionArea[] = [
  'public-order-safety',
  'human-rights',
  'public-health-lifestyle',
  'mental-health',
  'care',
  'education',
  'innovation-entrepreneurship',
  'sport',
  'culture',
  'media',
  'international',
];

export type ContactKind = 'email' | 'phone';
export const CONTACT_KINDS: readonly ContactKind[] = ['email', 'phone'];

/** One channel to call someone up on: the only contact detail kept (data minimisation). */
export interface ContactChannel {
  kind: ContactKind;
  address: string;
}

export interface CommitteeRole {
  id: string;
  kind: CommitteeRoleKind;
  title: string;
  /** the office that holds the role, e.g. 'de directeur-generaal Sociale Zaken van SZW' */
  byFunction: string | null;
  holderName: string | null;
  contact: ContactChannel | null;
  attentionArea: AttentionArea | null;
  /** when the contact was last checked to still reach the holder */
  contactVerifiedOn: string | null;
  demo: boolean;
}

export interface SecondmentAgreement {
  id: string;
  department: Department;
  /** full-time equivalents the department seconds when the MIT activates */
  fte: number;
  /** days between the call-up and the first working day */
  noticeDays: number;
  contactName: string;
  contact: ContactChannel;
  signedOn: string;
  /** the agreement must be reconfirmed by this day to count as current */
  reviewOn: string;
  demo: boolean;
}

export interface SecretariatPosition {
  id: string;
  title: string;
  department: Department;
  agreementId: string | null;
  holderName: string | null;
  contact: ContactChannel | null;
  contactVerifiedOn: string | null;
  demo: boolean;
}

export type Availability = 'available' | 'limited' | 'unavailable';
export const AVAILABILITIES: readonly Availability[] = ['available', 'limited', 'unavailable'];

/** What an expert agreed to be contacted for. */
export type ConsentScope = 'activation' | 'activation-and-drills';
export const CONSENT_SCOPES: readonly ConsentScope[] = ['activation', 'activation-and-drills'];

export interface ContactConsent {
  givenOn: string;
  scope: ConsentScope;
  expiresOn: string;
}

/**
 * An expert in the pool: only what is needed to call them up (name, function or
 * organisation, one channel) plus the recorded consent that allows keeping even that.
 */
export interface Expert {
  id: string;
  name: string;
  organisation: string;
  attentionArea: AttentionArea;
  availability: Availability;
  contact: ContactChannel;
  contactVerifiedOn: string | null;
  consent: ContactConsent;
  demo: boolean;
}

export type CommitteeRoleInput = Omit<CommitteeRole, 'id'>;
export type SecondmentAgreementInput = Omit<SecondmentAgreement, 'id'>;
export type SecretariatPositionInput = Omit<SecretariatPosition, 'id'>;
export type ExpertInput = Omit<Expert, 'id'>;

const oneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

function checkDate(params: InvalidParam[], name: string, value: string | null): void {
  if (value !== null && !isIsoDate(value))
    params.push({ name, reason: 'is not a calendar date (YYYY-MM-DD)', value });
}

function checkText(params: InvalidParam[], name: string, value: string): void {
  if (value.trim() === '') params.push({ name, reason: 'must not be empty', value });
}

function checkContact(params: InvalidParam[], name: string, contact: ContactChannel | null): void {
  if (contact === null) return;
  if (!oneOf(CONTACT_KINDS, contact.kind))
    params.push({ name: `${name}.kind`, reason: 'is not email or phone', value: contact.kind });
  if (contact.kind === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(contact.address))
    params.push({
      name: `${name}.address`,
      reason: 'is not an e-mail address',
      value: contact.address,
    });
  if (contact.kind === 'phone' && !/^\+?[0-9 ()-]{6,}$/.test(contact.address))
    params.push({
      name: `${name}.address`,
      reason: 'is not a telephone number',
      value: contact.address,
    });
}

function fail(what: string, params: InvalidParam[]): void {
  if (params.length > 0) throw invalidInput(`The ${what} is invalid.`, params);
}

/** A chair is fixed by function (seed 001), so that the role survives a change of person. */
export function validateCommitteeRole(role: CommitteeRoleInput): void {
  const params: InvalidParam[] = [];
  checkText(params, 'title', role.title);
  if (!oneOf(COMMITTEE_ROLE_KINDS, role.kind))
    params.push({
      name: 'kind',
      reason: `is not one of ${COMMITTEE_ROLE_KINDS.join(', ')}`,
      value: role.kind,
    });
  if (role.kind === 'chair' && (role.byFunction === null || role.byFunction.trim() === ''))
    params.push({ name: 'byFunction', reason: 'the chair is fixed by function: name the office' });
  if (role.attentionArea !== null && !oneOf(ATTENTION_AREAS, role.attentionArea))
    params.push({
      name: 'attentionArea',
      reason: 'is not an attention area',
      value: role.attentionArea,
    });
  checkContact(params, 'contact', role.contact);
  checkDate(params, 'contactVerifiedOn', role.contactVerifiedOn);
  fail('committee role', params);
}

export function validateSecondmentAgreement(agreement: SecondmentAgreementInput): void {
  const params: InvalidParam[] = [];
  if (!oneOf(DEPARTMENTS, agreement.department))
    params.push({
      name: 'department',
      reason: `is not one of ${DEPARTMENTS.join(', ')}`,
      value: agreement.department,
    });
  if (!(agreement.fte > 0 && agreement.fte <= 50))
    params.push({
      name: 'fte',
      reason: 'must be more than 0 and at most 50',
      value: agreement.fte,
    });
  if (!Number.isInteger(agreement.noticeDays) || agreement.noticeDays < 0)
    params.push({
      name: 'noticeDays',
      reason: 'must be a whole number of days, 0 or more',
      value: agreement.noticeDays,
    });
  checkText(params, 'contactName', agreement.contactName);
  checkContact(params, 'contact', agreement.contact);
  checkDate(params, 'signedOn', agreement.signedOn);
  checkDate(params, 'reviewOn', agreement.reviewOn);
  if (
    isIsoDate(agreement.signedOn) &&
    isIsoDate(agreement.reviewOn) &&
    agreement.reviewOn < agreement.signedOn
  )
    params.push({ name: 'reviewOn', reason: 'lies before signedOn', value: agreement.reviewOn });
  fail('secondment agreement', params);
}

export function validateSecretariatPosition(position: SecretariatPositionInput): void {
  const params: InvalidParam[] = [];
  checkText(params, 'title', position.title);
  if (!oneOf(DEPARTMENTS, position.department))
    params.push({
      name: 'department',
      reason: `is not one of ${DEPARTMENTS.join(', ')}`,
      value: position.department,
    });
  checkContact(params, 'contact', position.contact);
  checkDate(params, 'contactVerifiedOn', position.contactVerifiedOn);
  fail('secretariat position', params);
}

export function validateExpert(expert: ExpertInput): void {
  const params: InvalidParam[] = [];
  checkText(params, 'name', expert.name);
  checkText(params, 'organisation', expert.organisation);
  if (!oneOf(ATTENTION_AREAS, expert.attentionArea))
    params.push({
      name: 'attentionArea',
      reason: 'is not an attention area',
      value: expert.attentionArea,
    });
  if (!oneOf(AVAILABILITIES, expert.availability))
    params.push({
      name: 'availability',
      reason: `is not one of ${AVAILABILITIES.join(', ')}`,
      value: expert.availability,
    });
  checkContact(params, 'contact', expert.contact);
  checkDate(params, 'contactVerifiedOn', expert.contactVerifiedOn);
  checkDate(params, 'consent.givenOn', expert.consent.givenOn);
  checkDate(params, 'consent.expiresOn', expert.consent.expiresOn);
  if (!oneOf(CONSENT_SCOPES, expert.consent.scope))
    params.push({
      name: 'consent.scope',
      reason: `is not one of ${CONSENT_SCOPES.join(', ')}`,
      value: expert.consent.scope,
    });
  if (
    isIsoDate(expert.consent.givenOn) &&
    isIsoDate(expert.consent.expiresOn) &&
    expert.consent.expiresOn <= expert.consent.givenOn
  )
    params.push({
      name: 'consent.expiresOn',
      reason: 'must lie after consent.givenOn',
      value: expert.consent.expiresOn,
    });
  fail('expert', params);
}
