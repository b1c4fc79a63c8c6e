import type { EChartsOption, CustomSeriesRenderItem } from 'echarts';
import type { Locale, OxcgrtIndicatorCode, PolicyLevel } from '@weegschaal/core';
import type {
  MeasureEventItem,
  MeasureTimeline,
  StringencyComparison,
  TimelineIndicator,
} from './timeline-types.ts';

// one colour and one line style per country, so that the lines differ without colour too
const COUNTRY_STYLE: Record<string, { color: string; type: 'solid' | 'dashed' | 'dotted' }> = {
  NLD: { color: '#154273', type: 'solid' },
  BEL: { color: '#a90061', type: 'dashed' },
  DEU: { color: '#39870c', type: 'dotted' },
};
const EVENT_COLOR = { measure: '#d52b1e', relaxation: '#39870c' } as const;
// the level strip's scale: no measure is light grey, the strictest level dark blue
const NONE_COLOR = '#f0f0f0';
const LOW: [number, number, number] = [0xcc, 0xd9, 0xe6];
const HIGH: [number, number, number] = [0x15, 0x42, 0x73];

const ALPHA2: Record<string, string> = { NLD: 'NL', BEL: 'BE', DEU: 'DE' };

/** The country's name in the reader's language where the browser knows it, else OxCGRT's. */
export function countryLabel(code: string, name: string, locale: Locale): string {
  const alpha2 = ALPHA2[code];
  if (!alpha2 || typeof Intl.DisplayNames !== 'function') return name;
  return new Intl.DisplayNames([locale], { type: 'region' }).of(alpha2) ?? name;
}

/** The catalogue's name for an indicator in the reader's language, else OxCGRT's own. */
export function indicatorLabel(indicator: TimelineIndicator, locale: Locale): string {
  if (!indicator.measure) return `${indicator.code} ${indicator.nameEn}`;
  return `${indicator.code} ${locale === 'nl' ? indicator.measure.nameNl : indicator.measure.nameEn}`;
}

export function levelLabel(
  indicator: TimelineIndicator,
  level: number,
  locale: Locale,
  levelWord: string,
): string {
  const described = indicator.measure?.levels.find((l) => l.level === level);
  if (!described) return `${levelWord} ${level}`;
  return `${level} – ${locale === 'nl' ? described.descriptionNl : described.descriptionEn}`;
}

export function levelColor(norm: number): string {
  if (norm <= 0) return NONE_COLOR;
  const mix = LOW.map((low, i) => Math.round(low + (HIGH[i]! - low) * Math.min(1, norm)));
  return `rgb(${mix.join(',')})`;
}

export function axisDates(comparison: StringencyComparison): string[] {
  const dates = new Set<string>();
  for (const s of comparison.series) for (const p of s.points) dates.add(p.date);
  return [...dates].sort();
}

export function stringencyChartOption(
  comparison: StringencyComparison,
  events: readonly MeasureEventItem[],
  dates: readonly string[],
  locale: Locale,
): EChartsOption {
  const inRange = new Set(dates);
  const annotated = events.filter(
    (e) => (e.kind === 'measure' || e.kind === 'relaxation') && inRange.has(e.startDate),
  );
  return {
    animation: false,
    grid: { left: 260, right: 24, top: 40, bottom: 40 },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) => (typeof v === 'number' ? v.toFixed(2) : '–'),
    },
    xAxis: { type: 'category', data: [...dates], boundaryGap: false },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: comparison.series.map((s, i) => {
      const style = COUNTRY_STYLE[s.countryCode] ?? { color: '#555', type: 'solid' as const };
      const byDate = new Map(s.points.map((p) => [p.date, p.published]));
      return {
        type: 'line' as const,
        name: countryLabel(s.countryCode, s.countryName, locale),
        showSymbol: false,
        color: style.color,
        lineStyle: { type: style.type, width: 2 },
        data: dates.map((d) => byDate.get(d) ?? null),
        // the events are Dutch: they hang on the first series only, once
        ...(i === 0 && annotated.length > 0
          ? {
              markLine: {
                symbol: 'none',
                silent: false,
                label: { show: false },
                emphasis: { label: { show: true, formatter: '{b}', position: 'insideEndTop' } },
                tooltip: { formatter: '{b}' },
                data: annotated.map((e) => ({
                  name: `${e.startDate}: ${e.description}`,
                  xAxis: e.startDate,
                  lineStyle: {
                    color: EVENT_COLOR[e.kind as 'measure' | 'relaxation'],
                    type: e.kind === 'measure' ? ('dashed' as const) : ('dotted' as const),
                    width: 1,
                  },
                })),
              },
            }
          : {}),
      };
    }),
  };
}

