import { isIsoWeek, parsePeriod, weekRange } from '@weegschaal/core';
import type { Period } from '@weegschaal/core';
import type { SignalWeeklyCount } from './signals-types.ts';

/**
 * The numbers of the signals overview, computed as plain data so that they can be tested
 * without a browser: the counts API leaves out weeks without signals, and a chart or a table
 * that skipped those weeks would hide exactly the quiet weeks a spike stands out against.
 */

/** Every ISO week from `from` to `to` (keys like '2026-W07'), oldest first; [] when reversed or invalid. */
export function weeksBetween(from: string, to: string): Period[] {
  // a bound keeps a typo like 1026-W01 from building a thousand-year axis
  if (!isIsoWeek(from) || !isIsoWeek(to) || Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 10)
    return [];
  return weekRange(from, to).map((key) => parsePeriod(key)!);
}

export type Breakdown = 'domain' | 'targetGroup';

export interface WeeklyBreakdown {
  /** the categories that occur, in the order given by `order` */
  categories: string[];
  rows: { week: Period; values: Record<string, number>; total: number }[];
  totals: Record<string, number>;
  total: number;
}

/**
 * Counts per week and per category (domain or target group), summed over the regions, with a
 * zero for every week and category without signals.
 */
export function weeklyBreakdown(
  counts: readonly SignalWeeklyCount[],
  weeks: readonly Period[],
  by: Breakdown,
  order: readonly string[],
): WeeklyBreakdown {
  const present = new Set<string>(counts.map((c) => c[by] ?? ''));
  const known = new Set(order);
  const categories = [
    ...order.filter((c) => present.has(c)),
    ...[...present].filter((c) => !known.has(c)).sort(),
  ];
  const byWeek = new Map<string, Record<string, number>>(
    weeks.map((w) => [w.key, Object.fromEntries(categories.map((c) => [c, 0]))]),
  );
  for (const c of counts) {
    const row = byWeek.get(c.isoWeek);
    if (row) row[c[by] ?? ''] = (row[c[by] ?? ''] ?? 0) + c.count;
  }
  const totals: Record<string, number> = Object.fromEntries(categories.map((c) => [c, 0]));
  const rows = weeks.map((week) => {
    const values = byWeek.get(week.key)!;
    for (const c of categories) totals[c] = totals[c]! + values[c]!;
    return { week, values, total: categories.reduce((sum, c) => sum + values[c]!, 0) };
  });
  return { categories, rows, totals, total: rows.reduce((sum, r) => sum + r.total, 0) };
}

/** Signals per region over the whole window. */
export function regionTotals(counts: readonly SignalWeeklyCount[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const c of counts) totals.set(c.regionCode, (totals.get(c.regionCode) ?? 0) + c.count);
  return totals;
}

export type DueState = 'overdue' | 'due-soon' | 'on-time' | 'none';

/** Whether a signal still open is past its due time, or within a day of it. */
export function dueState(
  signal: { status: string; dueAt: string | null },
  now: Date,
  soonHours = 24,
): DueState {
  if (signal.dueAt === null || signal.status === 'closed') return 'none';
  const left = Date.parse(signal.dueAt) - now.getTime();
  if (left < 0) return 'overdue';
  return left <= soonHours * 3_600_000 ? 'due-soon' : 'on-time';
}
