import { useMemo } from 'react';
import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { assessSignal, trendOfSeries } from '@weegschaal/core';
import type { Indicator } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { DataTable } from './data-table.tsx';
import type { Column } from './data-table.tsx';
import { formatNumber, periodLabel, regionName } from './format.ts';
import { indicatorName, valueText } from './indicator-text.ts';
import { LazyChart } from './lazy-chart.tsx';
import { SignalBadge } from './signal-badge.tsx';
import { timeSeriesOption } from './societal-charts.ts';
import type { ObservationItem } from './societal-types.ts';
import { TrendExplanation, TrendMarkView } from './trend-mark.tsx';

interface Row {
  o: ObservationItem;
  signal: ReturnType<typeof assessSignal>['status'];
}

/**
 * The indicator over time for one region: the chart with threshold bands and provisional
 * values marked, the trend mark from the core test, and the table with every value, its
 * status, revision and signal status.
 */
export function SeriesSection({
  indicator,
  region,
  observations,
  truncated,
}: {
  indicator: Indicator;
  region: { code: string; name: string; displayName: string | null };
  observations: readonly ObservationItem[];
  truncated: boolean;
}) {
  const { t, locale } = useLocale();
  const sorted = useMemo(
    () => [...observations].sort((a, b) => a.period.start.localeCompare(b.period.start)),
    [observations],
  );
  const option = useMemo(
    () =>
      timeSeriesOption({
        series: [
          {
            name: regionName(region),
            points: sorted.map((o) => ({
              date: o.period.start,
              value: o.value,
              lower: o.lower,
              upper: o.upper,
              status: o.status,
            })),
          },
        ],
        unit: indicator.unit,
        polarity: indicator.polarity,
        signal: indicator.signal,
        locale,
        labels: {
          provisional: t('sp.status.provisional'),
          interval: t('sp.series.interval'),
          attention: t('sp.signal.attention'),
          alarm: t('sp.signal.alarm'),
        },
      }),
    [sorted, region, indicator, locale, t],
  );
  const trend = useMemo(
    () => trendOfSeries(sorted, indicator.polarity, indicator.frequency),
    [sorted, indicator],
  );
  const rows: Row[] = sorted.map((o) => ({
    o,
    signal: assessSignal({ polarity: indicator.polarity, signal: indicator.signal, value: o.value })
      .status,
  }));
  const hasInterval = sorted.some((o) => o.lower !== null || o.upper !== null);
  const columns: Column<Row>[] = [
    {
      header: t('sp.period'),
      rowHeader: true,
      cell: (r) => periodLabel(r.o.period, locale, t),
      csv: (r) => r.o.period.key,
    },
    {
      header: t('sp.value'),
      numeric: true,
      cell: (r) => valueText(r.o.value, indicator.unit, locale),
      csv: (r) => r.o.value,
    },
    ...(hasInterval
      ? [
          {
            header: t('sp.lower'),
            numeric: true,
            cell: (r: Row) => formatNumber(r.o.lower, indicator.unit, locale),
            csv: (r: Row) => r.o.lower,
          },
          {
            header: t('sp.upper'),
            numeric: true,
            cell: (r: Row) => formatNumber(r.o.upper, indicator.unit, locale),
            csv: (r: Row) => r.o.upper,
          },
        ]
      : []),
    {
      header: t('sp.status'),
      cell: (r) => t(`sp.status.${r.o.status}`),
      csv: (r) => r.o.status,
    },
    {
      header: t('sp.revision'),
      numeric: true,
      cell: (r) => String(r.o.revision),
      csv: (r) => r.o.revision,
    },
    {
      header: t('sp.signalStatus'),
      cell: (r) => <SignalBadge status={r.signal} />,
      csv: (r) => r.signal,
    },
  ];
  return (
    <section aria-labelledby="indicator-series" className="ws-sp-section">
      <Heading level={3} id="indicator-series">
        {t('sp.series.title')}: {regionName(region)}
      </Heading>
      {sorted.length === 0 ? (
        <Paragraph data-testid="series-empty">{t('sp.series.none')}</Paragraph>
      ) : (
        <>
          {trend && (
            <Paragraph data-testid="indicator-trend">
              <TrendMarkView mark={trend} />
            </Paragraph>
          )}
          <LazyChart
            option={option}
            height={380}
            label={`${indicatorName(indicator, locale)}, ${regionName(region)}: ${t('sp.series.chartLabel')}`}
          />
          <Paragraph className="ws-sp-note">{t('sp.series.hint')}</Paragraph>
          {truncated && <Paragraph className="ws-sp-note">{t('sp.series.truncated')}</Paragraph>}
          {trend && (
            <details className="ws-sp-details">
              <summary>{t('sp.trend.how')}</summary>
              <Paragraph className="ws-sp-note">{t('sp.trend.note')}</Paragraph>
              <TrendExplanation mark={trend} />
            </details>
          )}
          <DataTable
            caption={t('sp.series.table')}
            rows={rows}
            columns={columns}
            rowKey={(r) => r.o.period.key}
            fileName={[indicator.code, region.code]}
            testId="series-table"
          />
        </>
      )}
    </section>
  );
}
