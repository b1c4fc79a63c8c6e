import { addCalendarDays } from '../calendar/calendar-date.ts';
import { invalidInput } from '../errors/domain-error.ts';
import { periodTypeOfFrequency } from '../indicators/indicator.ts';
import type { Frequency } from '../indicators/indicator.ts';
import { daysBetween, parseIsoDate, shiftPeriod } from '../observations/period.ts';
import type { Period } from '../observations/period.ts';

/**
 * How fresh a series is, and whether it is late against its frequency.
 *
 * Rule: after the newest period P, the next period P+1 is expected once it has ended plus the
 * usual publication lag of the series: expectedBy = last day of P+1 + lag. The series is
 * late on any day after expectedBy; it is then `overdueDays` late, and `missingPeriods` counts
 * every period P+k whose own expectedBy has passed. Periods are calendar periods (ISO weeks,
 * months of 28–31 days, quarters, years), so the rule needs no nominal period lengths.
 * Survey waves ('irregular') have no next period; they are late when the newest wave ended
 * more than `maxGapDays` ago.
 *
 * The default lags are what Dutch sources usually need: a few days for daily figures, two
 * weeks for weekly ones, six weeks for monthly, a quarter for quarterly, half a year for annual
 * figures. For days and weeks this is the same as "late when older than one period plus the
 * lag". An indicator can override them. The dashboard tiles use this rule (dashboard.ts).
 */
export const PUBLICATION_LAG_DAYS: Record<Exclude<Frequency, 'irregular'>, number> = {
  day: 6,
  week: 14,
  month: 45,
  quarter: 92,
  year: 185,
};

/** the longest usual gap between two waves of a survey */
export const IRREGULAR_MAX_GAP_DAYS = 60;

export interface FreshnessInput {
  frequency: Frequency;
  /** the newest period with a value, or null when the series is empty */
  latest: Period | null;
  /** YYYY-MM-DD: the day freshness is judged on */
  asOf: string;
  publicationLagDays?: number;
  /** only for 'irregular' */
  maxGapDays?: number;
}

export interface Freshness {
  state: 'fresh' | 'late' | 'no-data';
  latestPeriod: string | null;
  lastPeriodEnd: string | null;
  /** days from the end of the newest period to asOf */
  ageDays: number | null;
  /** the period expected next (null for survey waves) */
  nextPeriod: string | null;
  /** the day after which the series is late */
  expectedBy: string | null;
  overdueDays: number;
  /** periods that should have been published by asOf; null for survey waves */
  missingPeriods: number | null;
  rule: string;
  explanation: string[];
}

/**
 * How many periods after `latest` are due (their last day + lag before asOf). Days and weeks
 * have a fixed length, so that is arithmetic: period k ends k (or 7k) days after `latest`.
 * Months, quarters and years are walked; bounded, so a series years behind is reported as
 * such without walking every month of it.
 */
function missingSince(latest: Period, lag: number, ageDays: number, asOf: string): number {
  switch (latest.type) {
    case 'day':
      return Math.max(0, ageDays - lag - 1);
    case 'week':
      return Math.max(0, Math.ceil((ageDays - lag) / 7) - 1);
    case 'month':
    case 'quarter':
    case 'year': {
      let missing = 0;
      for (let k = 1; k <= 10_000; k++) {
        if (daysBetween(shiftPeriod(latest, k).end, asOf) > lag) {
          missing = k;
        } else break;
      }
      return missing;
    }
    default: {
      const unreachable: never = latest.type;
      throw new Error(`unknown period type ${String(unreachable)}`);
    }
  }
}

export function assessFreshness(input: FreshnessInput): Freshness {
  const { frequency, latest, asOf } = input;
  if (parseIsoDate(asOf) === null) {
    throw invalidInput('Freshness needs a date.', [
      { name: 'asOf', reason: 'is not a YYYY-MM-DD date', value: asOf },
    ]);
  }
  if (latest && latest.type !== periodTypeOfFrequency(frequency)) {
    throw invalidInput('The newest period does not fit the frequency.', [
      {
        name: 'latest',
        reason: `a ${frequency} series has ${periodTypeOfFrequency(frequency)} periods`,
        value: latest.key,
      },
    ]);
  }
  const irregular = frequency === 'irregular';
  const lag = irregular
    ? (input.maxGapDays ?? IRREGULAR_MAX_GAP_DAYS)
    : (input.publicationLagDays ?? PUBLICATION_LAG_DAYS[frequency]);
  if (!(Number.isInteger(lag) && lag >= 0)) {
    throw invalidInput('The publication lag must be a whole number of days.', [
      { name: irregular ? 'maxGapDays' : 'publicationLagDays', reason: 'must be ≥ 0', value: lag },
    ]);
  }
  const rule = irregular
    ? `A survey is late when its newest wave ended more than ${lag} days ago.`
    : `The next ${frequency} is expected ${lag} days after it has ended; after that day the series is late.`;
  if (!latest) {
    return {
      state: 'no-data',
      latestPeriod: null,
      lastPeriodEnd: null,
      ageDays: null,
      nextPeriod: null,
      expectedBy: null,
      overdueDays: 0,
      missingPeriods: null,
      rule,
      explanation: ['No data yet.', rule],
    };
  }
  const ageDays = daysBetween(latest.end, asOf);
  let nextPeriod: string | null = null;
  let expectedBy: string;
  let missingPeriods: number | null = null;
  if (irregular) {
    expectedBy = addCalendarDays(latest.end, lag);
  } else {
    const next = shiftPeriod(latest, 1);
    nextPeriod = next.key;
    expectedBy = addCalendarDays(next.end, lag);
    missingPeriods = missingSince(latest, lag, ageDays, asOf);
  }
  const late = asOf > expectedBy;
  const overdueDays = late ? daysBetween(expectedBy, asOf) : 0;
  const explanation = [
    `Newest period ${latest.key} ended on ${latest.end}, ${ageDays} days before ${asOf}.`,
    irregular
      ? `The next wave was due by ${expectedBy}.`
      : `The next period ${nextPeriod} ends on ${shiftPeriod(latest, 1).end} and is expected by ${expectedBy}.`,
    late
      ? `LATE by ${overdueDays} days` +
        (missingPeriods !== null
          ? `: ${missingPeriods} period${missingPeriods === 1 ? '' : 's'} missing.`
          : '.')
      : 'On time.',
    rule,
  ];
  return {
    state: late ? 'late' : 'fresh',
    latestPeriod: latest.key,
    lastPeriodEnd: latest.end,
    ageDays,
    nextPeriod,
    expectedBy,
    overdueDays,
    missingPeriods,
    rule,
    explanation,
  };
}
