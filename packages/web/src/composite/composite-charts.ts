import type { EChartsOption } from 'echarts';
import type { CompositeValue } from '@weegschaal/core';

/**
 * Chart options for a composite index, built from the API's values so that a test can check
 * them without a browser. The band is drawn the ECharts way: an invisible line at the lower
 * bound and, stacked on it, an area as high as the band.
 */
export function indexChartOption(
  values: readonly CompositeValue[],
  labels: { index: string; band: string; period(v: CompositeValue): string },
): EChartsOption {
  const x = values.map((v) => labels.period(v));
  const lower = values.map((v) => v.uncertainty?.interval90.lower ?? null);
  const height = values.map((v) =>
    v.uncertainty ? v.uncertainty.interval90.upper - v.uncertainty.interval90.lower : null,
  );
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    // below the axis labels, so that long names never sit on them
    legend: { data: [labels.index, labels.band], bottom: 0, type: 'scroll' },
    grid: { left: 56, right: 16, top: 16, bottom: 72 },
    xAxis: { type: 'category', data: x },
    yAxis: { type: 'value', scale: true },
    series: [
      {
        name: 'band-base',
        type: 'line',
        data: lower,
        stack: 'band',
        lineStyle: { opacity: 0 },
        symbol: 'none',
        tooltip: { show: false },
      },
      {
        name: labels.band,
        type: 'line',
        data: height,
        stack: 'band',
        color: '#007bc7',
        lineStyle: { opacity: 0 },
        areaStyle: { opacity: 0.25 },
        symbol: 'none',
      },
      {
        name: labels.index,
        type: 'line',
        data: values.map((v) => v.value),
        color: '#01689b',
        symbol: 'circle',
        symbolSize: 4,
      },
    ],
  };
}

/** Each indicator's term over time: stacked when they add up to the index itself. */
export function contributionChartOption(
  values: readonly CompositeValue[],
  names: ReadonlyMap<string, string>,
  period: (v: CompositeValue) => string,
): EChartsOption {
  const codes = values[0]?.contributions.map((c) => c.indicatorCode) ?? [];
  const stacked = values[0]?.termScale === 'index';
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: codes.map((c) => names.get(c) ?? c), bottom: 0, type: 'scroll' },
    grid: { left: 56, right: 16, top: 16, bottom: 72 },
    xAxis: { type: 'category', data: values.map(period) },
    yAxis: { type: 'value' },
    series: codes.map((code, i) => ({
      name: names.get(code) ?? code,
      type: 'line' as const,
      symbol: 'none',
      ...(stacked ? { stack: 'terms', areaStyle: { opacity: 0.6 } } : {}),
      data: values.map((v) => v.contributions[i]?.term ?? null),
    })),
  };
}
