import { useMemo, useState } from 'react';
import { Link, useParams } from 'wouter';
import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { amsterdamDate, isSignalCountLevel } from '@weegschaal/core';
import { useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { useSession } from '../auth/session-context.tsx';
import { RequirePermission } from '../advice/require-login.tsx';
import { fill } from '../advice/format.ts';
import { useReloadableApi } from '../measure-analysis/analysis-api.ts';
import type { RegionDetail } from '../societal-picture/societal-types.ts';
import { formatDate, regionName } from '../societal-picture/format.ts';
import { regionTotals, weeksBetween } from './signal-counts.ts';
import type { Breakdown } from './signal-counts.ts';
import { CountFilters, countsPath, defaultWindow } from './signals-overview-page.tsx';
import type { Filters } from './signals-overview-page.tsx';
import { DueMark } from './due-mark.tsx';
import { SignalsNav } from './signals-nav.tsx';
import { WeeklyCountsSection } from './weekly-counts-section.tsx';
import type { SignalCluster, SignalCountList, SignalList } from './signals-types.ts';

function RegionSignals({ code }: { code: string }) {
  const { t, locale } = useLocale();
  const list = useApi<SignalList>(`/signals?region=${code}&pageSize=25`);
  if (list.state === 'loading') return <Paragraph role="status">{t('home.loading')}</Paragraph>;
  if (list.state === 'error') return <Paragraph role="alert">{list.error.message}</Paragraph>;
  const now = new Date();
  return (
    <section aria-labelledby="region-signals" className="ws-sp-section">
      <Heading level={3} id="region-signals">
        {t('signals.region.signals')}
      </Heading>
      <Paragraph>
        {fill(t('signals.triage.count'), { shown: list.data.items.length, total: list.data.total })}
      </Paragraph>
      {list.data.items.length > 0 && (
        <div className="ws-table-scroll">
          <Table className="ws-signal-queue">
            <TableCaption className="ws-sp-visually-hidden">
              {t('signals.region.signals')}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('signals.field.reference')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.field.observed')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.field.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.field.due')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.field.domain')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.field.targetGroup')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.data.items.map((s) => (
                <TableRow key={s.id}>
                  <TableHeaderCell scope="row">
                    <Link href={`/${s.id}`}>{s.reference}</Link>
                    {s.demo && <span className="ws-demo-tag"> ({t('demo.label')})</span>}
                  </TableHeaderCell>
                  <TableCell>{formatDate(s.observedOn, locale)}</TableCell>
                  <TableCell>{t(`signals.status.${s.status}`)}</TableCell>
                  <TableCell>
                    <DueMark signal={s} now={now} />
                  </TableCell>
                  <TableCell>{t(`sp.theme.${s.domain}`)}</TableCell>
                  <TableCell>{t(`signals.group.${s.targetGroup}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}

function RegionClusters({ code }: { code: string }) {
  const { t, locale } = useLocale();
  // the most recent clusters; the triage queue has the rest
  const clusters = useApi<{ items: SignalCluster[] }>(`/signal-clusters?gemeente=${code}&limit=20`);
  if (clusters.state !== 'ready') return null;
  const shown = clusters.data.items.filter((c) => c.memberCount > 1);
  return (
    <section aria-labelledby="region-clusters" className="ws-sp-section">
      <Heading level={3} id="region-clusters">
        {t('signals.region.clusters')}
      </Heading>
      {shown.length === 0 ? (
        <Paragraph>{t('signals.region.noClusters')}</Paragraph>
      ) : (
        <ul data-testid="region-clusters">
          {shown.map((c) => (
            <li key={c.id}>
              {fill(t('signals.cluster.explain'), {
                count: c.memberCount,
                from: formatDate(c.firstObservedOn, locale),
                to: formatDate(c.lastObservedOn, locale),
                domain: t(`sp.theme.${c.domain}`),
              })}{' '}
              ({c.reference})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function WijkTable({ code, filters }: { code: string; filters: Filters }) {
  const { t } = useLocale();
  const counts = useApi<SignalCountList>(countsPath('wijk', 'domain', filters, code));
  const totals = useMemo(
    () =>
      counts.state === 'ready'
        ? [...regionTotals(counts.data.items)].sort((a, b) => b[1] - a[1])
        : [],
    [counts],
  );
  if (totals.length === 0) return null;
  return (
    <section aria-labelledby="region-wijken" className="ws-sp-section">
      <Heading level={3} id="region-wijken">
        {t('signals.region.wijken')}
      </Heading>
      <Table data-testid="region-wijken">
        <TableCaption className="ws-sp-visually-hidden">{t('signals.region.wijken')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('signals.level.wijk')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.overview.count')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {totals.map(([wijk, count]) => (
            <TableRow key={wijk}>
              <TableHeaderCell scope="row">{wijk}</TableHeaderCell>
              <TableCell className="ws-num">{count}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

function RegionSignalsView({ code }: { code: string }) {
  const { t } = useLocale();
  const { can } = useSession();
  const [region] = useReloadableApi<RegionDetail>(`/regions/${code}`);
  const today = amsterdamDate(new Date());
  const [filters, setFilters] = useState<Filters>(() => ({
    ...defaultWindow(today, 51),
    domain: '',
    group: '',
  }));
  const [by, setBy] = useState<Breakdown>('domain');
  const level = region.state === 'ready' ? region.data.level : null;
  const counted = level !== null && isSignalCountLevel(level);
  const [counts] = useReloadableApi<SignalCountList>(
    counted ? countsPath(level, by, filters, code) : null,
  );
  const weeks = useMemo(() => weeksBetween(filters.from, filters.to), [filters]);

  if (region.state === 'loading') return <Paragraph role="status">{t('home.loading')}</Paragraph>;
  if (region.state === 'error') return <Paragraph role="alert">{region.error.message}</Paragraph>;
  const r = region.data;
  return (
    <>
      <Heading level={2}>{fill(t('signals.region.title'), { region: regionName(r) })}</Heading>
      <SignalsNav />
      <dl className="ws-meta ws-signal-meta" data-testid="region-flags">
        <div>
          <dt>{t('sp.meta.code')}</dt>
          <dd>{r.code}</dd>
        </div>
        <div>
          <dt>{t('signals.overview.level')}</dt>
          <dd>{t(`sp.levels.${r.level}`)}</dd>
        </div>
        <div>
          <dt>{t('signals.overview.gros')}</dt>
          <dd>{r.border ? t('signals.yes') : t('signals.no')}</dd>
        </div>
        <div>
          <dt>{t('signals.overview.krimp')}</dt>
          <dd>{r.shrinking ? t('signals.yes') : t('signals.no')}</dd>
        </div>
      </dl>
      <Paragraph>
        <Link href={`~/societal-picture/regions/${r.code}`}>{t('signals.region.societal')}</Link>
      </Paragraph>
      {!counted && <Paragraph>{t('signals.region.notCounted')}</Paragraph>}
      {counted && (
        <>
          <CountFilters filters={filters} onChange={setFilters} by={by} onBy={setBy} />
          {counts.state === 'ready' && counts.data.demo && (
            <Paragraph className="ws-sp-demo">{t('signals.demoNote')}</Paragraph>
          )}
          {counts.state === 'error' && <Paragraph role="alert">{counts.error.message}</Paragraph>}
          {counts.state === 'ready' && (
            <WeeklyCountsSection
              id="region-weekly"
              title={fill(t('signals.region.weeklyTitle'), { region: regionName(r) })}
              counts={counts.data.items}
              weeks={weeks}
              by={by}
              fileName={['signals', r.code, by, filters.from, filters.to]}
            />
          )}
          {r.level === 'gemeente' && <WijkTable code={r.code} filters={filters} />}
        </>
      )}
      {can('signals:triage') && <RegionSignals code={r.code} />}
      {can('signal-clusters:read') && r.level === 'gemeente' && <RegionClusters code={r.code} />}
    </>
  );
}

/** One region: its signals per week by domain or group, its wijken, clusters and signals. */
export function SignalRegionPage() {
  const { code } = useParams<{ code: string }>();
  return (
    <RequirePermission permission="signal-counts:read">
      <RegionSignalsView code={code} />
    </RequirePermission>
  );
}
