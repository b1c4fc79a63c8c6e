import { DomainError, conflict, invalidInput } from '../errors/domain-error.ts';
import type { InvalidParam } from '../errors/domain-error.ts';
import type { Department, Principal, Role } from '../access/role.ts';

export type PublicationDocumentType = 'advice' | 'work-programme' | 'fiche' | 'report';
export const PUBLICATION_DOCUMENT_TYPES: readonly PublicationDocumentType[] = [
  'advice',
  'work-programme',
  'fiche',
  'report',
];

export type PublicationTarget = 'public-page' | 'open-data';
export const PUBLICATION_TARGETS: readonly PublicationTarget[] = ['public-page', 'open-data'];

/** Roles whose approval a publication can require. */
export type ApproverRole = Extract<Role, 'minister' | 'mit-chair' | 'omt-chair'>;
export const APPROVER_ROLES: readonly ApproverRole[] = ['minister', 'mit-chair', 'omt-chair'];

export interface RequiredApproval {
  role: ApproverRole;
  /** for a minister: which one (the work programme goes to Parliament through SZW, seed 004) */
  department: Department | null;
}

export interface PublicationApproval extends RequiredApproval {
  userId: string;
  username: string;
  approvedAt: string;
}

export interface Withdrawal {
  withdrawnAt: string;
  withdrawnBy: string;
  reason: string;
}

/**
 * Woo (Open Government Act) metadata: the information category of art. 3.3, who made the
 * document and who publishes it, so that a Woo index can take the listing as it is.
 */
export interface WooMetadata {
  informationCategory: string;
  wooArticle: string;
  creator: string;
  publisher: string;
  language: 'nl' | 'en';
}

export interface Publication {
  id: string;
  documentType: PublicationDocumentType;
  title: string;
  summary: string;
  /** the text published, frozen when scheduled */
  content: string;
  /** what it was made from, e.g. 'advisory-report:<id>' */
  sourceRef: string | null;
  embargoUntil: string;
  requiredApprovals: RequiredApproval[];
  approvals: PublicationApproval[];
  targets: PublicationTarget[];
  withdrawal: Withdrawal | null;
  woo: WooMetadata;
  scheduledBy: string | null;
  scheduledAt: string;
  demo: boolean;
}

export type PublicationState = 'awaiting-approval' | 'embargoed' | 'published' | 'withdrawn';

export interface PublicationStatus {
  state: PublicationState;
  /** when it became (or becomes, once approved) public: the embargo or the last approval */
  publishedAt: string | null;
  missingApprovals: RequiredApproval[];
  reason: string;
}

const sameApprover = (a: RequiredApproval, b: RequiredApproval) =>
  a.role === b.role && (a.department === null || a.department === b.department);

/**
 * Public only when the embargo has passed AND every required approval is there, and not
 * withdrawn. The server asks this on every read; nothing is switched "public" by a job, so
 * a document cannot appear early because a job ran early.
 */
export function publicationStatus(pub: Publication, now: Date): PublicationStatus {
  if (pub.withdrawal) {
    return {
      state: 'withdrawn',
      publishedAt: null,
      missingApprovals: [],
      reason: `withdrawn at ${pub.withdrawal.withdrawnAt}: ${pub.withdrawal.reason}`,
    };
  }
  const missing = pub.requiredApprovals.filter(
    (r) => !pub.approvals.some((a) => sameApprover(r, a)),
  );
  if (missing.length > 0) {
    return {
      state: 'awaiting-approval',
      publishedAt: null,
      missingApprovals: missing,
      reason: `awaiting approval by ${missing.map((m) => (m.department ? `${m.role} (${m.department})` : m.role)).join(', ')}`,
    };
  }
  const moments = [
    Date.parse(pub.embargoUntil),
    ...pub.approvals.map((a) => Date.parse(a.approvedAt)),
  ];
  const publishedAt = new Date(Math.max(...moments)).toISOString();
  if (now.getTime() < Date.parse(pub.embargoUntil)) {
    return {
      state: 'embargoed',
      publishedAt,
      missingApprovals: [],
      reason: `approved; under embargo until ${pub.embargoUntil}`,
    };
  }
  return {
    state: 'published',
    publishedAt,
    missingApprovals: [],
    reason: `embargo passed at ${pub.embargoUntil} and every required approval is given`,
  };
}

export interface PublicationDraft {
  documentType: PublicationDocumentType;
  title: string;
  summary: string;
  content: string;
  sourceRef: string | null;
  embargoUntil: string;
  requiredApprovals: RequiredApproval[];
  targets: PublicationTarget[];
  language: 'nl' | 'en';
}

export function validatePublicationDraft(draft: PublicationDraft, now: Date): void {
  const problems: InvalidParam[] = [];
  if (draft.title.trim() === '') problems.push({ name: 'title', reason: 'must not be empty' });
  if (draft.content.trim() === '') problems.push({ name: 'content', reason: 'must not be empty' });
  if (!(Date.parse(draft.embargoUntil) > now.getTime())) {
    problems.push({
      name: 'embargoUntil',
      reason: 'must lie in the future: publication is scheduled, never immediate',
      value: draft.embargoUntil,
    });
  }
  if (draft.targets.length === 0)
    problems.push({ name: 'targets', reason: 'name at least one target' });
  draft.requiredApprovals.forEach((r, i) => {
    if (r.role === 'minister' && r.department === null) {
      problems.push({
        name: `requiredApprovals[${i}].department`,
        reason: 'say which minister',
        value: null,
      });
    }
  });
  if (problems.length > 0) throw invalidInput('The publication is invalid.', problems);
}

/** Which required approval this principal gives, or why they cannot approve. */
export function approvalFor(principal: Principal, pub: Publication, now: Date): RequiredApproval {
  const status = publicationStatus(pub, now);
  if (status.state === 'withdrawn') throw conflict(`Publication '${pub.id}' is withdrawn.`);
  const match = status.missingApprovals.find(
    (r) =>
      r.role === principal.role && (r.department === null || r.department === principal.department),
  );
  if (!match) {
    throw new DomainError(
      'forbidden',
      `Publication '${pub.id}' awaits no approval from ${principal.role}${principal.department ? ` (${principal.department})` : ''}.`,
    );
  }
  return match;
}

export function validateWithdrawal(pub: Publication, reason: string): void {
  if (pub.withdrawal) throw conflict(`Publication '${pub.id}' is already withdrawn.`);
  if (reason.trim().length < 5) {
    throw invalidInput('A withdrawal needs a reason.', [
      { name: 'reason', reason: 'say why, in at least 5 characters', value: reason },
    ]);
  }
}

/** Woo art. 3.3 lid 2 information categories for the document types we publish. */
export function wooMetadataFor(type: PublicationDocumentType, language: 'nl' | 'en'): WooMetadata {
  const base = {
    creator: 'Maatschappelijk Impact Team',
    publisher: 'Ministerie van Sociale Zaken en Werkgelegenheid',
    language,
  };
  switch (type) {
    case 'advice':
      return { ...base, informationCategory: 'adviezen', wooArticle: 'Woo art. 3.3 lid 2 sub h' };
    case 'work-programme':
      return {
        ...base,
        informationCategory: 'jaarplannen en jaarverslagen',
        wooArticle: 'Woo art. 3.3 lid 2 sub j',
      };
    case 'fiche':
    case 'report':
      return {
        ...base,
        informationCategory: 'onderzoeksrapporten',
        wooArticle: 'Woo art. 3.3 lid 2 sub m',
      };
    default: {
      const unreachable: never = type;
      throw new Error(`unknown document type ${String(unreachable)}`);
    }
  }
}
