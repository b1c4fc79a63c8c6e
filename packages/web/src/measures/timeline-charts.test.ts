import { describe, expect, it } from 'vitest';
import {
  axisDates,
  indicatorLabel,
  largestDeviation,
  levelColor,
  levelRuns,
  monthlyMeans,
  stringencyChartOption,
} from './timeline-charts.ts';
import type { MeasureTimeline, StringencyComparison, TimelineIndicator } from './timeline-types.ts';

const source = { name: 'OxCGRT', credit: 'c', licence: 'CC BY 4.0', url: 'u' };
const comparison: StringencyComparison = {
  source,
  series: [
    {
      countryCode: 'NLD',
      countryName: 'Netherlands',
      points: [
        { date: '2020-03-31', published: 50, computed: 50.004 },
        { date: '2020-04-01', published: 80, computed: 79.999 },
        { date: '2020-04-02', published: 90, computed: 90 },
      ],
    },
    {
      countryCode: 'BEL',
      countryName: 'Belgium',
      points: [{ date: '2020-04-01', published: 70, computed: null }],
    },
  ],
};

const c1: TimelineIndicator = {
  code: 'C1',
  nameEn: 'School closing',
  maxLevel: 3,
  flag: 'geographic-scope',
  inStringencyIndex: true,
  measure: {
    code: 'scholen',
    nameNl: 'Sluiting van scholen',
    nameEn: 'School closing',
    levels: [],
    demo: true,
  },
};

describe('timeline chart data', () => {
  it('puts all countries on one date axis, with NL events as lines on the first series', () => {
    const dates = axisDates(comparison);
    expect(dates).toEqual(['2020-03-31', '2020-04-01', '2020-04-02']);
    const option = stringencyChartOption(
      comparison,
      [
        {
          id: 1,
          startDate: '2020-04-01',
          endDate: null,
          end: 'none',
          description: 'Dicht',
          kind: 'measure',
          url: null,
        },
        {
          id: 2,
          startDate: '2020-04-02',
          endDate: null,
          end: 'none',
          description: 'Vakantie',
          kind: 'school-holiday',
          url: null,
        },
        {
          id: 3,
          startDate: '2019-01-01',
          endDate: null,
          end: 'none',
          description: 'Buiten beeld',
          kind: 'measure',
          url: null,
        },
      ],
      dates,
      'nl',
    );
    const series = option.series as { data: unknown[]; markLine?: { data: { xAxis: string }[] } }[];
    expect(series[0]?.data).toEqual([50, 80, 90]);
    expect(series[1]?.data).toEqual([null, 70, null]);
    expect(series[0]?.markLine?.data.map((d) => d.xAxis)).toEqual(['2020-04-01']);
    expect(series[1]?.markLine).toBeUndefined();
    expect((option.series as { name: string }[]).map((x) => x.name)).toEqual([
      'Nederland',
      'België',
    ]);
  });

  it('compresses a daily level record into runs per indicator', () => {
    const timeline = {
      indicators: [c1],
      days: [
        { date: '2020-03-31', levels: { C1: { level: 0, flag: null } } },
        { date: '2020-04-01', levels: { C1: { level: 3, flag: 1 } } },
        { date: '2020-04-02', levels: { C1: { level: 3, flag: 1 } } },
      ],
    } as unknown as MeasureTimeline;
    expect(levelRuns(timeline, axisDates(comparison), ['C1'])).toEqual([
      [0, 0, 0, 0, 0, 0],
      [1, 2, 0, 1, 3, 0],
    ]);
    expect(levelColor(0)).toBe('#f0f0f0');
    expect(levelColor(1)).toBe('rgb(21,66,115)');
  });

  it('averages per month, labels from the catalogue, and measures the deviation', () => {
    expect(monthlyMeans(comparison)).toEqual([
      { month: '2020-03', means: { NLD: 50, BEL: null } },
      { month: '2020-04', means: { NLD: 85, BEL: 70 } },
    ]);
    expect(indicatorLabel(c1, 'nl')).toBe('C1 Sluiting van scholen');
    expect(indicatorLabel({ ...c1, measure: null }, 'nl')).toBe('C1 School closing');
    const deviation = largestDeviation(comparison);
    expect(deviation.days).toBe(3);
    expect(deviation.max).toBeCloseTo(0.004, 6);
  });
});
