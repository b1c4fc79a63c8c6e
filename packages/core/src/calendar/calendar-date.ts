import { isoDate, parseIsoDate } from '../observations/period.ts';

/**
 * Calendar dates ('YYYY-MM-DD'): a day, not an instant. Arithmetic is done in UTC on purpose so
 * that a date never moves with the server's time zone; which day it is *now* is the Dutch
 * calendar day (amsterdamDate in calendar-engine.ts), never the UTC one.
 */
function dayMs(date: string): number {
  const ms = parseIsoDate(date);
  if (ms === null) throw new Error(`'${date}' is not a calendar date (YYYY-MM-DD)`);
  return ms;
}

function parts(date: string): [number, number, number] {
  const d = new Date(dayMs(date));
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** Adds months; the 31st plus one month is the last day of the next month, not its 3rd. */
export function addCalendarMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export function addCalendarDays(date: string, days: number): string {
  return isoDate(dayMs(date) + days * 86_400_000);
}

/** ISO 'YYYY-MM-DD' or OxCGRT's compact 'YYYYMMDD'; null unless it is a real calendar day. */
export function parseCalendarDate(value: string): string | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value);
  if (!m) return null;
  const [, y = '', mo = '', d = ''] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const iso = `${y}-${mo}-${d}`;
  return date.toISOString().slice(0, 10) === iso ? iso : null;
}
