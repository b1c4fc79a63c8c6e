import { invalidInput } from '../errors/domain-error.ts';
import type { Polarity } from '../indicators/indicator.ts';
import type { ObservationStatus } from '../observations/observation.ts';
import { byPeriodStart, parsePeriod, periodOrdinal, shiftPeriod } from '../observations/period.ts';
import type { Period } from '../observations/period.ts';

/**
 * The change of a series' newest value against an earlier one, read with the polarity.
 *
 * Two comparisons, named so the tile can say which one it shows:
 * - 'previous-period': against the period just before. When that period has no value the
 *   newest earlier value is used and the gap is reported (`gapPeriods` > 1), never hidden.
 * - 'same-period-last-year': against the same day, ISO week number, month or quarter a year
 *   earlier — what CBS shows for series that are not seasonally adjusted. That period only;
 *   when it has no value there is no comparison.
 */
export const CHANGE_COMPARISONS = ['previous-period', 'same-period-last-year'] as const;
export type ChangeComparison = (typeof CHANGE_COMPARISONS)[number];

export interface ChangePoint {
  period: Period;
  value: number;
  status?: ObservationStatus;
}

export interface PeriodChange {
  compareWith: ChangeComparison;
  latest: { periodKey: string; value: number; provisional: boolean };
  reference: { periodKey: string; value: number; provisional: boolean } | null;
  /** the period that should have been the reference */
  expectedReferenceKey: string | null;
  /** periods from the reference to the newest (1 = adjacent); null without a reference */
  gapPeriods: number | null;
  absolute: number | null;
  /** absolute / |reference|; null when the reference is 0 or missing */
  relative: number | null;
  direction: 'up' | 'down' | 'flat' | null;
  assessment: 'better' | 'worse' | 'neutral' | null;
  explanation: string[];
}

function sameOneYearEarlier(period: Period): Period | null {
  switch (period.type) {
    case 'day':
      // 29 February has no counterpart: no comparison rather than a neighbouring day
      return parsePeriod(`${Number(period.key.slice(0, 4)) - 1}${period.key.slice(4)}`);
    case 'week':
      // the same ISO week number; week 53 exists in some years only
      return parsePeriod(`${Number(period.key.slice(0, 4)) - 1}${period.key.slice(4)}`);
    case 'month':
      return shiftPeriod(period, -12);
    case 'quarter':
      return shiftPeriod(period, -4);
    case 'year':
      return shiftPeriod(period, -1);
    default: {
      const unreachable: never = period.type;
      throw new Error(`unknown period type ${String(unreachable)}`);
    }
  }
}

function stepsBetween(from: Period, to: Period): number {
  return Math.max(0, periodOrdinal(to) - periodOrdinal(from));
}

const format = (v: number) => (Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(4))));

export function changeAgainstEarlier(input: {
  points: readonly ChangePoint[];
  polarity: Polarity;
  compareWith?: ChangeComparison;
}): PeriodChange | null {
  const compareWith = input.compareWith ?? 'previous-period';
  const types = new Set(input.points.map((p) => p.period.type));
  if (types.size > 1) {
    throw invalidInput('A change needs periods of one type.', [
      { name: 'points', reason: `found ${[...types].join(', ')}` },
    ]);
  }
  const sorted = [...input.points].sort(byPeriodStart);
  const latest = sorted.at(-1);
  if (!latest) return null;
  const latestOut = {
    periodKey: latest.period.key,
    value: latest.value,
    provisional: latest.status === 'provisional',
  };
  const expected =
    compareWith === 'previous-period'
      ? shiftPeriod(latest.period, -1)
      : sameOneYearEarlier(latest.period);
  // the reference lies near the end: no map of the whole series
  let reference = expected ? sorted.findLast((p) => p.period.key === expected.key) : undefined;
  if (!reference && compareWith === 'previous-period') reference = sorted.at(-2);
  const explanation: string[] = [];
  if (!reference) {
    explanation.push(
      compareWith === 'previous-period'
        ? `${latest.period.key}: ${format(latest.value)}; no earlier period to compare with.`
        : `${latest.period.key}: ${format(latest.value)}; ${expected ? `no value for ${expected.key}` : 'this period has no counterpart a year earlier'}, so no year-on-year change.`,
    );
    return {
      compareWith,
      latest: latestOut,
      reference: null,
      expectedReferenceKey: expected?.key ?? null,
      gapPeriods: null,
      absolute: null,
      relative: null,
      direction: null,
      assessment: null,
      explanation,
    };
  }
  const absolute = latest.value - reference.value;
  const scale = Math.max(1, Math.abs(latest.value), Math.abs(reference.value));
  const direction = Math.abs(absolute) <= 1e-12 * scale ? 'flat' : absolute > 0 ? 'up' : 'down';
  const assessment =
    direction === 'flat' || input.polarity === 'neutral'
      ? 'neutral'
      : (direction === 'up') === (input.polarity === 'higher-is-better')
        ? 'better'
        : 'worse';
  const gapPeriods = stepsBetween(reference.period, latest.period);
  const relative = reference.value === 0 ? null : absolute / Math.abs(reference.value);
  const provisional = [latest, reference].some((p) => p.status === 'provisional');
  explanation.push(
    `${latest.period.key}: ${format(latest.value)}, ` +
      `${direction === 'flat' ? 'unchanged' : `${direction} ${format(Math.abs(absolute))}`}` +
      `${relative === null || direction === 'flat' ? '' : ` (${(relative * 100).toFixed(1)}%)`} ` +
      `against ${format(reference.value)} in ${reference.period.key}` +
      `${compareWith === 'same-period-last-year' ? ' a year earlier' : ''}` +
      `${assessment === 'neutral' ? '' : ` — ${assessment}, since ${input.polarity.replaceAll('-', ' ')}`}.`,
  );
  if (compareWith === 'previous-period' && gapPeriods > 1) {
    explanation.push(`${expected!.key} has no value, so the change spans ${gapPeriods} periods.`);
  }
  if (provisional) explanation.push('Provisional figures take part in this change.');
  return {
    compareWith,
    latest: latestOut,
    reference: {
      periodKey: reference.period.key,
      value: reference.value,
      provisional: reference.status === 'provisional',
    },
    expectedReferenceKey: expected?.key ?? null,
    gapPeriods,
    absolute,
    relative,
    direction,
    assessment,
    explanation,
  };
}
