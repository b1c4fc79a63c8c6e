import { useMemo, useState } from 'react';
import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { NATIONAL_REGION_CODE } from '@weegschaal/core';
import type { Indicator, Region } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { DataTable } from './data-table.tsx';
import type { Column } from './data-table.tsx';
import { periodLabel, regionName } from './format.ts';
import { valueText } from './indicator-text.ts';
import { LazyChart } from './lazy-chart.tsx';
import { RegionSelect } from './region-select.tsx';
import { useApiAll } from './societal-api.ts';
import { SERIES_STYLES, timeSeriesOption } from './societal-charts.ts';
import type { ObservationItem, ObservationList } from './societal-types.ts';

const MAX_REGIONS = SERIES_STYLES.length;

interface Row {
  key: string;
  period: ObservationItem['period'];
  values: (ObservationItem | undefined)[];
}

/**
 * Several regions of one indicator on one chart (each with its own line style and symbol),
 * and the same numbers side by side in a table.
 */
export function ComparisonSection({
  indicator,
  regions,
  initial,
}: {
  indicator: Indicator;
  regions: readonly Region[];
  initial: readonly string[];
}) {
  const { t, locale } = useLocale();
  const [codes, setCodes] = useState<string[]>(() => [
    ...new Set([NATIONAL_REGION_CODE, ...initial]),
  ]);
  const [adding, setAdding] = useState('');
  const byCode = useMemo(() => new Map(regions.map((r) => [r.code, r])), [regions]);
  const chosen = useMemo(
    () =>
      codes.flatMap((c) => {
        const r = byCode.get(c);
        return r ? [r] : [];
      }),
    [codes, byCode],
  );
  const lists = useApiAll<ObservationList>(
    chosen.map((r) => `/observations?indicator=${indicator.code}&region=${r.code}&limit=100000`),
  );
  const series = useMemo(
    () =>
      lists.state === 'ready'
        ? chosen.map((r, i) => ({ region: r, items: lists.data[i]?.items ?? [] }))
        : [],
    [lists, chosen],
  );
  const option = useMemo(
    () =>
      timeSeriesOption({
        series: series.map((s) => ({
          name: regionName(s.region),
          points: s.items.map((o) => ({
            date: o.period.start,
            value: o.value,
            lower: o.lower,
            upper: o.upper,
            status: o.status,
          })),
        })),
        unit: indicator.unit,
        polarity: indicator.polarity,
        // the signal values are national thresholds; on a comparison they would mislead
        signal: null,
        locale,
        labels: {
          provisional: t('sp.status.provisional'),
          interval: t('sp.series.interval'),
          attention: t('sp.signal.attention'),
          alarm: t('sp.signal.alarm'),
        },
      }),
    [series, indicator, locale, t],
  );
  const rows: Row[] = useMemo(() => {
    const byPeriod = new Map<string, Row>();
    series.forEach((s, i) => {
      for (const o of s.items) {
        const row = byPeriod.get(o.period.key) ?? {
          key: o.period.key,
          period: o.period,
          values: series.map(() => undefined),
        };
        row.values[i] = o;
        byPeriod.set(o.period.key, row);
      }
    });
    return [...byPeriod.values()].sort((a, b) => b.period.start.localeCompare(a.period.start));
  }, [series]);
  const columns: Column<Row>[] = [
    {
      header: t('sp.period'),
      rowHeader: true,
      cell: (r) => periodLabel(r.period, locale, t),
      csv: (r) => r.key,
    },
    ...series.map((s, i) => ({
      header: `${regionName(s.region)} (${s.region.code})`,
      numeric: true,
      cell: (r: Row) => {
        const o = r.values[i];
        if (!o) return '–';
        const text = valueText(o.value, indicator.unit, locale);
        return o.status === 'provisional' ? `${text} (${t('sp.status.provisional')})` : text;
      },
      csv: (r: Row) => r.values[i]?.value ?? null,
    })),
  ];
  const hasData = series.some((s) => s.items.length > 0);
  return (
    <section
      aria-labelledby="indicator-compare"
      className="ws-sp-section"
      data-testid="compare-section"
    >
      <Heading level={3} id="indicator-compare">
        {t('sp.compare.title')}
      </Heading>
      <ul className="ws-sp-chips" aria-label={t('sp.compare.title')}>
        {chosen.map((r) => (
          <li key={r.code}>
            {regionName(r)} ({r.code})
            <Button
              appearance="subtle-button"
              aria-label={`${t('sp.compare.remove')}: ${regionName(r)}`}
              onClick={() => setCodes(codes.filter((c) => c !== r.code))}
            >
              ×
            </Button>
          </li>
        ))}
      </ul>
      <form
        className="ws-sp-controls"
        onSubmit={(e) => {
          e.preventDefault();
          if (adding && !codes.includes(adding) && codes.length < MAX_REGIONS)
            setCodes([...codes, adding]);
          setAdding('');
        }}
      >
        <RegionSelect
          id="compare-add"
          label={t('sp.compare.choose')}
          regions={regions.filter((r) => r.divisionTo === null && !codes.includes(r.code))}
          value={adding}
          onChange={setAdding}
          placeholder="—"
        />
        <Button
          type="submit"
          appearance="secondary-action-button"
          disabled={codes.length >= MAX_REGIONS}
        >
          {t('sp.compare.add')}
        </Button>
      </form>
      {codes.length >= MAX_REGIONS && (
        <Paragraph className="ws-sp-note">{t('sp.compare.max')}</Paragraph>
      )}
      {lists.state === 'loading' && chosen.length > 0 && (
        <Paragraph role="status">{t('home.loading')}</Paragraph>
      )}
      {lists.state === 'error' && (
        <Paragraph role="alert">
          {t('home.error')} {lists.error.message}
        </Paragraph>
      )}
      {lists.state === 'ready' && hasData && (
        <>
          <LazyChart option={option} height={360} label={t('sp.compare.chartLabel')} />
          <DataTable
            caption={t('sp.compare.table')}
            rows={rows}
            columns={columns}
            rowKey={(r) => r.key}
            fileName={[indicator.code, ...chosen.map((r) => r.code)]}
            testId="compare-table"
          />
        </>
      )}
      {lists.state === 'ready' && !hasData && <Paragraph>{t('sp.series.none')}</Paragraph>}
    </section>
  );
}
