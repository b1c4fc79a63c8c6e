import type { EChartsOption, LineSeriesOption, MapSeriesOption } from 'echarts';
import type { Locale, ObservationStatus, Polarity, SignalValues, Unit } from '@weegschaal/core';
import { classColors } from './class-breaks.ts';
import { formatNumber } from './format.ts';

/**
 * ECharts options for the societal picture, built as plain data so that they can be tested
 * without a browser. Every chart also has a data table on its page; the options only draw.
 */

/** one line style and symbol per series, so that lines differ without colour too */
export const SERIES_STYLES = [
  { color: '#154273', type: 'solid', symbol: 'circle' },
  { color: '#a90061', type: 'dashed', symbol: 'triangle' },
  { color: '#39870c', type: 'dotted', symbol: 'rect' },
  { color: '#e17000', type: 'dashed', symbol: 'diamond' },
  { color: '#42145f', type: 'dotted', symbol: 'pin' },
  { color: '#007bc7', type: 'solid', symbol: 'roundRect' },
] as const;

const ATTENTION_FILL = 'rgba(255, 183, 0, 0.18)';
const ALARM_FILL = 'rgba(213, 43, 30, 0.14)';

export interface ChartPoint {
  /** first day of the period */
  date: string;
  value: number;
  lower: number | null;
  upper: number | null;
  status: ObservationStatus;
}

export interface ChartSeries {
  name: string;
  points: readonly ChartPoint[];
}

export interface ThresholdBand {
  level: 'attention' | 'alarm';
  from: number;
  to: number;
}

/**
 * The bands in which a value is at attention or alarm level, read with the polarity: for
 * "higher is worse" attention runs from the attention value up to the alarm value and alarm
 * from there up; for "higher is better" the other way. `floor` and `ceiling` close the open
 * ends at the edge of the axis.
 */
export function thresholdBands(
  polarity: Polarity,
  signal: SignalValues | null,
  floor: number,
  ceiling: number,
): ThresholdBand[] {
  if (!signal || polarity === 'neutral') return [];
  const { attention, alarm } = signal;
  const bands: ThresholdBand[] = [];
  if (polarity === 'higher-is-worse') {
    if (attention !== null)
      bands.push({ level: 'attention', from: attention, to: alarm ?? ceiling });
    if (alarm !== null) bands.push({ level: 'alarm', from: alarm, to: ceiling });
  } else {
    if (attention !== null) bands.push({ level: 'attention', from: alarm ?? floor, to: attention });
    if (alarm !== null) bands.push({ level: 'alarm', from: floor, to: alarm });
  }
  return bands.filter((b) => b.to > b.from);
}

/** Axis bounds that hold every value, interval bound and threshold, with a little room. */
export function valueAxisBounds(
  series: readonly ChartSeries[],
  signal: SignalValues | null,
): { min: number; max: number } {
  const values: number[] = [];
  for (const s of series) {
    for (const p of s.points) {
      values.push(p.value);
      if (p.lower !== null) values.push(p.lower);
      if (p.upper !== null) values.push(p.upper);
    }
  }
  if (signal?.attention != null) values.push(signal.attention);
  if (signal?.alarm != null) values.push(signal.alarm);
  if (values.length === 0) return { min: 0, max: 1 };
  const low = Math.min(...values);
  const high = Math.max(...values);
  // round outward to a step of 1, 2, 2.5 or 5 times a power of ten, so the axis ends on a label
  const step = niceStep((high - low || Math.abs(high) || 1) / 5);
  const min = low >= 0 && low - step < 0 ? 0 : Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step === high ? high + step : Math.ceil(high / step) * step;
  return { min: Number(min.toPrecision(12)), max: Number(max.toPrecision(12)) };
}

export function niceStep(raw: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const residual = raw / magnitude;
  const factor =
    residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 2.5 ? 2.5 : residual <= 5 ? 5 : 10;
  return factor * magnitude;
}

export interface TimeSeriesLabels {
  provisional: string;
  interval: string;
  attention: string;
  alarm: string;
}

/**
 * A time series per region, on a time axis (days, weeks, months, quarters and years sit at
 * their first day). Provisional values are drawn as hollow symbols on a dashed stretch; the
 * interval of an estimate (Rt) is a shaded band; the signal values are shaded bands named in
 * the legend text.
 */
