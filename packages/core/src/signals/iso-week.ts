/**
 * ISO 8601 weeks (Monday first; week 1 holds the year's first Thursday), the unit of the
 * signal counts and of the EARS/Farrington series built from them. Pure date arithmetic in
 * UTC, so a week never shifts with the server's time zone.
 */

import { addCalendarDays } from '../calendar/calendar-date.ts';

const DAY = 86_400_000;

function parseDay(date: string): Date {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || !/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new RangeError(`'${date}' is not a date YYYY-MM-DD`);
  return d;
}

/** 2026-02-12 → '2026-W07' */
export function isoWeekOf(date: string): string {
  const d = parseDay(date);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(d.getTime() + (3 - weekday) * DAY);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / DAY / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export const ISO_WEEK_PATTERN = '^\\d{4}-W(0[1-9]|[1-4]\\d|5[0-3])$';

export function isIsoWeek(value: string): boolean {
  if (!new RegExp(ISO_WEEK_PATTERN).test(value)) return false;
  return isoWeekOf(isoWeekStart(value)) === value;
}

/** '2026-W07' → the Monday, '2026-02-09' */
export function isoWeekStart(week: string): string {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) throw new RangeError(`'${week}' is not an ISO week YYYY-Www`);
  const year = Number(m[1]);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeek1 = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY;
  return new Date(mondayOfWeek1 + (Number(m[2]) - 1) * 7 * DAY).toISOString().slice(0, 10);
}

/** The Sunday that ends the week. */
export function isoWeekEnd(week: string): string {
  return addCalendarDays(isoWeekStart(week), 6);
}

/** Every week from `from` to `to` inclusive, for filling weeks without signals with zeros. */
export function weekRange(from: string, to: string): string[] {
  const weeks: string[] = [];
  let day = isoWeekStart(from);
  const end = isoWeekStart(to);
  while (day <= end) {
    weeks.push(isoWeekOf(day));
    day = addCalendarDays(day, 7);
  }
  return weeks;
}
