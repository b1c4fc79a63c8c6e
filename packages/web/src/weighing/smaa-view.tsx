import { useMemo } from 'react';
import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import type { EChartsOption } from 'echarts';
import { useLocale } from '../i18n/locale-context.tsx';
import { LazyChart } from '../measure-analysis/lazy-chart.tsx';
import type { ApiSmaa } from './weighing-types.ts';
import { percent } from './weighing-names.ts';
import type { WeighingNames } from './weighing-names.ts';

/** Rank acceptability as stacked bars per package, with the same numbers as a table. */
export function SmaaView({ smaa, names }: { smaa: ApiSmaa; names: WeighingNames }) {
  const { t, locale } = useLocale();
  const ranks = smaa.packages[0]?.rankAcceptability.length ?? 0;
  const rankLabel = (k: number) => t('weighing.rankN').replace('{n}', String(k + 1));
  const option = useMemo<EChartsOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 150, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'value', max: 1, axisLabel: { formatter: (v: number) => `${v * 100}%` } },
      yAxis: {
        type: 'category',
        data: smaa.packages.map((p) => names.package(p.packageCode)),
        inverse: true,
      },
      series: Array.from({ length: ranks }, (_, k) => ({
        name: rankLabel(k),
        type: 'bar' as const,
        stack: 'acceptability',
        data: smaa.packages.map((p) => p.rankAcceptability[k]!),
      })),
    }),
    // rankLabel depends only on the locale
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [smaa, names, ranks, locale],
  );
  return (
    <section aria-labelledby="smaa-heading" data-testid="smaa">
      <Heading level={3} id="smaa-heading">
        {t('weighing.smaa')}
      </Heading>
      <Paragraph>
        {t('weighing.smaaIntro')} {smaa.samples} {t('weighing.samples')}, seed {smaa.seed}.
      </Paragraph>
      <LazyChart
        option={option}
        height={60 + 40 * smaa.packages.length}
        label={t('weighing.smaaChart')}
      />
      <div className="ws-table-scroll">
        <Table data-testid="smaa-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('weighing.package')}</TableHeaderCell>
              {Array.from({ length: ranks }, (_, k) => (
                <TableHeaderCell key={k} scope="col">
                  {rankLabel(k)}
                </TableHeaderCell>
              ))}
              <TableHeaderCell scope="col">{t('weighing.confidence')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {smaa.packages.map((p) => (
              <TableRow key={p.packageCode}>
                <TableHeaderCell scope="row">{names.package(p.packageCode)}</TableHeaderCell>
                {p.rankAcceptability.map((a, k) => (
                  <TableCell key={k}>{percent(a, locale)}</TableCell>
                ))}
                <TableCell>
                  {p.confidenceFactor === null ? '–' : percent(p.confidenceFactor, locale)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
