import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'wouter';
import {
  Alert,
  Button,
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
import { URGENCIES } from '@weegschaal/core';
import type {
  InvalidParam,
  SignalDomain,
  TargetGroup,
  Urgency,
  UserAccount,
} from '@weegschaal/core';
import { useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { useSession } from '../auth/session-context.tsx';
import { ApiProblem, send } from '../auth/api-send.ts';
import { RequirePermission } from '../advice/require-login.tsx';
import { fill, formatMoment } from '../advice/format.ts';
import { useReloadableApi } from '../measure-analysis/analysis-api.ts';
import { useCachedApi } from '../societal-picture/societal-api.ts';
import type { IndicatorList } from '../societal-picture/societal-types.ts';
import { formatDate } from '../societal-picture/format.ts';
import { indicatorName } from '../societal-picture/indicator-text.ts';
import { GemeenteField } from './gemeente-field.tsx';
import { DueMark } from './due-mark.tsx';
import { ScrubSummary } from './scrub-summary.tsx';
import { SignalsNav } from './signals-nav.tsx';
import { CodeSelect, DomainSelect, GroupSelect } from './signal-selects.tsx';
import { useGemeenten } from './signals-data.ts';
import type { ClusterDetail, Signal, SignalDetail } from './signals-types.ts';

/** One step in the workflow; the server checks that the step is allowed from here. */
function transition(id: string, body: Record<string, unknown>): Promise<Signal> {
  return send<Signal>('POST', `/signals/${id}/transitions`, body);
}

// roles that work the triage queue and can be assigned a signal
const TRIAGE_ROLES = new Set(['secretariat', 'mit-member', 'mit-chair']);

/** Sends one change and reports a problem in the form that sent it. */
function useAction(onDone: () => void) {
  const [problem, setProblem] = useState<{ message: string; params: InvalidParam[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (request: () => Promise<unknown>) => {
    setProblem(null);
    setBusy(true);
    try {
      await request();
      onDone();
    } catch (e) {
      setProblem({
        message: (e as Error).message,
        params: e instanceof ApiProblem ? e.invalidParams : [],
      });
    } finally {
      setBusy(false);
    }
  };
  const alert = (
    <div role="alert">
      {problem && (
        <Alert type="error">
          <Paragraph>{problem.message}</Paragraph>
          {problem.params.length > 0 && (
            <ul>
              {problem.params.map((p) => (
                <li key={`${p.name}${p.reason}`}>
                  {p.name}: {p.reason}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
    </div>
  );
  return { run, busy, alert };
}

function ActionForm({
  id,
  title,
  submit,
  busy,
  alert,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  submit: string;
  busy: boolean;
  alert: ReactNode;
  onSubmit(): void;
  children: ReactNode;
}) {
  return (
    <form
      className="ws-form ws-signal-form"
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <Heading level={3} id={`${id}-heading`}>
        {title}
      </Heading>
      {alert}
      {children}
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {submit}
      </Button>
    </form>
  );
}

function NoteField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange(v: string): void;
}) {
  const { t } = useLocale();
  return (
    <div className="ws-field">
      <label htmlFor={id} className="utrecht-form-label">
        {t('signals.field.note')}
      </label>
      <textarea
        id={id}
        className="utrecht-textarea utrecht-textarea--html-textarea"
        rows={2}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

function AssigneeSelect({
  id,
  value,
  onChange,
  accounts,
}: {
  id: string;
  value: string;
  onChange(v: string): void;
  accounts: readonly UserAccount[];
}) {
  const { t } = useLocale();
  const { session } = useSession();
  const others = accounts.filter((a) => a.id !== session?.user.id);
  return (
    <div className="ws-field">
      <label htmlFor={id} className="utrecht-form-label">
        {t('signals.field.assignee')}
      </label>
      <select
        id={id}
        className="utrecht-select utrecht-select--html-select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('signals.assignee.nobody')}</option>
        {session && <option value={session.user.id}>{t('signals.assignee.me')}</option>}
        {others.map((a) => (
          <option key={a.id} value={a.id}>
            {a.displayName}
          </option>
        ))}
      </select>
    </div>
  );
}

function ClassifyForm({
  signal,
  accounts,
  onDone,
}: {
  signal: Signal;
  accounts: readonly UserAccount[];
  onDone(): void;
}) {
  const { t } = useLocale();
  const gemeenten = useGemeenten();
  const [domain, setDomain] = useState<SignalDomain>(signal.domain);
  const [group, setGroup] = useState<TargetGroup>(signal.targetGroup);
  const [gemeente, setGemeente] = useState<string | null>(signal.gemeenteCode);
  const [urgency, setUrgency] = useState<Urgency | ''>('');
  const [assignee, setAssignee] = useState(signal.assigneeAccountId ?? '');
  const [note, setNote] = useState('');
  const { run, busy, alert } = useAction(onDone);
  return (
    <ActionForm
      id="classify"
      title={t('signals.classify.title')}
      submit={t('signals.classify.submit')}
      busy={busy}
      alert={alert}
      onSubmit={() =>
        void run(async () => {
          // a corrected gemeente replaces the region; an unchanged one keeps a wijk or buurt
          const region = gemeente && gemeente !== signal.gemeenteCode ? gemeente : undefined;
          await transition(signal.id, {
            to: 'triaged',
            urgency,
            domain,
            targetGroup: group,
            ...(region ? { region } : {}),
            ...(note.trim() ? { note } : {}),
          });
          if (assignee !== (signal.assigneeAccountId ?? ''))
            await send('PUT', `/signals/${signal.id}/assignment`, {
              assigneeAccountId: assignee || null,
            });
        })
      }
    >
      <DomainSelect id="classify-domain" value={domain} onChange={(v) => v && setDomain(v)} />
      <GroupSelect id="classify-group" value={group} onChange={(v) => v && setGroup(v)} />
      <GemeenteField
        id="classify-gemeente"
        label={t('signals.field.gemeente')}
        gemeenten={gemeenten}
        value={gemeente}
        onChange={setGemeente}
      />
      <CodeSelect<Urgency>
        id="classify-urgency"
        label={t('signals.field.urgency')}
        value={urgency}
        onChange={setUrgency}
        options={URGENCIES}
        optionLabel={(u) => t(`signals.urgency.${u}`)}
        empty={t('signals.choose')}
        required
      />
      <AssigneeSelect
        id="classify-assignee"
        value={assignee}
        onChange={setAssignee}
        accounts={accounts}
      />
      <NoteField id="classify-note" value={note} onChange={setNote} />
    </ActionForm>
  );
}

function InterpretForm({ signal, onDone }: { signal: Signal; onDone(): void }) {
  const { t, locale } = useLocale();
  const catalogue = useCachedApi<IndicatorList>('/indicators');
  const [text, setText] = useState('');
  const [linked, setLinked] = useState<string[]>(signal.linkedIndicatorCodes);
  const [note, setNote] = useState('');
  const { run, busy, alert } = useAction(onDone);
  // the indicators of the signal's own domain first: those are the ones a duiding reads against
  const indicators =
    catalogue.state === 'ready'
      ? [...catalogue.data.items].sort(
          (a, b) =>
            Number(b.theme === signal.domain) - Number(a.theme === signal.domain) ||
            indicatorName(a, locale).localeCompare(indicatorName(b, locale), locale),
        )
      : [];
  const inDomain = indicators.filter((i) => i.theme === signal.domain);
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? indicators : inDomain;
  return (
    <ActionForm
      id="interpret"
      title={t('signals.interpret.title')}
      submit={t('signals.interpret.submit')}
      busy={busy}
      alert={alert}
      onSubmit={() =>
        void run(() =>
          transition(signal.id, {
            to: 'interpreted',
            interpretation: text,
            linkedIndicatorCodes: linked,
            ...(note.trim() ? { note } : {}),
          }),
        )
      }
    >
      <div className="ws-field">
        <label htmlFor="interpret-text" className="utrecht-form-label">
          {t('signals.field.interpretation')}
        </label>
        <span id="interpret-hint" className="ws-hint">
          {t('signals.interpret.hint')}
        </span>
        <textarea
          id="interpret-text"
          className="utrecht-textarea utrecht-textarea--html-textarea"
          rows={4}
          aria-required="true"
          aria-describedby="interpret-hint"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <fieldset className="ws-fieldset ws-fieldset--columns">
        <legend className="utrecht-form-label">{t('signals.field.linkedIndicators')}</legend>
        {shown.map((i) => (
          <div key={i.code} className="ws-check">
            <input
              type="checkbox"
              id={`link-${i.code}`}
              className="utrecht-checkbox utrecht-checkbox--html-input"
              checked={linked.includes(i.code)}
              onChange={(e) =>
                setLinked(
                  e.target.checked ? [...linked, i.code] : linked.filter((c) => c !== i.code),
                )
              }
            />
            <label
              htmlFor={`link-${i.code}`}
              className="utrecht-form-label utrecht-form-label--checkbox"
            >
              {indicatorName(i, locale)}
            </label>
          </div>
        ))}
      </fieldset>
      {indicators.length > inDomain.length && (
        <div className="ws-check">
          <input
            type="checkbox"
            id="link-all-domains"
            className="utrecht-checkbox utrecht-checkbox--html-input"
            checked={showAll}
            onChange={(e) => setShowAll(e.target.checked)}
          />
          <label
            htmlFor="link-all-domains"
            className="utrecht-form-label utrecht-form-label--checkbox"
          >
            {t('signals.interpret.allDomains')}
          </label>
        </div>
      )}
      <NoteField id="interpret-note" value={note} onChange={setNote} />
    </ActionForm>
  );
}

function CloseForm({ signal, onDone }: { signal: Signal; onDone(): void }) {
  const { t } = useLocale();
  const [note, setNote] = useState('');
  const { run, busy, alert } = useAction(onDone);
  return (
    <ActionForm
      id="close"
      title={t('signals.close.title')}
      submit={t('signals.close.submit')}
      busy={busy}
      alert={alert}
      onSubmit={() =>
        void run(() =>
          transition(signal.id, {
            to: 'closed',
            ...(note.trim() ? { note } : {}),
          }),
        )
      }
    >
      {signal.status === 'triaged' && <Paragraph>{t('signals.close.withoutDuiding')}</Paragraph>}
      <NoteField id="close-note" value={note} onChange={setNote} />
    </ActionForm>
  );
}

function AssignForm({
  signal,
  accounts,
  onDone,
}: {
  signal: Signal;
  accounts: readonly UserAccount[];
  onDone(): void;
}) {
  const { t } = useLocale();
  const [assignee, setAssignee] = useState(signal.assigneeAccountId ?? '');
  const { run, busy, alert } = useAction(onDone);
  return (
    <ActionForm
      id="assign"
      title={t('signals.assign.title')}
      submit={t('signals.assign.submit')}
      busy={busy}
      alert={alert}
      onSubmit={() =>
        void run(() =>
          send('PUT', `/signals/${signal.id}/assignment`, { assigneeAccountId: assignee || null }),
        )
      }
    >
      <AssigneeSelect id="assign-to" value={assignee} onChange={setAssignee} accounts={accounts} />
    </ActionForm>
  );
}

function ClusterSection({ clusterId, signalId }: { clusterId: string; signalId: string }) {
  const { t, locale } = useLocale();
  const cluster = useApi<ClusterDetail>(`/signal-clusters/${clusterId}`);
  if (cluster.state === 'loading') return <Paragraph role="status">{t('home.loading')}</Paragraph>;
  if (cluster.state === 'error') return <Paragraph role="alert">{cluster.error.message}</Paragraph>;
  const c = cluster.data;
  return (
    <section aria-labelledby="cluster-heading" data-testid="cluster">
      <Heading level={3} id="cluster-heading">
        {fill(t('signals.cluster.title'), { reference: c.reference, count: c.memberCount })}
      </Heading>
      <Paragraph>
        {fill(t('signals.cluster.explain'), {
          count: c.memberCount,
          from: formatDate(c.firstObservedOn, locale),
          to: formatDate(c.lastObservedOn, locale),
          domain: t(`sp.theme.${c.domain}`),
        })}
      </Paragraph>
      <div className="ws-table-scroll">
        <Table>
          <TableCaption className="ws-sp-visually-hidden">
            {t('signals.cluster.members')}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('signals.field.reference')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('signals.field.observed')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('signals.field.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('signals.field.report')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {c.signals.map((s) => (
              <TableRow key={s.id}>
                <TableHeaderCell scope="row">
                  {s.id === signalId ? (
                    <span aria-current="page">{s.reference}</span>
                  ) : (
                    <Link href={`/${s.id}`}>{s.reference}</Link>
                  )}
                </TableHeaderCell>
                <TableCell>{formatDate(s.observedOn, locale)}</TableCell>
                <TableCell>{t(`signals.status.${s.status}`)}</TableCell>
                <TableCell>{s.text ?? t('signals.text.deleted')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

function History({
  signal,
  accountName,
}: {
  signal: SignalDetail;
  accountName(id: string): string;
}) {
  const { t, locale } = useLocale();
  return (
    <section aria-labelledby="history-heading">
      <Heading level={3} id="history-heading">
        {t('signals.history.title')}
      </Heading>
      <div className="ws-table-scroll">
        <Table data-testid="signal-history">
          <TableCaption className="ws-sp-visually-hidden">
            {t('signals.history.title')}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('signals.history.at')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('signals.history.event')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('signals.history.by')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('signals.field.note')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {signal.history.map((e) => (
              <TableRow key={e.id}>
                <TableHeaderCell scope="row">{formatMoment(e.at, locale)}</TableHeaderCell>
                <TableCell>
                  {t(`signals.event.${e.kind}`)}
                  {e.kind === 'transition' && e.toStatus && (
                    <>
                      {': '}
                      {e.fromStatus ? `${t(`signals.status.${e.fromStatus}`)} → ` : ''}
                      {t(`signals.status.${e.toStatus}`)}
                    </>
                  )}
                </TableCell>
                <TableCell>
                  {e.actorAccountId
                    ? accountName(e.actorAccountId)
                    : (e.actorPseudonym ?? t('signals.history.system'))}
                </TableCell>
                <TableCell>{e.note ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

function Detail({ id }: { id: string }) {
  const { t, locale } = useLocale();
  const { session, can } = useSession();
  const [detail, reload] = useReloadableApi<SignalDetail>(`/signals/${id}`);
  const gemeenten = useGemeenten();
  // only the secretariat may list accounts; others assign to themselves or to nobody
  const [users] = useReloadableApi<{ items: UserAccount[] }>(can('users:read') ? '/users' : null);
  const accounts = useMemo(
    () =>
      users.state === 'ready'
        ? users.data.items.filter((u) => !u.disabled && TRIAGE_ROLES.has(u.role))
        : [],
    [users],
  );
  const accountName = (accountId: string) =>
    accountId === session?.user.id
      ? session.user.displayName
      : (accounts.find((a) => a.id === accountId)?.displayName ?? t('signals.assignee.other'));

  if (detail.state === 'loading') return <Paragraph role="status">{t('home.loading')}</Paragraph>;
  if (detail.state === 'error') return <Paragraph role="alert">{detail.error.message}</Paragraph>;
  const s = detail.data;
  const gemeente = gemeenten.find((g) => g.code === s.gemeenteCode);
  const triage = can('signals:triage');
  const rows: [string, ReactNode][] = [
    [
      t('signals.field.status'),
      <span data-testid="signal-status">{t(`signals.status.${s.status}`)}</span>,
    ],
    [t('signals.field.urgency'), s.urgency ? t(`signals.urgency.${s.urgency}`) : '–'],
    [t('signals.field.due'), <DueMark signal={s} now={new Date()} />],
    [
      t('signals.field.gemeente'),
      <Link href={`/regions/${s.gemeenteCode}`}>
        {gemeente ? (gemeente.displayName ?? gemeente.name) : s.gemeenteCode}
      </Link>,
    ],
    ...(s.regionCode !== s.gemeenteCode
      ? [[t('signals.field.subRegion'), s.regionCode] as [string, ReactNode]]
      : []),
    [t('signals.field.observed'), formatDate(s.observedOn, locale)],
    [t('signals.field.domain'), t(`sp.theme.${s.domain}`)],
    [t('signals.field.targetGroup'), t(`signals.group.${s.targetGroup}`)],
    [t('signals.field.people'), s.peopleCount ?? '–'],
    [t('signals.field.knowledge'), t(`signals.knowledge.${s.knowledgeSource}`)],
    [t('signals.field.received'), formatMoment(s.createdAt, locale)],
    [t('signals.field.reporter'), <code>{s.reporterPseudonym}</code>],
    [
      t('signals.field.assignee'),
      s.assigneeAccountId ? accountName(s.assigneeAccountId) : t('signals.assignee.nobody'),
    ],
  ];
  return (
    <>
      <Heading level={2}>
        {fill(t('signals.detail.title'), { reference: s.reference })}
        {s.demo && <span className="ws-demo-tag"> ({t('demo.label')})</span>}
      </Heading>
      <SignalsNav />
      <dl className="ws-meta ws-signal-meta">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="text-heading">
        <Heading level={3} id="text-heading">
          {t('signals.field.report')}
        </Heading>
        {s.text === null ? (
          <Paragraph>
            {fill(t('signals.text.deletedAt'), {
              at: s.textDeletedAt ? formatMoment(s.textDeletedAt, locale) : '–',
            })}
          </Paragraph>
        ) : (
          <blockquote className="ws-signal-text" data-testid="signal-text">
            {s.text}
          </blockquote>
        )}
        <ScrubSummary report={s.scrubReport} />
      </section>
      {s.interpretation !== null && (
        <section aria-labelledby="duiding-heading">
          <Heading level={3} id="duiding-heading">
            {t('signals.field.interpretation')}
          </Heading>
          <Paragraph data-testid="signal-interpretation">{s.interpretation}</Paragraph>
          {s.linkedIndicatorCodes.length > 0 && (
            <>
              <Paragraph>{t('signals.field.linkedIndicators')}:</Paragraph>
              <ul>
                {s.linkedIndicatorCodes.map((code) => (
                  <li key={code}>
                    <Link href={`~/societal-picture/indicators/${code}`}>{code}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {triage && s.status === 'new' && (
        <ClassifyForm signal={s} accounts={accounts} onDone={reload} />
      )}
      {triage && s.status === 'triaged' && <InterpretForm signal={s} onDone={reload} />}
      {triage && (s.status === 'triaged' || s.status === 'interpreted') && (
        <CloseForm signal={s} onDone={reload} />
      )}
      {triage && s.status !== 'new' && s.status !== 'closed' && (
        <AssignForm signal={s} accounts={accounts} onDone={reload} />
      )}
      {s.clusterId && can('signal-clusters:read') && (
        <ClusterSection clusterId={s.clusterId} signalId={s.id} />
      )}
      <History signal={s} accountName={accountName} />
    </>
  );
}

/** One signal: what was reported, the scrub report, the triage steps, its cluster and history. */
export function SignalDetailPage() {
  const { id } = useParams<{ id: string }>();
  return (
    <RequirePermission permission="signals:read">
      <Detail id={id} />
    </RequirePermission>
  );
}