export function timeSeriesOption(input: {
  series: readonly ChartSeries[];
  unit: Unit;
  polarity: Polarity;
  signal: SignalValues | null;
  locale: Locale;
  labels: TimeSeriesLabels;
}): EChartsOption {
  const { series, unit, polarity, signal, locale, labels } = input;
  const { min, max } = valueAxisBounds(series, signal);
  const bands = thresholdBands(polarity, signal, min, max);
  const format = (v: unknown) => (typeof v === 'number' ? formatNumber(v, unit, locale) : '–');
  const lines: LineSeriesOption[] = [];
  series.forEach((s, index) => {
    const style = SERIES_STYLES[index % SERIES_STYLES.length]!;
    const sorted = [...s.points].sort((a, b) => a.date.localeCompare(b.date));
    const provisional = sorted.map((p) => p.status === 'provisional');
    lines.push({
      type: 'line',
      name: s.name,
      color: style.color,
      symbol: style.symbol,
      showSymbol: sorted.length <= 60,
      symbolSize: 6,
      lineStyle: { type: style.type, width: 2 },
      data: sorted.map((p, i) => [p.date, provisional[i] ? null : p.value]),
      connectNulls: false,
      ...(index === 0 && bands.length > 0
        ? {
            markArea: {
              silent: true,
              label: { show: true, position: 'insideTopLeft', color: '#3d3d3d' },
              data: bands.map((b) => [
                {
                  name: `${b.level === 'alarm' ? labels.alarm : labels.attention}`,
                  yAxis: b.from,
                  itemStyle: { color: b.level === 'alarm' ? ALARM_FILL : ATTENTION_FILL },
                },
                { yAxis: b.to },
              ]),
            },
          }
        : {}),
    });
    if (provisional.some(Boolean)) {
      // each provisional stretch, joined to the final value before it
      lines.push({
        type: 'line',
        name: `${s.name} (${labels.provisional})`,
        color: style.color,
        symbolSize: 9,
        showSymbol: true,
        lineStyle: { type: 'dashed', width: 2, opacity: 0.7 },
        data: sorted.map((p, i) => ({
          value: [p.date, provisional[i] || provisional[i + 1] ? p.value : null],
          // the final value the stretch starts from keeps no hollow mark
          symbol: provisional[i] ? 'emptyCircle' : 'none',
        })),
        connectNulls: false,
      });
    }
    if (series.length === 1 && sorted.some((p) => p.lower !== null && p.upper !== null)) {
      const stack = `interval-${index}`;
      lines.push(
        {
          type: 'line',
          name: labels.interval,
          stack,
          symbol: 'none',
          lineStyle: { opacity: 0 },
          data: sorted.map((p) => [p.date, p.lower]),
          tooltip: { show: false },
        },
        {
          type: 'line',
          name: labels.interval,
          stack,
          symbol: 'none',
          color: style.color,
          lineStyle: { opacity: 0 },
          areaStyle: { color: style.color, opacity: 0.15 },
          data: sorted.map((p) => [
            p.date,
            p.lower !== null && p.upper !== null ? p.upper - p.lower : null,
          ]),
          tooltip: { show: false },
        },
      );
    }
  });
  return {
    animation: false,
    grid: { left: 64, right: 24, top: 48, bottom: 64 },
    legend: { top: 0, type: 'scroll' },
    tooltip: { trigger: 'axis', valueFormatter: format },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', min, max, axisLabel: { formatter: (v: number) => format(v) } },
    dataZoom: [{ type: 'inside' }, { type: 'slider', bottom: 8, height: 20 }],
    series: lines,
  };
}

export interface EpidemicPanel {
  title: string;
  unit: Unit;
  /** [first day of the period, value] */
  points: readonly (readonly [string, number])[];
  /** bars for daily counts, a line for the rest */
  kind: 'bar' | 'line';
  /** a horizontal reference line (Rt = 1) */
  reference?: number;
}

export interface EpidemicEvent {
  date: string;
  description: string;
  kind: 'measure' | 'relaxation';
}

/**
 * "Stand van de epidemie": one panel per series, stacked, on ONE time axis: the panels share
 * their range and zoom, and the measures are vertical lines through every panel, so that a
 * reader can look down from a measure to what the series did.
 */
