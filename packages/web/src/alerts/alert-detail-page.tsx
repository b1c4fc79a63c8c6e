import { useMemo, useState } from 'react';
import { Link, useParams } from 'wouter';
import {
  Alert as Notice,
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { useReloadableApi } from '../measure-analysis/analysis-api.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { useSession } from '../auth/session-context.tsx';
import { send } from '../auth/api-send.ts';
import { RequirePermission } from '../advice/require-login.tsx';
import { formatMoment } from '../advice/format.ts';
import { EChart } from '../measures/echart.tsx';
import './alerts.css';
import { SignalsNav } from '../signals/signals-nav.tsx';
import type { Alert } from './alerts-api.ts';
import { alertChartOption, alertChartRows } from './alert-chart.ts';
import { alertTitle, formatAlertNumber } from './alert-text.ts';

function DecisionForm({ alert, onDone }: { alert: Alert; onDone(): void }) {
  const { t } = useLocale();
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const decide = (status: 'acknowledged' | 'dismissed') => {
    if (note.trim() === '') {
      setMessage({ ok: false, text: t('alerts.detail.noteRequired') });
      return;
    }
    setBusy(true);
    send<Alert>('POST', `/alerts/${alert.id}/decisions`, { status, note }).then(
      () => {
        setBusy(false);
        setNote('');
        setMessage({ ok: true, text: t('alerts.detail.decided') });
        onDone();
      },
      (e: Error) => {
        setBusy(false);
        setMessage({ ok: false, text: e.message });
      },
    );
  };
  return (
    <section aria-labelledby="alert-decision">
      <Heading level={3} id="alert-decision">
        {t('alerts.detail.decision')}
      </Heading>
      <form onSubmit={(e) => e.preventDefault()}>
        <div className="ws-field">
          <label htmlFor="alert-note" className="utrecht-form-label">
            {t('alerts.field.note')}
          </label>
          <textarea
            id="alert-note"
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={3}
            maxLength={2000}
            placeholder={t('alerts.detail.notePlaceholder')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <div className="ws-alerts-actions">
          {alert.status === 'open' && (
            <Button
              appearance="primary-action-button"
              disabled={busy}
              onClick={() => decide('acknowledged')}
            >
              {t('alerts.detail.acknowledge')}
            </Button>
          )}
          <Button
            appearance="secondary-action-button"
            disabled={busy}
            onClick={() => decide('dismissed')}
          >
            {t('alerts.detail.dismiss')}
          </Button>
        </div>
      </form>
      <div role="status">
        {message && (
          <Notice type={message.ok ? 'ok' : 'error'}>
            <Paragraph>{message.text}</Paragraph>
          </Notice>
        )}
      </div>
    </section>
  );
}

function AlertDetail({ id }: { id: string }) {
  const { t, tDynamic, locale } = useLocale();
  const { can } = useSession();
  const [loaded, reload] = useReloadableApi<Alert>(`/alerts/${id}`);
  const alert = loaded.state === 'ready' ? loaded.data : null;
  const rows = useMemo(() => (alert ? alertChartRows(alert) : []), [alert]);
  const option = useMemo(
    () =>
      alertChartOption(rows, {
        observed: t('alerts.field.observed'),
        expected: t('alerts.field.expected'),
        upperBound: t('alerts.field.upperBound'),
        alarmPeriod: t('alerts.detail.alarmPeriod'),
      }),
    [rows, t],
  );
  if (loaded.state === 'loading') return <Paragraph role="status">{t('alerts.loading')}</Paragraph>;
  if (loaded.state === 'error') return <Paragraph role="alert">{loaded.error.message}</Paragraph>;
  const a = loaded.data;
  const fmt = (x: number | null) => formatAlertNumber(x, locale);
  return (
    <>
      <Heading level={3} data-testid="alert-title">
        {alertTitle(a, tDynamic)} — {a.period}
      </Heading>
      {a.demo && <Paragraph className="ws-sp-note">{t('alerts.demoNote')}</Paragraph>}
      <dl className="ws-alerts-facts" data-testid="alert-facts">
        <div>
          <dt>{t('alerts.field.method')}</dt>
          <dd>{tDynamic(`alerts.method.${a.method}`)}</dd>
        </div>
        <div>
          <dt>{t('alerts.field.observed')}</dt>
          <dd>{fmt(a.observed)}</dd>
        </div>
        <div>
          <dt>{t('alerts.field.expected')}</dt>
          <dd>{fmt(a.expected)}</dd>
        </div>
        <div>
          <dt>{t('alerts.field.upperBound')}</dt>
          <dd>{fmt(a.upperBound)}</dd>
        </div>
        <div>
          <dt>{t('alerts.field.baseline')}</dt>
          <dd>
            {a.baseline.map((b) => (b.from === b.to ? b.from : `${b.from} – ${b.to}`)).join(', ')}
          </dd>
        </div>
        <div>
          <dt>{t('alerts.field.status')}</dt>
          <dd data-testid="alert-status">{tDynamic(`alerts.status.${a.status}`)}</dd>
        </div>
        {a.statusNote && (
          <div>
            <dt>{t('alerts.field.note')}</dt>
            <dd data-testid="alert-note">
              {a.statusNote} ({t('alerts.field.decidedBy').toLowerCase()} {a.statusBy},{' '}
              {formatMoment(a.statusAt, locale)})
            </dd>
          </div>
        )}
        <div>
          <dt>{t('alerts.field.parameters')}</dt>
          <dd>
            <code>{JSON.stringify(a.parameters)}</code>
          </dd>
        </div>
      </dl>
      <Heading level={3}>{t('alerts.detail.explanation')}</Heading>
      <ul>
        {a.explanation.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Heading level={3}>{t('alerts.detail.chart')}</Heading>
      <div data-testid="alert-chart">
        <EChart option={option} height={340} label={t('alerts.detail.chartAlt')} />
      </div>
      {/* a wide table scrolls: keyboard users must reach it (WCAG 2.1.1) */}
      <div
        className="ws-alerts-table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('alerts.detail.table')}
      >
        <Table data-testid="alert-data-table">
          <caption>{t('alerts.detail.table')}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('alerts.field.period')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('alerts.field.observed')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('alerts.field.expected')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('alerts.field.upperBound')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.period} data-alarm={r.alarm || undefined}>
                <TableHeaderCell scope="row">
                  {r.period}
                  {r.alarm && ` (${t('alerts.detail.alarmPeriod')})`}
                </TableHeaderCell>
                <TableCell>{fmt(r.observed)}</TableCell>
                <TableCell>{fmt(r.expected)}</TableCell>
                <TableCell>{fmt(r.upperBound)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {a.status !== 'dismissed' &&
        (can('alerts:decide') ? (
          <DecisionForm alert={a} onDone={reload} />
        ) : (
          <Paragraph>{t('alerts.detail.noRights')}</Paragraph>
        ))}
    </>
  );
}

/** /signals/alerts/:id — one alert: why it was raised, the series with its bound, the decision. */
export function AlertDetailPage() {
  const { t } = useLocale();
  const { id } = useParams<{ id: string }>();
  return (
    <>
      <Heading level={2}>{t('alerts.title')}</Heading>
      <SignalsNav />
      <Paragraph>
        <Link href="/signals/alerts">{t('alerts.detail.back')}</Link>
      </Paragraph>
      <RequirePermission permission="alerts:read">
        <AlertDetail id={id} />
      </RequirePermission>
    </>
  );
}
