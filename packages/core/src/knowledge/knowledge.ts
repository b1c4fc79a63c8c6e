import { invalidInput } from '../errors/domain-error.ts';
import type { InvalidParam } from '../errors/domain-error.ts';
import { isIsoDate } from '../calendar/meeting.ts';
import { daysBetween } from '../observations/period.ts';

/**
 * The knowledge base that must survive while the MIT sleeps (seeds 001 and 002): dossiers
 * with strategic, long-term advice on the after-effects of earlier policy; lessons learned
 * with an owner of the follow-up; sector playbooks, continuity plans and protocols that are
 * reviewed by a date. Each can point at measures, fiches and advice.
 */
export type KnowledgeItemType = 'dossier' | 'lesson' | 'playbook';
export const KNOWLEDGE_ITEM_TYPES: readonly KnowledgeItemType[] = ['dossier', 'lesson', 'playbook'];

export type LessonStatus = 'open' | 'in-progress' | 'done';
export const LESSON_STATUSES: readonly LessonStatus[] = ['open', 'in-progress', 'done'];

export type PlaybookKind = 'sector-playbook' | 'continuity-plan' | 'protocol';
export const PLAYBOOK_KINDS: readonly PlaybookKind[] = [
  'sector-playbook',
  'continuity-plan',
  'protocol',
];

/** What a knowledge item points at: a measure, one version of a fiche, or advice. */
export type KnowledgeLinkTarget =
  | { type: 'measure'; measureCode: string }
  | { type: 'fiche'; measureCode: string; level: number; version: number }
  | { type: 'advice-request'; id: string }
  | { type: 'advisory-report'; id: string };

export interface KnowledgeLink {
  target: KnowledgeLinkTarget;
  /** how the target is named where it is shown (measure name, request title) */
  label: string;
}

