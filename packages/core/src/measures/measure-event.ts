import type { InvalidParam } from '../errors/domain-error.ts';

/**
 * Dated events around the Dutch measures (press conferences, closures, relaxations, school
 * holidays, vaccination milestones), used to annotate the measures timeline. The hand-made
 * source lists mix measures with other events, so each event gets a kind by keyword; the
 * kind only filters chart annotations, it is not a coding of the measure.
 */
export const MEASURE_EVENT_KINDS = [
  'measure',
  'relaxation',
  'school-holiday',
  'vaccination',
  'weather',
  'public-event',
  'analysis-note',
] as const;

export type MeasureEventKind = (typeof MEASURE_EVENT_KINDS)[number];

/** how the end date is to be read */
export type MeasureEventEnd =
  /** a point event */
  | 'none'
  /** the period ended on endDate */
  | 'dated'
  /** the end date as announced at the start, not necessarily the real end */
  | 'expected'
  /** still in force at the end of the source (the source writes 2099-…) */
  | 'open';

export interface MeasureEvent {
  /** the source file name */
  source: string;
  /** the line in the source file, for tracing back */
  line: number;
  startDate: string;
  endDate: string | null;
  end: MeasureEventEnd;
  description: string;
  kind: MeasureEventKind;
  url: string | null;
}

/** Where the two known event lists come from, with the licence each is used under. */
export const MEASURE_EVENT_SOURCES: Readonly<
  Record<string, { title: string; licence: string; url: string }>
> = {
  'events_nl_hknienhuys.csv': {
    title: 'Han-Kwang Nienhuys, covid19 (data/events_nl.csv)',
    licence: 'MIT',
    url: 'https://github.com/han-kwang/covid19',
  },
  'maatregelen_coronawatchnl_2020.csv': {
    title: 'CoronaWatchNL Extended (ext/maatregelen.csv)',
    licence: 'CC0',
    url: 'https://github.com/J535D165/CoronaWatchNLExtended',
  },
};

/** An event as stored, with its identifier. */
export interface StoredMeasureEvent extends MeasureEvent {
  id: number;
}

export interface MeasureEventsResult {
  events: MeasureEvent[];
  errors: InvalidParam[];
}

// Ordered: the first matching rule wins (e.g. "Effect zelftests?" is a remark, not a measure).
const KIND_RULES: readonly [RegExp, MeasureEventKind][] = [
  [/effect|tvt|rivm data|testcapaciteit|piek r=/i, 'analysis-note'],
  [/gevaccineerd/i, 'vaccination'],
  [/vak\.|vakantie/i, 'school-holiday'],
  [/versoepel|einde|heropening|\bopen\b|mogen\b/i, 'relaxation'],
  [/sneeuw|ijzel|eunice|storm/i, 'weather'],
  [/koningsdag|ajax|carnaval|kerstdag|oud & nieuw|formule 1|demo\b/i, 'public-event'],
];

export function classifyMeasureEvent(description: string): MeasureEventKind {
  return KIND_RULES.find(([pattern]) => pattern.test(description))?.[1] ?? 'measure';
}
