import type { BarSeriesOption, EChartsOption, MapSeriesOption } from 'echarts';
import type { Locale, Period } from '@weegschaal/core';
import { choroplethOption } from '../societal-picture/societal-charts.ts';
import { fixedClassBounds } from '../societal-picture/class-breaks.ts';
import type { WeeklyBreakdown } from './signal-counts.ts';

/**
 * ECharts options of the signals area, built as plain data so that they can be tested without
 * a browser. Every chart has a table beside it; the options only draw.
 */

/**
 * Twelve Rijkshuisstijl colours, one per target group (eight domains use the first eight);
 * neighbours in the stack differ in lightness as well as hue.
 */
export const CATEGORY_COLORS = [
  '#154273', // lintblauw
  '#e17000', // oranje
  '#39870c', // groen
  '#a90061', // violet
  '#8fcae7', // lichtblauw
  '#42145f', // paars
  '#ffb612', // donkergeel
  '#ca005d', // robijnrood
  '#275937', // donkergroen
  '#f092cd', // roze
  '#673327', // donkerbruin
  '#777c00', // mosgroen
] as const;

/** A stacked bar per week, one colour per category; the table beside it has the numbers. */
export function weeklyBarOption(input: {
  breakdown: WeeklyBreakdown;
  weekLabel: (week: Period) => string;
  categoryLabel: (category: string) => string;
}): EChartsOption {
  const { breakdown, weekLabel, categoryLabel } = input;
  const series: BarSeriesOption[] = breakdown.categories.map((category, i) => ({
    type: 'bar',
    name: categoryLabel(category),
    stack: 'signals',
    itemStyle: { color: CATEGORY_COLORS[i % CATEGORY_COLORS.length]! },
    data: breakdown.rows.map((r) => r.values[category]!),
  }));
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 40, right: 16, top: 48, bottom: 32, containLabel: true },
    xAxis: { type: 'category', data: breakdown.rows.map((r) => weekLabel(r.week)) },
    yAxis: { type: 'value', minInterval: 1 },
    series,
  };
}

/**
 * Class bounds for signal counts. Most regions have no signals at all, so quantiles over every
 * region would all be zero and paint the map in one colour; zero gets a class of its own and
 * the other classes are the societal map's quantiles over the regions that have signals.
 */
export function countClassBounds(counts: readonly number[]): number[] | null {
  const bounds = fixedClassBounds(
    counts.filter((c) => c > 0),
    4,
  );
  if (!bounds) return counts.length > 0 ? [0, 0] : null;
  return bounds[0]! > 0 ? [0, ...bounds] : bounds;
}

/** How a gemeente is marked on the map: GROS with a thick orange border, krimp hatched. */
export interface RegionMarks {
  border: boolean;
  shrinking: boolean;
}

export const GROS_BORDER_COLOR = '#e17000';

/**
 * The choropleth of signal counts: the societal picture's map option (fixed classes, legend
 * with bounds) with the GROS and krimp gemeenten marked on top, so that the two attention
 * areas of seed 002 stay visible whatever the colour of their counts.
 */
export function signalsMapOption(input: {
  mapName: string;
  values: readonly { code: string; name: string; value: number; marks: RegionMarks }[];
  bounds: readonly number[];
  locale: Locale;
  noData: string;
}): EChartsOption {
  const { values } = input;
  const option = choroplethOption({ ...input, unit: 'count' });
  const marks = new Map(values.map((v) => [v.code, v.marks]));
  const [map] = option.series as MapSeriesOption[];
  map!.data = (map!.data as { name: string; value?: number }[]).map((item) => {
    const mark = marks.get(item.name);
    if (!mark || (!mark.border && !mark.shrinking)) return item;
    return {
      ...item,
      itemStyle: {
        ...(mark.border ? { borderColor: GROS_BORDER_COLOR, borderWidth: 2 } : {}),
        ...(mark.shrinking
          ? {
              decal: {
                symbol: 'rect',
                dashArrayX: [1, 0],
                dashArrayY: [2, 4],
                rotation: Math.PI / 4,
                color: 'rgba(66, 20, 95, 0.55)',
              },
            }
          : {}),
      },
    };
  });
  return option;
}

/**
 * The map of the intake form: every gemeente clickable, the chosen one filled. No values and
 * no legend: it is a way to pick a place, the name field beside it says which one was picked.
 */
export function pickerMapOption(input: {
  mapName: string;
  codes: readonly string[];
  names: ReadonlyMap<string, string>;
  selected: string | null;
}): EChartsOption {
  const { mapName, codes, names, selected } = input;
  const series: MapSeriesOption = {
    type: 'map',
    map: mapName,
    nameProperty: 'code',
    aspectScale: Math.cos((52.2 * Math.PI) / 180),
    roam: false,
    selectedMode: false,
    itemStyle: { areaColor: '#e5eef7', borderColor: '#154273', borderWidth: 0.3 },
    emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffb612' } },
    data: codes.map((code) => ({
      name: code,
      ...(code === selected ? { itemStyle: { areaColor: '#154273' } } : {}),
    })),
  };
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        return p ? (names.get(String(p.name)) ?? String(p.name)) : '';
      },
    },
    series: [series],
  };
}