/** A run of consecutive days with the same level and flag: [start, end, row, norm, level, targeted]. */
export type StripRun = [number, number, number, number, number, number];

export function levelRuns(
  timeline: MeasureTimeline,
  dates: readonly string[],
  codes: readonly OxcgrtIndicatorCode[],
): StripRun[] {
  const dayIndex = new Map(dates.map((d, i) => [d, i]));
  const runs: StripRun[] = [];
  codes.forEach((code, row) => {
    const max = timeline.indicators.find((i) => i.code === code)?.maxLevel ?? 1;
    let open: { start: number; end: number; value: PolicyLevel } | null = null;
    const close = () => {
      if (open) {
        const { level, flag } = open.value;
        runs.push([open.start, open.end, row, level / max, level, flag === 0 ? 1 : 0]);
      }
      open = null;
    };
    for (const day of timeline.days) {
      const index = dayIndex.get(day.date);
      const value = day.levels[code];
      if (index === undefined || !value) {
        close();
        continue;
      }
      const current: { start: number; end: number; value: PolicyLevel } | null = open;
      if (
        current &&
        current.end === index - 1 &&
        current.value.level === value.level &&
        current.value.flag === value.flag
      ) {
        current.end = index;
      } else {
        close();
        open = { start: index, end: index, value };
      }
    }
    close();
  });
  return runs;
}

export function levelStripOption(
  timeline: MeasureTimeline,
  dates: readonly string[],
  locale: Locale,
  words: { level: string; targeted: string },
): EChartsOption {
  const indicators = timeline.indicators;
  const labels = indicators.map((i) => indicatorLabel(i, locale));
  const runs = levelRuns(
    timeline,
    dates,
    indicators.map((i) => i.code),
  );
  const renderItem: CustomSeriesRenderItem = (_params, api) => {
    const start = api.coord([api.value(0), api.value(2)]);
    const end = api.coord([api.value(1), api.value(2)]);
    const band = api.size?.([1, 1]) as number[] | undefined;
    const dayWidth = band?.[0] ?? 1;
    const rowHeight = (band?.[1] ?? 10) * 0.8;
    return {
      type: 'rect',
      shape: {
        x: (start[0] ?? 0) - dayWidth / 2,
        y: (start[1] ?? 0) - rowHeight / 2,
        width: (end[0] ?? 0) - (start[0] ?? 0) + dayWidth,
        height: rowHeight,
      },
      style: {
        fill: levelColor(Number(api.value(3))),
        opacity: Number(api.value(5)) === 1 ? 0.55 : 1,
      },
    };
  };
  return {
    animation: false,
    grid: { left: 260, right: 24, top: 8, bottom: 40 },
    tooltip: {
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        const run = p?.data as StripRun | undefined;
        if (!run) return '';
        const indicator = indicators[run[2]];
        if (!indicator) return '';
        const text = levelLabel(indicator, run[4], locale, words.level);
        const targeted = run[5] === 1 ? ` (${words.targeted})` : '';
        return `${labels[run[2]]}<br>${dates[run[0]]} – ${dates[run[1]]}<br>${text}${targeted}`;
      },
    },
    xAxis: { type: 'category', data: [...dates] },
    yAxis: { type: 'category', data: labels, inverse: true, axisTick: { show: false } },
    series: [
      {
        type: 'custom',
        renderItem,
        encode: { x: [0, 1], y: 2 },
        data: runs,
      },
    ],
  };
}

export interface MonthRow {
  month: string;
  means: Record<string, number | null>;
}

/** The mean published index per month per country, for the data table. */
export function monthlyMeans(comparison: StringencyComparison): MonthRow[] {
  const rows = new Map<string, Record<string, { sum: number; n: number }>>();
  for (const s of comparison.series) {
    for (const p of s.points) {
      if (p.published === null) continue;
      const month = p.date.slice(0, 7);
      const row = rows.get(month) ?? {};
      const cell = row[s.countryCode] ?? { sum: 0, n: 0 };
      cell.sum += p.published;
      cell.n += 1;
      row[s.countryCode] = cell;
      rows.set(month, row);
    }
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, row]) => ({
      month,
      means: Object.fromEntries(
        comparison.series.map((s) => {
          const cell = row[s.countryCode];
          return [s.countryCode, cell ? cell.sum / cell.n : null];
        }),
      ),
    }));
}

/** The largest |computed − published| over all days with both, to show the check. */
export function largestDeviation(comparison: StringencyComparison): { max: number; days: number } {
  let max = 0;
  let days = 0;
  for (const s of comparison.series) {
    for (const p of s.points) {
      if (p.published === null || p.computed === null) continue;
      days += 1;
      max = Math.max(max, Math.abs(p.computed - p.published));
    }
  }
  return { max, days };
}
