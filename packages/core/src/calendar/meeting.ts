import { invalidInput } from '../errors/domain-error.ts';
import type { InvalidParam } from '../errors/domain-error.ts';
import { parseIsoDate } from '../observations/period.ts';

/** The meetings of the decision cycle (seed 003) and of the two advisory bodies. */
export type MeetingKind = 'BWO' | 'ACC' | 'MCC' | 'persconferentie' | 'OMT' | 'MIT';
export const MEETING_KINDS: readonly MeetingKind[] = [
  'BWO',
  'ACC',
  'MCC',
  'persconferentie',
  'OMT',
  'MIT',
];

/** The cycle is Dutch government time: every wall-clock time below is Europe/Amsterdam. */
export const CALENDAR_TIME_ZONE = 'Europe/Amsterdam';

/** A recurring meeting: every `intervalWeeks` weeks on an ISO weekday (1 = Monday). */
export interface MeetingSeries {
  id: string;
  kind: MeetingKind;
  title: string;
  isoWeekday: number;
  /** 'HH:mm', Europe/Amsterdam wall-clock time */
  startTime: string;
  durationMinutes: number;
  intervalWeeks: number;
  /** first date of the series; also fixes which weeks a two-weekly series falls in */
  validFrom: string;
  validUntil: string | null;
  demo: boolean;
}

/**
 * cancel: one occurrence of a series does not take place; holiday: no meeting that day and
 * no working-day deadline falls on it; extra: a meeting outside any series.
 */
export type CalendarException =
  | { id: string; type: 'cancel'; seriesId: string; date: string; reason: string; demo: boolean }
  | { id: string; type: 'holiday'; date: string; reason: string; demo: boolean }
  | {
      id: string;
      type: 'extra';
      kind: MeetingKind;
      title: string;
      date: string;
      startTime: string;
      durationMinutes: number;
      reason: string;
      demo: boolean;
    };

export type CalendarExceptionType = CalendarException['type'];
export const CALENDAR_EXCEPTION_TYPES: readonly CalendarExceptionType[] = [
  'cancel',
  'holiday',
  'extra',
];

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

export function validateSeries(series: Omit<MeetingSeries, 'id' | 'demo'>): void {
  const problems: InvalidParam[] = [];
  if (series.title.trim() === '') problems.push({ name: 'title', reason: 'must not be empty' });
  if (!Number.isInteger(series.isoWeekday) || series.isoWeekday < 1 || series.isoWeekday > 7) {
    problems.push({
      name: 'isoWeekday',
      reason: '1 (Monday) to 7 (Sunday)',
      value: series.isoWeekday,
    });
  }
  if (!TIME.test(series.startTime)) {
    problems.push({ name: 'startTime', reason: 'HH:mm, 24-hour', value: series.startTime });
  }
  if (
    !Number.isInteger(series.durationMinutes) ||
    series.durationMinutes < 5 ||
    series.durationMinutes > 720
  ) {
    problems.push({
      name: 'durationMinutes',
      reason: '5 to 720 minutes',
      value: series.durationMinutes,
    });
  }
  if (
    !Number.isInteger(series.intervalWeeks) ||
    series.intervalWeeks < 1 ||
    series.intervalWeeks > 8
  ) {
    problems.push({ name: 'intervalWeeks', reason: '1 to 8 weeks', value: series.intervalWeeks });
  }
  if (!isIsoDate(series.validFrom)) {
    problems.push({ name: 'validFrom', reason: 'a date YYYY-MM-DD', value: series.validFrom });
  }
  if (
    series.validUntil !== null &&
    (!isIsoDate(series.validUntil) || series.validUntil < series.validFrom)
  ) {
    problems.push({
      name: 'validUntil',
      reason: 'a date on or after validFrom',
      value: series.validUntil,
    });
  }
  if (problems.length > 0) throw invalidInput('The meeting series is invalid.', problems);
}

export function validateException(exception: CalendarException): void {
  const problems: InvalidParam[] = [];
  if (!isIsoDate(exception.date)) {
    problems.push({ name: 'date', reason: 'a date YYYY-MM-DD', value: exception.date });
  }
  if (exception.reason.trim() === '') problems.push({ name: 'reason', reason: 'say why' });
  if (exception.type === 'extra') {
    if (!TIME.test(exception.startTime)) {
      problems.push({ name: 'startTime', reason: 'HH:mm, 24-hour', value: exception.startTime });
    }
    if (exception.durationMinutes < 5 || exception.durationMinutes > 720) {
      problems.push({
        name: 'durationMinutes',
        reason: '5 to 720 minutes',
        value: exception.durationMinutes,
      });
    }
  }
  if (problems.length > 0) throw invalidInput('The calendar exception is invalid.', problems);
}
