import type { EChartsOption } from 'echarts';
import type { Alert } from '@weegschaal/core';

export interface AlertChartLabels {
  observed: string;
  expected: string;
  upperBound: string;
  alarmPeriod: string;
}

export interface AlertChartRow {
  period: string;
  observed: number | null;
  expected: number | null;
  upperBound: number | null;
  /** the period that raised this alert */
  alarm: boolean;
  /** observed above the bound (an alarm of the same method, whether an alert or not) */
  above: boolean;
}

/** The alert's series window as rows: the chart and its accessible table show the same. */
export function alertChartRows(alert: Pick<Alert, 'window' | 'period'>): AlertChartRow[] {
  const w = alert.window;
  return w.periods.map((period, i) => {
    const observed = w.observed[i] ?? null;
    const upperBound = w.upperBound[i] ?? null;
    return {
      period,
      observed,
      expected: w.expected[i] ?? null,
      upperBound,
      alarm: period === alert.period,
      above: observed !== null && upperBound !== null && observed > upperBound,
    };
  });
}

/**
 * The series as a line, the method's expected value dashed and its upper bound as a step
 * line, the alarm period marked. Colours from the Rijkshuisstijl palette, all with enough
 * contrast on white; the lines differ in style as well, not in colour only.
 */
export function alertChartOption(
  rows: readonly AlertChartRow[],
  labels: AlertChartLabels,
): EChartsOption {
  const alarm = rows.find((r) => r.alarm);
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: rows.map((r) => r.period) },
    yAxis: { type: 'value', min: 0 },
    series: [
      {
        name: labels.observed,
        type: 'line',
        data: rows.map((r) => r.observed),
        color: '#154273',
        lineStyle: { width: 2 },
        symbolSize: 5,
        ...(alarm
          ? {
              markLine: {
                symbol: 'none',
                label: { formatter: labels.alarmPeriod },
                lineStyle: { color: '#d52b1e', type: 'solid' },
                data: [{ xAxis: alarm.period }],
              },
            }
          : {}),
      },
      {
        name: labels.expected,
        type: 'line',
        data: rows.map((r) => r.expected),
        color: '#535353',
        lineStyle: { type: 'dashed', width: 1.5 },
        showSymbol: false,
      },
      {
        name: labels.upperBound,
        type: 'line',
        step: 'middle',
        data: rows.map((r) => r.upperBound),
        color: '#d52b1e',
        lineStyle: { type: 'dotted', width: 2 },
        showSymbol: false,
      },
    ],
  };
}
