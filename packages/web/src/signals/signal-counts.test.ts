import { describe, expect, it } from 'vitest';
import { dueState, regionTotals, weeklyBreakdown, weeksBetween } from './signal-counts.ts';
import type { SignalWeeklyCount } from './signals-types.ts';

const count = (
  regionCode: string,
  isoWeek: string,
  domain: SignalWeeklyCount['domain'],
  targetGroup: SignalWeeklyCount['targetGroup'],
  n: number,
): SignalWeeklyCount => ({ regionCode, isoWeek, domain, targetGroup, count: n });

describe('weeksBetween', () => {
  it('lists every ISO week across a year end, with 53-week years', () => {
    const weeks = weeksBetween('2026-W52', '2027-W02');
    expect(weeks.map((w) => w.key)).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    expect(weeks[0]!.start).toBe('2026-12-21');
  });

  it('gives nothing for a reversed, invalid or absurdly long window', () => {
    expect(weeksBetween('2026-W10', '2026-W09')).toEqual([]);
    expect(weeksBetween('2025-W53', '2026-W01')).toEqual([]); // 2025 has 52 weeks
    expect(weeksBetween('1026-W01', '2026-W01')).toEqual([]);
  });
});

describe('weeklyBreakdown', () => {
  const weeks = weeksBetween('2026-W05', '2026-W08');
  const counts = [
    count('GM0363', '2026-W05', 'education', 'young-people', 2),
    count('GM0599', '2026-W05', 'education', 'elderly', 1),
    count('GM0599', '2026-W07', 'mental-health', 'young-people', 4),
    // outside the window: left out, not added to a week
    count('GM0599', '2026-W09', 'mental-health', 'young-people', 9),
  ];

  it('sums over regions per week and fills weeks without signals with zeros', () => {
    const b = weeklyBreakdown(counts, weeks, 'domain', ['mental-health', 'education']);
    expect(b.categories).toEqual(['mental-health', 'education']);
    expect(
      b.rows.map((r) => [r.week.key, r.values['education'], r.values['mental-health'], r.total]),
    ).toEqual([
      ['2026-W05', 3, 0, 3],
      ['2026-W06', 0, 0, 0],
      ['2026-W07', 0, 4, 4],
      ['2026-W08', 0, 0, 0],
    ]);
    expect(b.totals).toEqual({ 'mental-health': 4, education: 3 });
    expect(b.total).toBe(7);
  });

  it('breaks down by target group too, unknown categories after the known ones', () => {
    const b = weeklyBreakdown(
      [...counts, count('GM0363', '2026-W06', 'education', null, 5)],
      weeks,
      'targetGroup',
      ['elderly', 'young-people'],
    );
    expect(b.categories).toEqual(['elderly', 'young-people', '']);
    expect(b.totals).toEqual({ elderly: 1, 'young-people': 6, '': 5 });
  });
});

describe('regionTotals', () => {
  it('adds up every week and category of a region', () => {
    const totals = regionTotals([
      count('GM0363', '2026-W05', 'education', null, 2),
      count('GM0363', '2026-W06', 'mental-health', null, 3),
      count('GM0599', '2026-W06', 'education', null, 1),
    ]);
    expect([...totals]).toEqual([
      ['GM0363', 5],
      ['GM0599', 1],
    ]);
  });
});

describe('dueState', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('marks an open signal past its due time as overdue, and one within a day as due soon', () => {
    expect(dueState({ status: 'triaged', dueAt: '2026-11-23T11:59:00Z' }, now)).toBe('overdue');
    expect(dueState({ status: 'triaged', dueAt: '2026-11-24T11:00:00Z' }, now)).toBe('due-soon');
    expect(dueState({ status: 'triaged', dueAt: '2026-11-26T12:00:00Z' }, now)).toBe('on-time');
  });
  it('marks nothing without a due time or once closed', () => {
    expect(dueState({ status: 'new', dueAt: null }, now)).toBe('none');
    expect(dueState({ status: 'closed', dueAt: '2026-11-01T00:00:00Z' }, now)).toBe('none');
  });
});
