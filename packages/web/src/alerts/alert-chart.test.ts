import { describe, expect, it } from 'vitest';
import { alertChartOption, alertChartRows } from './alert-chart.ts';

const alert = {
  period: '2026-W46',
  window: {
    periods: ['2026-W44', '2026-W45', '2026-W46', '2026-W47'],
    observed: [3, 4, 22, 2],
    expected: [3.1, 3.2, 4.1, null],
    upperBound: [9, 9.5, 11.4, null],
  },
};

describe('the alert chart', () => {
  it('marks the alarm period and every point above the bound', () => {
    const rows = alertChartRows(alert);
    expect(rows.map((r) => r.alarm)).toEqual([false, false, true, false]);
    expect(rows.map((r) => r.above)).toEqual([false, false, true, false]);
    expect(rows[3]).toMatchObject({ expected: null, upperBound: null });
  });

  it('draws the series, the expected value and the bound with the alarm marked', () => {
    const option = alertChartOption(alertChartRows(alert), {
      observed: 'Waargenomen',
      expected: 'Verwacht',
      upperBound: 'Bovengrens',
      alarmPeriod: 'alarm',
    });
    const series = option.series as {
      name: string;
      data: unknown[];
      markLine?: { data: unknown[] };
    }[];
    expect(series.map((s) => s.name)).toEqual(['Waargenomen', 'Verwacht', 'Bovengrens']);
    expect(series[2]!.data).toEqual([9, 9.5, 11.4, null]);
    expect(series[0]!.markLine!.data).toEqual([{ xAxis: '2026-W46' }]);
  });
});
