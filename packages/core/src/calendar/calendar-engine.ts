import { TZDate } from '@date-fns/tz';
// per-function entry points: the package root loads all of date-fns (~95 MB, 0.5 s)
import { addDays } from 'date-fns/addDays';
import { addMinutes } from 'date-fns/addMinutes';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { getISODay } from 'date-fns/getISODay';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { invalidInput } from '../errors/domain-error.ts';
import type { CalendarException, MeetingKind, MeetingSeries } from './meeting.ts';
import { CALENDAR_TIME_ZONE, isIsoDate } from './meeting.ts';

/** One meeting that takes place, with its moment as an instant and as Amsterdam wall time. */
export interface Occurrence {
  /** stable per series and date, so that a calendar client can update an event in place */
  uid: string;
  kind: MeetingKind;
  title: string;
  date: string;
  localStartTime: string;
  startsAt: string;
  endsAt: string;
  seriesId: string | null;
  origin: 'series' | 'extra';
  note: string | null;
  demo: boolean;
}

export const MAX_CALENDAR_DAYS = 400;

/** A wall-clock moment in Amsterdam as an instant; @date-fns/tz applies the DST rules. */
export function amsterdamInstant(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, CALENDAR_TIME_ZONE).getTime());
}

export function amsterdamDate(instant: Date): string {
  return format(new TZDate(instant.getTime(), CALENDAR_TIME_ZONE), 'yyyy-MM-dd');
}

/** The year in the Netherlands of an instant: a reference numbered per year starts on 1 January there. */
export function amsterdamYear(instant: Date): number {
  return Number(amsterdamDate(instant).slice(0, 4));
}

export function amsterdamTime(instant: Date): string {
  return format(new TZDate(instant.getTime(), CALENDAR_TIME_ZONE), 'HH:mm');
}

function calendarDay(date: string): TZDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, 12, 0, CALENDAR_TIME_ZONE);
}

function occursOn(series: MeetingSeries, date: string, day: TZDate): boolean {
  if (date < series.validFrom || (series.validUntil !== null && date > series.validUntil))
    return false;
  if (getISODay(day) !== series.isoWeekday) return false;
  const weeks = Math.round(
    differenceInCalendarDays(startOfISOWeek(day), startOfISOWeek(calendarDay(series.validFrom))) /
      7,
  );
  return weeks % series.intervalWeeks === 0;
}

function occurrence(
  base: {
    kind: MeetingKind;
    title: string;
    startTime: string;
    durationMinutes: number;
    demo: boolean;
  },
  date: string,
  seriesId: string | null,
  uid: string,
  note: string | null,
): Occurrence {
  const start = amsterdamInstant(date, base.startTime);
  return {
    uid,
    kind: base.kind,
    title: base.title,
    date,
    localStartTime: base.startTime,
    startsAt: new Date(start.getTime()).toISOString(),
    endsAt: new Date(addMinutes(start, base.durationMinutes).getTime()).toISOString(),
    seriesId,
    origin: seriesId === null ? 'extra' : 'series',
    note,
    demo: base.demo,
  };
}

/**
 * The meetings from `from` to `to` (inclusive dates, Amsterdam): each series' dates, less
 * cancelled occurrences and holidays, plus the extra meetings; in time order.
 */
export function expandCalendar(
  series: readonly MeetingSeries[],
  exceptions: readonly CalendarException[],
  from: string,
  to: string,
): Occurrence[] {
  if (!isIsoDate(from) || !isIsoDate(to) || to < from) {
    throw invalidInput('The calendar range is invalid.', [
      { name: 'from', reason: 'dates YYYY-MM-DD with from <= to', value: `${from}..${to}` },
    ]);
  }
  const days = differenceInCalendarDays(calendarDay(to), calendarDay(from)) + 1;
  if (days > MAX_CALENDAR_DAYS) {
    throw invalidInput('The calendar range is too long.', [
      { name: 'to', reason: `at most ${MAX_CALENDAR_DAYS} days from 'from'`, value: to },
    ]);
  }
  const holidays = new Map<string, string>();
  const cancelled = new Map<string, string>();
  for (const e of exceptions) {
    if (e.type === 'holiday') holidays.set(e.date, e.reason);
    if (e.type === 'cancel') cancelled.set(`${e.seriesId}@${e.date}`, e.reason);
  }
  const result: Occurrence[] = [];
  let day = calendarDay(from);
  for (let i = 0; i < days; i += 1) {
    const date = format(day, 'yyyy-MM-dd');
    if (!holidays.has(date)) {
      for (const s of series) {
        if (occursOn(s, date, day) && !cancelled.has(`${s.id}@${date}`)) {
          result.push(occurrence(s, date, s.id, `${s.id}-${date}@weegschaal`, null));
        }
      }
    }
    day = addDays(day, 1);
  }
  for (const e of exceptions) {
    if (e.type === 'extra' && e.date >= from && e.date <= to) {
      result.push(occurrence(e, e.date, null, `${e.id}@weegschaal`, e.reason));
    }
  }
  return result.sort(
    (a, b) => a.startsAt.localeCompare(b.startsAt) || a.kind.localeCompare(b.kind),
  );
}
