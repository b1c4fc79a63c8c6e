import { isIsoDate } from '../calendar/meeting.ts';

/**
 * Calendar dates ('YYYY-MM-DD') for review and expiry rules. Computed in UTC on purpose: a
 * review date is a day, not an instant, and must not move with the server's time zone.
 */
function parts(date: string): [number, number, number] {
  if (!isIsoDate(date)) throw new Error(`'${date}' is not a calendar date (YYYY-MM-DD)`);
  const [y, m, d] = date.split('-').map(Number);
  return [y!, m!, d!];
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
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
