import { useMemo } from 'react';
import type { Indicator, SignalValues } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { DataTable } from './data-table.tsx';
import type { Column } from './data-table.tsx';
import { formatDate, formatNumber } from './format.ts';
import { valueText } from './indicator-text.ts';
import { LazyChart } from './lazy-chart.tsx';
import { timeSeriesOption } from './societal-charts.ts';
import type { ObservationItem } from './societal-types.ts';

export interface WaveSeries {
  name: string;
  items: readonly ObservationItem[];
}

interface Row {
  date: string;
  cells: (ObservationItem | undefined)[];
}

/**
 * Survey percentages per wave (dated by the first fieldwork day) for a few series, with the
 * 95% interval in the table; one chart and its table.
 */
export function WaveChart({
  series,
  label,
  caption,
  fileName,
  signal = null,
  polarity = 'higher-is-better',
  height = 300,
  testId,
}: {
  series: readonly WaveSeries[];
  label: string;
  caption: string;
  fileName: readonly string[];
  signal?: SignalValues | null;
  polarity?: Indicator['polarity'];
  height?: number;
  testId?: string;
}) {
  const { t, locale } = useLocale();
  const option = useMemo(
    () =>
      timeSeriesOption({
        series: series.map((s) => ({
          name: s.name,
          points: s.items.map((o) => ({
            date: o.period.start,
            value: o.value,
            lower: o.lower,
            upper: o.upper,
            status: o.status,
          })),
        })),
        unit: 'percent',
        polarity,
        signal,
        locale,
        labels: {
          provisional: t('sp.status.provisional'),
          interval: t('sp.series.interval'),
          attention: t('sp.signal.attention'),
          alarm: t('sp.signal.alarm'),
        },
      }),
    [series, signal, polarity, locale, t],
  );
  const rows = useMemo(() => {
    const dates = [...new Set(series.flatMap((s) => s.items.map((o) => o.period.start)))].sort();
    return dates.map((date): Row => ({
      date,
      cells: series.map((s) => s.items.find((o) => o.period.start === date)),
    }));
  }, [series]);
  const interval = (o: ObservationItem | undefined) =>
    o && o.lower !== null && o.upper !== null
      ? ` (${formatNumber(o.lower, 'percent', locale)}–${formatNumber(o.upper, 'percent', locale)})`
      : '';
  const columns: Column<Row>[] = [
    {
      header: t('sp.support.wave'),
      rowHeader: true,
      cell: (r) => formatDate(r.date, locale),
      csv: (r) => r.date,
    },
    ...series.map((s, i) => ({
      header: s.name,
      numeric: true,
      cell: (r: Row) => {
        const o = r.cells[i];
        return o
          ? `${valueText(o.value, 'percent', locale)}${interval(o)}`
          : t('sp.support.notAsked');
      },
      csv: (r: Row) => r.cells[i]?.value ?? null,
    })),
    ...series.flatMap((s, i) => [
      {
        header: `${s.name}: ${t('sp.lower')}`,
        csvOnly: true,
        cell: () => '',
        csv: (r: Row) => r.cells[i]?.lower ?? null,
      },
      {
        header: `${s.name}: ${t('sp.upper')}`,
        csvOnly: true,
        cell: () => '',
        csv: (r: Row) => r.cells[i]?.upper ?? null,
      },
    ]),
  ];
  if (series.every((s) => s.items.length === 0)) return null;
  return (
    <>
      <LazyChart
        option={option}
        height={height}
        label={`${label}. ${t('sp.support.chartLabel')}`}
      />
      <DataTable
        caption={caption}
        rows={rows}
        columns={columns}
        rowKey={(r) => r.date}
        fileName={fileName}
        testId={testId}
      />
    </>
  );
}