export function epidemicOption(input: {
  panels: readonly EpidemicPanel[];
  events: readonly EpidemicEvent[];
  from: string;
  to: string;
  locale: Locale;
}): EChartsOption {
  const { panels, events, from, to, locale } = input;
  const panelHeight = 120;
  const gap = 44;
  const top = 36;
  const indices = panels.map((_, i) => i);
  const eventLines = events
    .filter((e) => e.date >= from && e.date <= to)
    .map((e) => ({
      name: `${e.date}: ${e.description}`,
      xAxis: e.date,
      lineStyle: {
        color: e.kind === 'measure' ? '#d52b1e' : '#39870c',
        type: e.kind === 'measure' ? ('dashed' as const) : ('dotted' as const),
        width: 1,
      },
    }));
  return {
    animation: false,
    title: panels.map((p, i) => ({
      text: p.title,
      top: top + i * (panelHeight + gap) - 24,
      left: 64,
      textStyle: { fontSize: 13, fontWeight: 'bold' as const, color: '#1a1a1a' },
    })),
    tooltip: { trigger: 'axis', axisPointer: { link: [{ xAxisIndex: 'all' }] } },
    axisPointer: { link: [{ xAxisIndex: 'all' }] },
    grid: panels.map((_, i) => ({
      left: 64,
      right: 24,
      top: top + i * (panelHeight + gap),
      height: panelHeight,
    })),
    xAxis: panels.map((_, i) => ({
      type: 'time' as const,
      gridIndex: i,
      min: from,
      max: to,
      axisLabel: { show: i === panels.length - 1 },
    })),
    yAxis: panels.map((p, i) => ({
      type: 'value' as const,
      gridIndex: i,
      splitNumber: 3,
      axisLabel: { formatter: (v: number) => formatNumber(v, p.unit, locale) },
    })),
    dataZoom: [
      { type: 'inside', xAxisIndex: indices },
      { type: 'slider', xAxisIndex: indices, bottom: 8, height: 20 },
    ],
    series: panels.map((p, i) => ({
      type: p.kind,
      name: p.title,
      xAxisIndex: i,
      yAxisIndex: i,
      color: SERIES_STYLES[i % SERIES_STYLES.length]!.color,
      ...(p.kind === 'line' ? { showSymbol: false } : { barMaxWidth: 3 }),
      data: p.points.map(([date, value]) => [date, value]),
      tooltip: { valueFormatter: (v: unknown) => formatNumber(v as number, p.unit, locale) },
      markLine: {
        symbol: 'none',
        silent: false,
        label: { show: false },
        tooltip: { formatter: '{b}' },
        data: [
          ...eventLines,
          ...(p.reference !== undefined
            ? [{ name: String(p.reference), yAxis: p.reference, lineStyle: { color: '#3d3d3d' } }]
            : []),
        ],
      },
    })) as EChartsOption['series'],
  };
}

/** Height of the epidemic chart for a number of panels (see epidemicOption). */
export function epidemicChartHeight(panels: number): number {
  return 36 + panels * (120 + 44) + 16;
}

/**
 * A choropleth of one period on fixed class bounds; regions without a value stay grey and
 * are named so in the legend.
 */
export function choroplethOption(input: {
  mapName: string;
  values: readonly { code: string; name: string; value: number | null }[];
  bounds: readonly number[];
  unit: Unit;
  locale: Locale;
  noData: string;
}): EChartsOption {
  const { mapName, values, bounds, unit, locale, noData } = input;
  const colors = classColors(Math.max(1, bounds.length - 1));
  const format = (v: number) => formatNumber(v, unit, locale);
  const pieces = colors.map((color, i) => {
    const lower = bounds[i]!;
    const upper = bounds[i + 1] ?? lower;
    const last = i === colors.length - 1;
    return {
      gte: lower,
      ...(last ? { lte: upper } : { lt: upper }),
      color,
      label: `${format(lower)} – ${last ? '' : '< '}${format(upper)}`,
    };
  });
  const names = new Map(values.map((v) => [v.code, v.name]));
  const series: MapSeriesOption = {
    type: 'map',
    map: mapName,
    nameProperty: 'code',
    aspectScale: Math.cos((52.2 * Math.PI) / 180),
    roam: false,
    selectedMode: false,
    itemStyle: { areaColor: '#e6e6e6', borderColor: '#ffffff', borderWidth: 0.5 },
    emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffb612' } },
    data: values.map((v) => ({ name: v.code, value: v.value ?? undefined })),
  };
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        if (!p) return '';
        const value =
          typeof p.value === 'number' && Number.isFinite(p.value) ? format(p.value) : noData;
        return `${names.get(String(p.name)) ?? p.name}: ${value}`;
      },
    },
    visualMap: {
      type: 'piecewise',
      pieces,
      left: 0,
      bottom: 0,
      itemSymbol: 'rect',
      outOfRange: { color: '#e6e6e6' },
    },
    series: [series],
  };
}
