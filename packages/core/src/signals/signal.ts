import { INDICATOR_THEMES } from '../indicators/indicator.ts';
import type { IndicatorTheme } from '../indicators/indicator.ts';
import type { PiiKind } from './pii-scrubber.ts';

/**
 * A signal from practice: a fact someone observed (seed 004: facts, early — not interests or
 * opinions), about a group, in a domain, somewhere, at some time. Only scrubbed text is ever
 * held (pii-scrubber.ts), and the reporter only by a keyed pseudonym (reporter-pseudonym.ts).
 */

/** The target groups of the MIT's practice circles (seed 004), as codes. */
export const TARGET_GROUPS = [
  'entrepreneurs',
  'self-employed',
  'employees',
  'young-people',
  'disability-chronic-illness',
  'mental-health-problems',
  'vulnerable-socio-economic',
  'deprived-neighbourhoods',
  'elderly',
  'people-in-institutions',
  'informal-carers',
  'care-professionals',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** Signals are classified by the same themes as the indicators, so both can be read together. */
export const SIGNAL_DOMAINS = INDICATOR_THEMES;
export type SignalDomain = IndicatorTheme;

/** How the reporter knows: seen themselves, told by someone, or from (social) media. */
export const KNOWLEDGE_SOURCES = ['seen', 'told', 'media'] as const;
export type KnowledgeSource = (typeof KNOWLEDGE_SOURCES)[number];

export const SIGNAL_STATUSES = ['new', 'triaged', 'interpreted', 'closed'] as const;
export type SignalWorkflowStatus = (typeof SIGNAL_STATUSES)[number];

export const URGENCIES = ['immediate', 'high', 'normal', 'low'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Kinds of source besides the practice circles themselves (issue 8). */
export const SOURCE_KINDS = [
  'practice-circle',
  'social-domain',
  'municipality',
  'media-monitoring',
  'ministry',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** What the scrubber masked, without the values: stored beside the text. */
export interface ScrubReport {
  total: number;
  masked: { kind: PiiKind; count: number }[];
}

export interface Signal {
  id: string;
  /** human reference, SIG-2026-000123 */
  reference: string;
  circleId: string | null;
  /** keyed hash of the reporter's account: stable per reporter, not reversible without the secret */
  reporterPseudonym: string;
  /** scrubbed text; null once the retention period has passed */
  text: string | null;
  scrubReport: ScrubReport;
  /** the most precise region given: a buurt, wijk or gemeente code */
  regionCode: string;
  /** the gemeente the region lies in, for aggregation */
  gemeenteCode: string;
  /** the wijk, when the region was given at wijk or buurt precision */
  wijkCode: string | null;
  /** YYYY-MM-DD */
  observedOn: string;
  domain: SignalDomain;
  targetGroup: TargetGroup;
  peopleCount: number | null;
  knowledgeSource: KnowledgeSource;
  status: SignalWorkflowStatus;
  urgency: Urgency | null;
  assigneeAccountId: string | null;
  /** ISO timestamp by which the next step is due; set at triage from the urgency */
  dueAt: string | null;
  /** the duiding: what the signal means */
  interpretation: string | null;
  linkedIndicatorCodes: string[];
  clusterId: string | null;
  demo: boolean;
  createdAt: string;
  textDeletedAt: string | null;
}

export const SIGNAL_EVENT_KINDS = [
  'created',
  'transition',
  'assigned',
  'clustered',
  'text-deleted',
] as const;
export type SignalEventKind = (typeof SIGNAL_EVENT_KINDS)[number];

export interface SignalEvent {
  id: string;
  signalId: string;
  kind: SignalEventKind;
  fromStatus: SignalWorkflowStatus | null;
  toStatus: SignalWorkflowStatus | null;
  /** MIT staff act under their account */
  actorAccountId: string | null;
  /** reporters appear only by pseudonym */
  actorPseudonym: string | null;
  /** scrubbed like the signal text */
  note: string | null;
  at: string;
}

export interface SignalCluster {
  id: string;
  /** CL-2026-000012 */
  reference: string;
  gemeenteCode: string;
  domain: SignalDomain;
  memberCount: number;
  firstObservedOn: string;
  lastObservedOn: string;
  createdAt: string;
}

export interface PracticeCircle {
  id: string;
  code: string;
  nameNl: string;
  nameEn: string;
  targetGroup: TargetGroup | null;
  sourceKind: SourceKind;
  memberOrganisations: string[];
  description: string;
  demo: boolean;
  memberCount: number;
}

/** What makes a practice circle, as created or edited (without its id and counts). */
export type PracticeCircleDraft = Omit<PracticeCircle, 'id' | 'demo' | 'memberCount'>;

/** The levels signal counts can be given at; 'wijk' only holds signals given at wijk or buurt. */
export const SIGNAL_COUNT_LEVELS = [
  'land',
  'provincie',
  'veiligheidsregio',
  'gemeente',
  'wijk',
] as const;
export type SignalCountLevel = (typeof SIGNAL_COUNT_LEVELS)[number];

export interface SignalWeeklyCount {
  regionCode: string;
  /** ISO week, 2026-W07 */
  isoWeek: string;
  /** null when counted over all domains */
  domain: SignalDomain | null;
  /** null when counted over all groups */
  targetGroup: TargetGroup | null;
  count: number;
}

function member<T extends string>(list: readonly T[]) {
  return (value: string): value is T => (list as readonly string[]).includes(value);
}
export const isTargetGroup = member(TARGET_GROUPS);
export const isSignalDomain = member(SIGNAL_DOMAINS);
export const isKnowledgeSource = member(KNOWLEDGE_SOURCES);
export const isSignalStatus = member(SIGNAL_STATUSES);
export const isUrgency = member(URGENCIES);
export const isSourceKind = member(SOURCE_KINDS);
export const isSignalCountLevel = member(SIGNAL_COUNT_LEVELS);

/** The gemeente and wijk a CBS code lies in: BU GGGG WW BB, WK GGGG WW, GM GGGG. */
export function regionPartsOf(
  code: string,
): { level: 'gemeente' | 'wijk' | 'buurt'; gemeenteCode: string; wijkCode: string | null } | null {
  if (/^GM\d{4}$/.test(code)) return { level: 'gemeente', gemeenteCode: code, wijkCode: null };
  if (/^WK\d{6}$/.test(code))
    return { level: 'wijk', gemeenteCode: `GM${code.slice(2, 6)}`, wijkCode: code };
  if (/^BU\d{8}$/.test(code))
    return {
      level: 'buurt',
      gemeenteCode: `GM${code.slice(2, 6)}`,
      wijkCode: `WK${code.slice(2, 8)}`,
    };
  return null;
}

export function formatReference(prefix: 'SIG' | 'CL', year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}
