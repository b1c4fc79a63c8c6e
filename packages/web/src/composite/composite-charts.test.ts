import { describe, expect, it } from 'vitest';
import type { CompositeValue } from '@weegschaal/core';
import { contributionChartOption, indexChartOption } from './composite-charts.ts';

const value = (
  periodKey: string,
  v: number,
  band: [number, number] | null,
  terms: number[],
  termScale: CompositeValue['termScale'] = 'index',
): CompositeValue => ({
  regionCode: 'NL01',
  periodKey,
  periodStart: `${periodKey}-01`,
  value: v,
  rank: 1,
  regionsRanked: 1,
  termScale,
  contributions: terms.map((term, i) => ({
    indicatorCode: `i${i}`,
    weight: 0.5,
    raw: 1,
    normalised: term * 2,
    imputedFrom: null,
    term,
    share: term / v,
  })),
  uncertainty: band && {
    range: { lower: band[0], upper: band[1] },
    interval90: { lower: band[0], upper: band[1] },
    median: v,
    rankRange: null,
    rankInterval90: null,
  },
});

const series = (option: ReturnType<typeof indexChartOption>) =>
  option.series as { name: string; data: (number | null)[]; stack?: string }[];

describe('composite index charts', () => {
  const values = [
    value('2020-01', 0.6, [0.5, 0.7], [0.2, 0.4]),
    value('2020-02', 0.4, null, [0.1, 0.3]),
  ];

  it('draws the band as its lower bound plus a stacked height, with gaps where there is none', () => {
    const option = indexChartOption(values, {
      index: 'Index',
      band: 'Band',
      period: (v) => v.periodKey,
    });
    const [base, band, index] = series(option);
    expect(base!.data).toEqual([0.5, null]);
    expect(band!.data[0]).toBeCloseTo(0.2, 12);
    expect(band!.data[1]).toBeNull();
    expect(base!.stack).toBe(band!.stack);
    expect(index!.data).toEqual([0.6, 0.4]);
    expect((option.xAxis as { data: string[] }).data).toEqual(['2020-01', '2020-02']);
  });

  it('stacks the terms when they add up to the index, and not when they add up to its log', () => {
    const names = new Map([['i0', 'Werkloosheid']]);
    const stacked = contributionChartOption(values, names, (v) => v.periodKey);
    const lines = series(stacked);
    expect(lines.map((s) => s.name)).toEqual(['Werkloosheid', 'i1']);
    expect(lines[1]!.data).toEqual([0.4, 0.3]);
    expect(lines.every((s) => s.stack === 'terms')).toBe(true);
    const geometric = contributionChartOption(
      [value('2020-01', 0.5, null, [-0.3, -0.4], 'log-index')],
      names,
      (v) => v.periodKey,
    );
    expect(series(geometric).every((s) => s.stack === undefined)).toBe(true);
  });
});
