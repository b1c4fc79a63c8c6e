import { aggregate, periodContaining } from '@weegschaal/core';
import type { Indicator, Region } from '@weegschaal/core';
import { populationNear } from './map-values.ts';
import type { ObservationItem } from './societal-types.ts';

export type DatedValue = readonly [date: string, value: number];

/** [first day of the period, value], oldest first. */
export function datedValues(items: readonly ObservationItem[]): DatedValue[] {
  return items
    .map((o) => [o.period.start, o.value] as const)
    .sort((a, b) => a[0].localeCompare(b[0]));
}

export interface AreaWeek {
  date: string;
  value: number;
  /** gemeenten with a measurement that week */
  measured: number;
  explanation: string;
}

/**
 * Sewage water per week for an area, from the gemeenten measured in it that week (under the
 * codes of their own year), with the indicator's own rule: the mean weighted by population.
 * The number of gemeenten measured is kept, so that a week with fewer measurements shows it.
 */
export function areaWeekly(
  indicator: Indicator,
  items: readonly ObservationItem[],
  regions: readonly Region[],
): AreaWeek[] {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const weeks = new Map<string, ObservationItem[]>();
  for (const o of items) {
    const list = weeks.get(o.period.start) ?? [];
    list.push(o);
    weeks.set(o.period.start, list);
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([date, list]) => {
      const year = Number(date.slice(0, 4));
      const result = aggregate(
        indicator,
        list.map((o) => ({
          regionCode: o.regionCode,
          value: o.value,
          population: populationNear(byCode.get(o.regionCode), year),
        })),
      );
      return result.ok
        ? [{ date, value: result.value, measured: list.length, explanation: result.explanation }]
        : [];
    });
}

export interface WeekRow {
  /** Monday of the ISO week */
  week: string;
  values: (number | null)[];
}

/**
 * One row per ISO week for the table beside the epidemic chart: daily counts summed, other
 * series averaged over the days (or the one weekly value) that fall in the week.
 */
export function weeklyRows(
  series: readonly { points: readonly DatedValue[]; mode: 'sum' | 'mean' }[],
): WeekRow[] {
  const weeks = new Map<string, { sum: number; n: number }[]>();
  series.forEach((s, i) => {
    for (const [date, value] of s.points) {
      const monday = periodContaining('week', date).start;
      const row = weeks.get(monday) ?? series.map(() => ({ sum: 0, n: 0 }));
      row[i]!.sum += value;
      row[i]!.n += 1;
      weeks.set(monday, row);
    }
  });
  return [...weeks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, cells]) => ({
      week,
      values: cells.map((c, i) =>
        c.n === 0 ? null : series[i]!.mode === 'sum' ? c.sum : c.sum / c.n,
      ),
    }));
}
