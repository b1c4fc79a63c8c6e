import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { SIGNAL_STATUSES } from '@weegschaal/core';
import type { SignalDomain, SignalWorkflowStatus, TargetGroup } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { fill } from '../advice/format.ts';
import { useApiAll } from '../societal-picture/societal-api.ts';
import { formatDate } from '../societal-picture/format.ts';
import { GemeenteField } from './gemeente-field.tsx';
import { DueMark, formatShortMoment } from './due-mark.tsx';
import { useClusterSizes, useGemeenten } from './signals-data.ts';
import { AreaFrame } from '../layout/area-frame.tsx';
import { SignalsNav } from './signals-nav.tsx';
import { DomainSelect, GroupSelect } from './signal-selects.tsx';
import type { Signal, SignalList } from './signals-types.ts';

const OPEN: readonly SignalWorkflowStatus[] = ['new', 'triaged', 'interpreted'];
// the API's largest page; the open queue is three of them at most
const PAGE_SIZE = 500;

type StatusFilter = SignalWorkflowStatus | 'open' | 'all';

/** Open signals first by due time (the most urgent on top), then the newest without one. */
export function queueOrder(a: Signal, b: Signal): number {
  if (a.dueAt && b.dueAt) return a.dueAt.localeCompare(b.dueAt);
  if (a.dueAt) return -1;
  if (b.dueAt) return 1;
  return b.createdAt.localeCompare(a.createdAt);
}

function Queue() {
  const { t, locale } = useLocale();
  const [status, setStatus] = useState<StatusFilter>('open');
  const [domain, setDomain] = useState<SignalDomain | ''>('');
  const [group, setGroup] = useState<TargetGroup | ''>('');
  const [region, setRegion] = useState<string | null>(null);
  const gemeenten = useGemeenten();
  const clusters = useClusterSizes();

  const paths = useMemo(() => {
    const query = (s: SignalWorkflowStatus | null) => {
      const q = new URLSearchParams({ pageSize: String(PAGE_SIZE) });
      if (s) q.set('status', s);
      if (domain) q.set('domain', domain);
      if (group) q.set('targetGroup', group);
      if (region) q.set('region', region);
      return `/signals?${q.toString()}`;
    };
    // the API filters on one status; the open queue asks for each open status
    if (status === 'open') return OPEN.map(query);
    return [query(status === 'all' ? null : status)];
  }, [status, domain, group, region]);
  const lists = useApiAll<SignalList>(paths);
  const signals = useMemo(
    () => (lists.state === 'ready' ? lists.data.flatMap((l) => l.items).sort(queueOrder) : []),
    [lists],
  );
  const total = lists.state === 'ready' ? lists.data.reduce((n, l) => n + l.total, 0) : 0;
  const now = new Date();
  const names = new Map(gemeenten.map((g) => [g.code, g.displayName ?? g.name]));

  return (
    <>
      <form
        className="ws-signal-filters"
        aria-label={t('signals.triage.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="ws-field">
          <label htmlFor="queue-status" className="utrecht-form-label">
            {t('signals.field.status')}
          </label>
          <select
            id="queue-status"
            className="utrecht-select utrecht-select--html-select"
            value={status}
            onChange={(e) => setStatus(e.target.value as StatusFilter)}
          >
            <option value="open">{t('signals.triage.open')}</option>
            {SIGNAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`signals.status.${s}`)}
              </option>
            ))}
            <option value="all">{t('signals.all')}</option>
          </select>
        </div>
        <DomainSelect
          id="queue-domain"
          value={domain}
          onChange={setDomain}
          empty={t('signals.all')}
        />
        <GroupSelect id="queue-group" value={group} onChange={setGroup} empty={t('signals.all')} />
        <GemeenteField
          id="queue-region"
          label={t('signals.field.gemeente')}
          gemeenten={gemeenten}
          value={region}
          onChange={setRegion}
        />
      </form>

      {lists.state === 'loading' && <Paragraph role="status">{t('home.loading')}</Paragraph>}
      {lists.state === 'error' && <Paragraph role="alert">{lists.error.message}</Paragraph>}
      {lists.state === 'ready' && (
        <>
          <Paragraph role="status" data-testid="queue-count">
            {fill(t('signals.triage.count'), { shown: signals.length, total })}
            {lists.data.some((l) => l.demo) && (
              <span className="ws-demo-tag"> ({t('signals.demoData')})</span>
            )}
          </Paragraph>
          {signals.length > 0 && (
            <div className="ws-table-scroll">
              <Table data-testid="triage-queue" className="ws-signal-queue">
                <TableCaption className="ws-sp-visually-hidden">
                  {t('signals.triage.caption')}
                </TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('signals.field.reference')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('signals.field.status')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('signals.field.due')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('signals.field.urgency')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('signals.field.gemeente')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('signals.field.domain')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('signals.field.targetGroup')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('signals.field.observed')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('signals.field.received')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('signals.field.cluster')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {signals.map((s) => {
                    const cluster = s.clusterId ? clusters.get(s.clusterId) : undefined;
                    return (
                      <TableRow key={s.id}>
                        <TableHeaderCell scope="row">
                          <Link href={`/${s.id}`}>{s.reference}</Link>
                          {s.demo && <span className="ws-demo-tag"> ({t('demo.label')})</span>}
                        </TableHeaderCell>
                        <TableCell>{t(`signals.status.${s.status}`)}</TableCell>
                        <TableCell>
                          <DueMark signal={s} now={now} />
                        </TableCell>
                        <TableCell>{s.urgency ? t(`signals.urgency.${s.urgency}`) : '–'}</TableCell>
                        <TableCell>{names.get(s.gemeenteCode) ?? s.gemeenteCode}</TableCell>
                        <TableCell>{t(`sp.theme.${s.domain}`)}</TableCell>
                        <TableCell>{t(`signals.group.${s.targetGroup}`)}</TableCell>
                        <TableCell>{formatDate(s.observedOn, locale)}</TableCell>
                        <TableCell>{formatShortMoment(s.createdAt, locale)}</TableCell>
                        <TableCell>
                          {cluster && cluster.memberCount > 1
                            ? fill(t('signals.cluster.short'), {
                                reference: cluster.reference,
                                count: cluster.memberCount,
                              })
                            : '–'}
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </div>
          )}
        </>
      )}
    </>
  );
}

/** The secretariat's queue: open signals, the most urgent first, with due and overdue marks. */
export function SignalTriagePage() {
  const { t } = useLocale();
  return (
    <AreaFrame
      title={t('signals.triage.title')}
      nav={<SignalsNav />}
      intro={t('signals.triage.intro')}
      permission="signals:triage"
    >
      <Queue />
    </AreaFrame>
  );
}
