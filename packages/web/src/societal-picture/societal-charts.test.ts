import { describe, expect, it } from 'vitest';
import type { SignalValues } from '@weegschaal/core';
import {
  choroplethOption,
  epidemicOption,
  thresholdBands,
  timeSeriesOption,
  valueAxisBounds,
} from './societal-charts.ts';
import type { ChartPoint } from './societal-charts.ts';

const signal = (attention: number | null, alarm: number | null): SignalValues => ({
  attention,
  alarm,
  setBy: 'RIVM',
  rationale: 'r',
  setOn: '2021-01-01',
  demo: false,
});
const point = (
  date: string,
  value: number,
  status: ChartPoint['status'] = 'final',
): ChartPoint => ({
  date,
  value,
  lower: null,
  upper: null,
  status,
});
const labels = { provisional: 'voorlopig', interval: '95%', attention: 'aandacht', alarm: 'alarm' };

describe('charts of the societal picture', () => {
  it('reads threshold bands in the direction of the polarity', () => {
    expect(thresholdBands('higher-is-worse', signal(40, 80), 0, 100)).toEqual([
      { level: 'attention', from: 40, to: 80 },
      { level: 'alarm', from: 80, to: 100 },
    ]);
    expect(thresholdBands('higher-is-better', signal(60, 40), 0, 100)).toEqual([
      { level: 'attention', from: 40, to: 60 },
      { level: 'alarm', from: 0, to: 40 },
    ]);
    expect(thresholdBands('higher-is-worse', signal(null, 80), 0, 100)).toEqual([
      { level: 'alarm', from: 80, to: 100 },
    ]);
    expect(thresholdBands('neutral', signal(1, 2), 0, 10)).toEqual([]);
    expect(thresholdBands('higher-is-worse', null, 0, 10)).toEqual([]);
  });

  it('stretches the axis over values, intervals and thresholds', () => {
    const bounds = valueAxisBounds(
      [{ name: 'NL', points: [{ ...point('2021-01-01', 1), lower: 0.8, upper: 1.3 }] }],
      signal(1, 1.5),
    );
    // the values run from 0.8 to 1.5: a step of 0.1, rounded outward
    expect(bounds.min).toBe(0.8);
    expect(bounds.max).toBe(1.6);
    expect(
      valueAxisBounds(
        [{ name: 'x', points: [point('2021-01-01', 3), point('2021-02-01', 97.2)] }],
        null,
      ),
    ).toEqual({ min: 0, max: 100 });
  });

  it('draws provisional values apart, with the final value they start from', () => {
    const option = timeSeriesOption({
      series: [
        {
          name: 'NL',
          points: [
            point('2021-01-01', 10),
            point('2021-02-01', 12),
            point('2021-03-01', 14, 'provisional'),
          ],
        },
      ],
      unit: 'percent',
      polarity: 'higher-is-worse',
      signal: signal(11, 13),
      locale: 'nl',
      labels,
    });
    const series = option.series as {
      name: string;
      data: unknown[];
      markArea?: { data: unknown[] };
    }[];
    expect(series.map((s) => s.name)).toEqual(['NL', 'NL (voorlopig)']);
    expect(series[0]!.data).toEqual([
      ['2021-01-01', 10],
      ['2021-02-01', 12],
      ['2021-03-01', null],
    ]);
    expect(series[1]!.data).toEqual([
      { value: ['2021-01-01', null], symbol: 'none' },
      { value: ['2021-02-01', 12], symbol: 'none' },
      { value: ['2021-03-01', 14], symbol: 'emptyCircle' },
    ]);
    expect(series[0]!.markArea!.data).toHaveLength(2);
  });

  it('puts every epidemic panel on one zoomable time axis with the events through all', () => {
    const option = epidemicOption({
      panels: [
        { title: 'a', unit: 'count', kind: 'bar', points: [['2020-03-01', 5]] },
        { title: 'Rt', unit: 'ratio', kind: 'line', points: [['2020-03-01', 2]], reference: 1 },
      ],
      events: [
        { date: '2020-03-15', description: 'scholen dicht', kind: 'measure' },
        { date: '2019-01-01', description: 'outside', kind: 'measure' },
      ],
      from: '2020-02-01',
      to: '2022-12-31',
      locale: 'nl',
    });
    const xAxes = option.xAxis as { min: string; max: string }[];
    expect(xAxes.every((x) => x.min === '2020-02-01' && x.max === '2022-12-31')).toBe(true);
    const zoom = option.dataZoom as { xAxisIndex: number[] }[];
    expect(zoom[0]!.xAxisIndex).toEqual([0, 1]);
    const series = option.series as { markLine: { data: { xAxis?: string; yAxis?: number }[] } }[];
    expect(series[0]!.markLine.data.map((d) => d.xAxis)).toEqual(['2020-03-15']);
    expect(series[1]!.markLine.data.at(-1)).toMatchObject({ yAxis: 1 });
  });

  it('colours the map on the fixed bounds and says them in the legend', () => {
    const option = choroplethOption({
      mapName: 'nl-gemeente',
      values: [
        { code: 'GM0363', name: 'Amsterdam', value: 3 },
        { code: 'GM0014', name: 'Groningen', value: null },
      ],
      bounds: [0, 2, 4],
      unit: 'percent',
      locale: 'nl',
      noData: 'geen gegevens',
    });
    const visualMap = option.visualMap as { pieces: { label: string; gte: number }[] };
    expect(visualMap.pieces.map((p) => p.label)).toEqual(['0 – < 2', '2 – 4']);
    const [map] = option.series as { data: { name: string; value?: number }[] }[];
    expect(map!.data).toEqual([
      { name: 'GM0363', value: 3 },
      { name: 'GM0014', value: undefined },
    ]);
  });
});