export interface Dossier {
  id: string;
  title: string;
  theme: string;
  summary: string;
  /** strategic long-term advice, e.g. on after-effects of earlier policy */
  strategicAdvice: string;
  owner: string;
  reviewBy: string | null;
  links: KnowledgeLink[];
  demo: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface LessonLearned {
  id: string;
  title: string;
  whatHappened: string;
  whatWeLearned: string;
  followUp: string;
  followUpOwner: string;
  status: LessonStatus;
  /** when it happened (a day of the period it is about), if known */
  occurredOn: string | null;
  dossierId: string | null;
  links: KnowledgeLink[];
  demo: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Playbook {
  id: string;
  kind: PlaybookKind;
  title: string;
  sector: string;
  owner: string;
  body: string;
  reviewBy: string;
  lastReviewedOn: string | null;
  links: KnowledgeLink[];
  demo: boolean;
  createdAt: string;
  updatedAt: string;
  /** derived: whether the review date has passed, with the explanation */
  review: ReviewState;
}

export type DossierInput = Omit<Dossier, 'id' | 'demo' | 'createdAt' | 'updatedAt' | 'links'> & {
  links: KnowledgeLinkTarget[];
};
export type LessonInput = Omit<
  LessonLearned,
  'id' | 'demo' | 'createdAt' | 'updatedAt' | 'links'
> & { links: KnowledgeLinkTarget[] };
export type PlaybookInput = Omit<
  Playbook,
  'id' | 'demo' | 'createdAt' | 'updatedAt' | 'links' | 'review'
> & { links: KnowledgeLinkTarget[] };

export interface ReviewState {
  stale: boolean;
  /** days past the review date (negative: days left) */
  daysOverdue: number;
  explanation: string;
}

/** A playbook, plan or protocol is stale once its review date has passed. */
export function reviewState(reviewBy: string, today: string): ReviewState {
  const overdue = daysBetween(reviewBy, today);
  if (overdue > 0) {
    return {
      stale: true,
      daysOverdue: overdue,
      explanation: `review date ${reviewBy} passed ${overdue} day(s) before ${today}`,
    };
  }
  return {
    stale: false,
    daysOverdue: overdue,
    explanation: `review due by ${reviewBy}, ${-overdue} day(s) after ${today}`,
  };
}

function required(params: InvalidParam[], name: string, value: string, max = 20_000): void {
  if (value.trim() === '') params.push({ name, reason: 'must not be empty', value });
  else if (value.length > max) params.push({ name, reason: `longer than ${max} characters` });
}

function optionalDate(params: InvalidParam[], name: string, value: string | null): void {
  if (value !== null && !isIsoDate(value)) {
    params.push({ name, reason: 'must be a date YYYY-MM-DD', value });
  }
}

function checkLinks(params: InvalidParam[], links: readonly KnowledgeLinkTarget[]): void {
  for (const [i, link] of links.entries()) {
    if (link.type === 'fiche' && (link.level < 1 || link.version < 1)) {
      params.push({ name: `links[${i}]`, reason: 'level and version start at 1', value: link });
    }
  }
}

function throwIfAny(what: string, params: InvalidParam[]): void {
  if (params.length > 0) throw invalidInput(`The ${what} is not valid.`, params);
}

export function validateDossier(input: DossierInput): void {
  const params: InvalidParam[] = [];
  required(params, 'title', input.title, 300);
  required(params, 'theme', input.theme, 200);
  required(params, 'summary', input.summary);
  required(params, 'owner', input.owner, 200);
  optionalDate(params, 'reviewBy', input.reviewBy);
  checkLinks(params, input.links);
  throwIfAny('dossier', params);
}

export function validateLesson(input: LessonInput): void {
  const params: InvalidParam[] = [];
  required(params, 'title', input.title, 300);
  required(params, 'whatHappened', input.whatHappened);
  required(params, 'whatWeLearned', input.whatWeLearned);
  required(params, 'followUpOwner', input.followUpOwner, 200);
  if (!LESSON_STATUSES.includes(input.status)) {
    params.push({
      name: 'status',
      reason: `one of ${LESSON_STATUSES.join(', ')}`,
      value: input.status,
    });
  }
  optionalDate(params, 'occurredOn', input.occurredOn);
  checkLinks(params, input.links);
  throwIfAny('lesson learned', params);
}

export function validatePlaybook(input: PlaybookInput): void {
  const params: InvalidParam[] = [];
  required(params, 'title', input.title, 300);
  required(params, 'sector', input.sector, 200);
  required(params, 'owner', input.owner, 200);
  required(params, 'body', input.body);
  if (!PLAYBOOK_KINDS.includes(input.kind)) {
    params.push({ name: 'kind', reason: `one of ${PLAYBOOK_KINDS.join(', ')}`, value: input.kind });
  }
  if (!isIsoDate(input.reviewBy)) {
    params.push({ name: 'reviewBy', reason: 'must be a date YYYY-MM-DD', value: input.reviewBy });
  }
  optionalDate(params, 'lastReviewedOn', input.lastReviewedOn);
  checkLinks(params, input.links);
  throwIfAny('playbook', params);
}

/** A stretch of a search snippet; `match` marks the words the query found. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface KnowledgeSearchHit {
  type: KnowledgeItemType;
  id: string;
  title: string;
  rank: number;
  snippet: SnippetPart[];
  demo: boolean;
}

/**
 * Splits a highlighted text whose matches are enclosed in `start`/`stop` markers into
 * parts, so that no markup travels and the web page renders the marks itself.
 */
export function snippetParts(highlighted: string, start: string, stop: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = highlighted;
  while (rest.length > 0) {
    const open = rest.indexOf(start);
    if (open < 0) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open), match: false });
    const close = rest.indexOf(stop, open + start.length);
    const end = close < 0 ? rest.length : close;
    parts.push({ text: rest.slice(open + start.length, end), match: true });
    rest = close < 0 ? '' : rest.slice(close + stop.length);
  }
  return parts;
}
