import { describe, expect, it } from 'vitest';
import type { BarSeriesOption, MapSeriesOption } from 'echarts';
import { weeklyBreakdown, weeksBetween } from './signal-counts.ts';
import {
  GROS_BORDER_COLOR,
  countClassBounds,
  pickerMapOption,
  signalsMapOption,
  weeklyBarOption,
} from './signals-charts.ts';

describe('signalsMapOption', () => {
  const option = signalsMapOption({
    mapName: 'weegschaal-nl-gemeente',
    values: [
      { code: 'GM0153', name: 'Enschede', value: 4, marks: { border: true, shrinking: false } },
      { code: 'GM1966', name: 'Het Hogeland', value: 0, marks: { border: false, shrinking: true } },
      { code: 'GM0363', name: 'Amsterdam', value: 9, marks: { border: false, shrinking: false } },
    ],
    bounds: [0, 5, 10],
    locale: 'nl',
    noData: 'geen gegevens',
  });
  const [map] = option.series as MapSeriesOption[];
  const byName = new Map(
    (map!.data as { name: string; value: number; itemStyle?: Record<string, unknown> }[]).map(
      (d) => [d.name, d],
    ),
  );

  it('keeps the counts and class legend of the societal map', () => {
    expect(byName.get('GM0363')).toEqual({ name: 'GM0363', value: 9 });
    expect(byName.get('GM1966')!.value).toBe(0);
    expect((option.visualMap as { pieces: unknown[] }).pieces).toHaveLength(2);
  });

  it('gives GROS gemeenten an orange border and krimp gemeenten a hatch', () => {
    expect(byName.get('GM0153')!.itemStyle).toEqual({
      borderColor: GROS_BORDER_COLOR,
      borderWidth: 2,
    });
    expect(byName.get('GM1966')!.itemStyle).toHaveProperty('decal');
    expect(byName.get('GM1966')!.itemStyle).not.toHaveProperty('borderColor');
  });
});

describe('weeklyBarOption', () => {
  it('stacks one series per category over every week of the window', () => {
    const weeks = weeksBetween('2026-W01', '2026-W03');
    const breakdown = weeklyBreakdown(
      [
        {
          regionCode: 'NL01',
          isoWeek: '2026-W02',
          domain: 'education',
          targetGroup: null,
          count: 3,
        },
        {
          regionCode: 'NL01',
          isoWeek: '2026-W03',
          domain: 'mental-health',
          targetGroup: null,
          count: 1,
        },
      ],
      weeks,
      'domain',
      ['education', 'mental-health'],
    );
    const option = weeklyBarOption({
      breakdown,
      weekLabel: (w) => w.key,
      categoryLabel: (c) => c.toUpperCase(),
    });
    const series = option.series as BarSeriesOption[];
    expect(series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['EDUCATION', 'signals', [0, 3, 0]],
      ['MENTAL-HEALTH', 'signals', [0, 0, 1]],
    ]);
    expect((option.xAxis as { data: string[] }).data).toEqual(['2026-W01', '2026-W02', '2026-W03']);
  });
});

describe('pickerMapOption', () => {
  it('fills only the chosen gemeente', () => {
    const option = pickerMapOption({
      mapName: 'm',
      codes: ['GM0363', 'GM0599'],
      names: new Map([['GM0363', 'Amsterdam']]),
      selected: 'GM0599',
    });
    const [map] = option.series as MapSeriesOption[];
    expect(map!.data).toEqual([
      { name: 'GM0363' },
      { name: 'GM0599', itemStyle: { areaColor: '#154273' } },
    ]);
  });
});

describe('countClassBounds', () => {
  it('gives zero a class of its own when most regions have no signals', () => {
    const counts = [...Array<number>(300).fill(0), 1, 2, 3, 5, 8, 13, 21, 34, 55, 89];
    const bounds = countClassBounds(counts)!;
    expect(bounds[0]).toBe(0);
    expect(bounds[1]).toBe(1);
    expect(bounds.at(-1)).toBe(89);
    expect(bounds.length).toBeGreaterThan(3);
    // strictly ascending after the zero class
    for (let i = 2; i < bounds.length; i++) expect(bounds[i]!).toBeGreaterThan(bounds[i - 1]!);
  });

  it('has one class when there are no signals, and none without regions', () => {
    expect(countClassBounds([0, 0, 0])).toEqual([0, 0]);
    expect(countClassBounds([])).toBeNull();
  });
});
