import { useMemo } from 'react';
import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { SIGNAL_DOMAINS, TARGET_GROUPS } from '@weegschaal/core';
import type { Period } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { LazyChart } from '../societal-picture/lazy-chart.tsx';
import { DataTable } from '../societal-picture/data-table.tsx';
import type { Column } from '../societal-picture/data-table.tsx';
import { fill } from '../advice/format.ts';
import { periodLabel } from '../societal-picture/format.ts';
import { weeklyBreakdown } from './signal-counts.ts';
import type { Breakdown } from './signal-counts.ts';
import { weeklyBarOption } from './signals-charts.ts';
import type { SignalWeeklyCount } from './signals-types.ts';

type Row = ReturnType<typeof weeklyBreakdown>['rows'][number];

/** Signals per week, stacked by domain or target group: a chart and the same numbers as a table. */
export function WeeklyCountsSection({
  id,
  title,
  counts,
  weeks,
  by,
  fileName,
}: {
  id: string;
  title: string;
  counts: readonly SignalWeeklyCount[];
  weeks: readonly Period[];
  by: Breakdown;
  fileName: readonly string[];
}) {
  const { t, locale } = useLocale();
  const breakdown = useMemo(
    () => weeklyBreakdown(counts, weeks, by, by === 'domain' ? SIGNAL_DOMAINS : TARGET_GROUPS),
    [counts, weeks, by],
  );
  const categoryLabel = useMemo(
    () => (c: string) =>
      by === 'domain'
        ? t(`sp.theme.${c as (typeof SIGNAL_DOMAINS)[number]}`)
        : t(`signals.group.${c as (typeof TARGET_GROUPS)[number]}`),
    [by, t],
  );
  const option = useMemo(
    () =>
      weeklyBarOption({
        breakdown,
        weekLabel: (w) => w.key,
        categoryLabel,
      }),
    [breakdown, categoryLabel],
  );
  const columns: Column<Row>[] = [
    {
      header: t('signals.overview.week'),
      rowHeader: true,
      cell: (r) => periodLabel(r.week, locale, t),
      csv: (r) => r.week.key,
    },
    ...breakdown.categories.map((c): Column<Row> => ({
      header: categoryLabel(c),
      numeric: true,
      cell: (r) => r.values[c]!,
    })),
    { header: t('signals.overview.total'), numeric: true, cell: (r) => r.total },
  ];
  const breakdownName = t(
    by === 'domain' ? 'signals.field.domain' : 'signals.field.targetGroup',
  ).toLocaleLowerCase(locale);
  return (
    <section aria-labelledby={id} className="ws-sp-section" data-testid={id}>
      <Heading level={3} id={id}>
        {title}
      </Heading>
      {breakdown.total === 0 ? (
        <Paragraph>{t('signals.overview.none')}</Paragraph>
      ) : (
        <>
          <Paragraph className="ws-sp-note">
            {fill(t('signals.overview.totalLine'), { count: breakdown.total })}
          </Paragraph>
          <LazyChart
            option={option}
            height={360}
            label={fill(t('signals.overview.chartLabel'), { title, by: breakdownName })}
          />
          <DataTable
            caption={fill(t('signals.overview.tableCaption'), { title, by: breakdownName })}
            rows={breakdown.rows}
            columns={columns}
            rowKey={(r) => r.week.key}
            fileName={fileName}
            testId={`${id}-table`}
          />
        </>
      )}
    </section>
  );
}
