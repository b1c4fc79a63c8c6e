/**
 * Periods of observations: a day, an ISO 8601 week (Monday–Sunday), a month, a quarter or a
 * year. Every period has a canonical key ('2021-03-15', '2021-W11', '2021-03', '2021-Q1',
 * '2021') and its first and last day, so that the store can key and partition on dates.
 */
export const PERIOD_TYPES = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

export interface Period {
  type: PeriodType;
  key: string;
  /** first day, YYYY-MM-DD */
  start: string;
  /** last day, YYYY-MM-DD */
  end: string;
}

const DAY_MS = 86_400_000;

function utc(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day);
}

export function isoDate(ms: number): string {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  // by hand: toISOString is several times slower, and dashboards format thousands of dates
  if (year < 1000 || year > 9999) return d.toISOString().slice(0, 10);
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * Dates parsed before: the same few thousand days are parsed again and again (every start page
 * parses each tile's periods), so a parse is a lookup. Cleared when full, so junk from a bad
 * file cannot grow it.
 */
const parsedDates = new Map<string, number | null>();
const PARSED_DATES_KEPT = 20_000;

/** ms of a valid YYYY-MM-DD date, or null (rejects 2021-02-30) */
export function parseIsoDate(text: string): number | null {
  const known = parsedDates.get(text);
  if (known !== undefined) return known;
  const ms = parseIsoDateOnce(text);
  if (parsedDates.size >= PARSED_DATES_KEPT) parsedDates.clear();
  parsedDates.set(text, ms);
  return ms;
}

function parseIsoDateOnce(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = utc(y, mo, d);
  return isoDate(ms) === text ? ms : null;
}

/**
 * Orders by the start of the period, oldest first. ISO dates sort as plain strings; a plain
 * comparison, because localeCompare's collation is many times slower and the dashboard sorts
 * every tile's series.
 */
export function byPeriodStart(a: { period: Period }, b: { period: Period }): number {
  const [x, y] = [a.period.start, b.period.start];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Monday of ISO week 1 of the ISO year: the week with the year's first Thursday. */
function isoWeekOneMonday(isoYear: number): number {
  const jan4 = utc(isoYear, 1, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - weekday * DAY_MS;
}

function isoWeeksInYear(isoYear: number): number {
  return (isoWeekOneMonday(isoYear + 1) - isoWeekOneMonday(isoYear)) / (7 * DAY_MS);
}

function weekPeriod(isoYear: number, week: number): Period {
  const start = isoWeekOneMonday(isoYear) + (week - 1) * 7 * DAY_MS;
  return {
    type: 'week',
    key: `${isoYear}-W${String(week).padStart(2, '0')}`,
    start: isoDate(start),
    end: isoDate(start + 6 * DAY_MS),
  };
}

function monthPeriod(year: number, month: number): Period {
  return {
    type: 'month',
    key: `${year}-${String(month).padStart(2, '0')}`,
    start: isoDate(utc(year, month, 1)),
    end: isoDate(utc(year, month + 1, 1) - DAY_MS),
  };
}

function quarterPeriod(year: number, quarter: number): Period {
  const firstMonth = (quarter - 1) * 3 + 1;
  return {
    type: 'quarter',
    key: `${year}-Q${quarter}`,
    start: isoDate(utc(year, firstMonth, 1)),
    end: isoDate(utc(year, firstMonth + 3, 1) - DAY_MS),
  };
}

function yearPeriod(year: number): Period {
  return { type: 'year', key: String(year), start: `${year}-01-01`, end: `${year}-12-31` };
}

function dayPeriod(ms: number): Period {
  const key = isoDate(ms);
  return { type: 'day', key, start: key, end: key };
}

/**
 * Reads a period from its canonical key, or from the codes CBS StatLine uses
 * ('2021JJ00', '2021KW01', '2021MM03'). Returns null when the text is no period.
 */
export function parsePeriod(text: string): Period | null {
  const t = text.trim();
  const day = parseIsoDate(t);
  if (day !== null) return dayPeriod(day);
  let m = /^(\d{4})-?W(\d{2})$/.exec(t);
  if (m) {
    const [y, w] = [Number(m[1]), Number(m[2])];
    return w >= 1 && w <= isoWeeksInYear(y) ? weekPeriod(y, w) : null;
  }
  m = /^(\d{4})-(\d{2})$/.exec(t) ?? /^(\d{4})MM(\d{2})$/.exec(t);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return mo >= 1 && mo <= 12 ? monthPeriod(y, mo) : null;
  }
  m = /^(\d{4})-?Q([1-4])$/.exec(t) ?? /^(\d{4})KW0([1-4])$/.exec(t);
  if (m) return quarterPeriod(Number(m[1]), Number(m[2]));
  m = /^(\d{4})$/.exec(t) ?? /^(\d{4})JJ00$/.exec(t);
  if (m) return yearPeriod(Number(m[1]));
  return null;
}

/** The period of the given type that contains the day. */
export function periodContaining(type: PeriodType, date: string): Period {
  const ms = parseIsoDate(date);
  if (ms === null) throw new Error(`'${date}' is not a YYYY-MM-DD date`);
  const d = new Date(ms);
  const [y, mo] = [d.getUTCFullYear(), d.getUTCMonth() + 1];
  switch (type) {
    case 'day':
      return dayPeriod(ms);
    case 'week': {
      // the ISO year is the year of the week's Thursday
      const thursday = ms + (3 - ((d.getUTCDay() + 6) % 7)) * DAY_MS;
      const isoYear = new Date(thursday).getUTCFullYear();
      const week = Math.floor((thursday - isoWeekOneMonday(isoYear)) / (7 * DAY_MS)) + 1;
      return weekPeriod(isoYear, week);
    }
    case 'month':
      return monthPeriod(y, mo);
    case 'quarter':
      return quarterPeriod(y, Math.floor((mo - 1) / 3) + 1);
    case 'year':
      return yearPeriod(y);
    default: {
      const unreachable: never = type;
      throw new Error(`unknown period type ${String(unreachable)}`);
    }
  }
}

/** The period n steps after (n < 0: before) the given one, of the same type. */
export function shiftPeriod(period: Period, n: number): Period {
  const startMs = parseIsoDate(period.start)!;
  const d = new Date(startMs);
  const [y, mo] = [d.getUTCFullYear(), d.getUTCMonth() + 1];
  switch (period.type) {
    case 'day':
      return dayPeriod(startMs + n * DAY_MS);
    case 'week':
      return periodContaining('week', isoDate(startMs + n * 7 * DAY_MS));
    case 'month':
      return periodContaining('month', isoDate(utc(y, mo + n, 1)));
    case 'quarter':
      return periodContaining('quarter', isoDate(utc(y, mo + 3 * n, 1)));
    case 'year':
      return yearPeriod(y + n);
    default: {
      const unreachable: never = period.type;
      throw new Error(`unknown period type ${String(unreachable)}`);
    }
  }
}

/**
 * The period's position on the line of all periods of its type (days and ISO weeks since
 * 1970, months, quarters and years since year 0): the number of steps between two periods of
 * one type is the difference of their ordinals, with no period walked. For a valid period only.
 */
export function periodOrdinal(period: Period): number {
  const y = Number(period.start.slice(0, 4));
  const m = Number(period.start.slice(5, 7));
  switch (period.type) {
    case 'day':
      return Math.round(utc(y, m, Number(period.start.slice(8, 10))) / DAY_MS);
    case 'week':
      // an ISO week starts on a Monday; 1970-01-01 was a Thursday, so Monday 29 December 1969
      // is day −3
      return Math.round((utc(y, m, Number(period.start.slice(8, 10))) / DAY_MS + 3) / 7);
    case 'month':
      return y * 12 + m - 1;
    case 'quarter':
      return y * 4 + (m - 1) / 3;
    case 'year':
      return y;
    default: {
      const unreachable: never = period.type;
      throw new Error(`unknown period type ${String(unreachable)}`);
    }
  }
}

/** Whole days from a to b (b later gives a positive number). */
export function daysBetween(a: string, b: string): number {
  const [x, y] = [parseIsoDate(a), parseIsoDate(b)];
  if (x === null || y === null) throw new Error(`not a date: ${x === null ? a : b}`);
  return Math.round((y - x) / DAY_MS);
}

/** Nominal length in days, used for "is this series late?" */
export const PERIOD_DAYS: Record<PeriodType, number> = {
  day: 1,
  week: 7,
  month: 31,
  quarter: 92,
  year: 366,
};
