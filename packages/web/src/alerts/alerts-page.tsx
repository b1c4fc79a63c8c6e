import { useState } from 'react';
import { Link } from 'wouter';
import {
  Alert as Notice,
  Button,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { ALERT_STATUSES, DETECTION_METHODS, SERIES_KINDS } from '@weegschaal/core';
import { useReloadableApi } from '../measure-analysis/analysis-api.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { useSession } from '../auth/session-context.tsx';
import { send } from '../auth/api-send.ts';
import { fill, formatMoment } from '../advice/format.ts';
import './alerts.css';
import { AreaFrame } from '../layout/area-frame.tsx';
import { SignalsNav } from '../signals/signals-nav.tsx';
import type { AlertList, DetectionRun } from './alerts-api.ts';
import { alertTitle, formatAlertNumber } from './alert-text.ts';

interface Filters {
  status: string;
  method: string;
  kind: string;
  region: string;
}

function query(f: Filters): string {
  const p = new URLSearchParams({ limit: '200' });
  if (f.status) p.set('status', f.status);
  if (f.method) p.set('method', f.method);
  if (f.kind) p.set('seriesKind', f.kind);
  if (/^[A-Z]{2}\d{2,8}$/.test(f.region.trim())) p.set('region', f.region.trim());
  return `/alerts?${p.toString()}`;
}

function Choice({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange(v: string): void;
}) {
  const { t } = useLocale();
  return (
    <div className="ws-field">
      <label htmlFor={id} className="utrecht-form-label">
        {label}
      </label>
      <select
        id={id}
        className="utrecht-select utrecht-select--html-select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('alerts.filter.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function AlertsList() {
  const { t, tDynamic, locale } = useLocale();
  const { can } = useSession();
  const [filters, setFilters] = useState<Filters>({
    status: 'open',
    method: '',
    kind: '',
    region: '',
  });
  const [alerts, reload] = useReloadableApi<AlertList>(query(filters));
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const set = (key: keyof Filters) => (value: string) =>
    setFilters((f) => ({ ...f, [key]: value }));
  const runDetection = () =>
    send<DetectionRun>('POST', '/alerts/detection-runs', {}).then(
      (run) => {
        setMessage({
          type: 'ok',
          text: fill(t('alerts.run.done'), {
            checked: run.seriesChecked,
            alarms: run.alarms,
            new: run.newAlerts,
          }),
        });
        reload();
      },
      (e: Error) => setMessage({ type: 'error', text: e.message }),
    );
  return (
    <>
      <form
        className="ws-alerts-filters"
        aria-label={t('alerts.filter.legend')}
        onSubmit={(e) => e.preventDefault()}
      >
        <Choice
          id="alerts-status"
          label={t('alerts.filter.status')}
          value={filters.status}
          options={ALERT_STATUSES.map((s) => ({ value: s, label: t(`alerts.status.${s}`) }))}
          onChange={set('status')}
        />
        <Choice
          id="alerts-method"
          label={t('alerts.filter.method')}
          value={filters.method}
          options={DETECTION_METHODS.map((m) => ({ value: m, label: t(`alerts.method.${m}`) }))}
          onChange={set('method')}
        />
        <Choice
          id="alerts-kind"
          label={t('alerts.filter.kind')}
          value={filters.kind}
          options={SERIES_KINDS.map((k) => ({ value: k, label: t(`alerts.kind.${k}`) }))}
          onChange={set('kind')}
        />
        <div className="ws-field">
          <label htmlFor="alerts-region" className="utrecht-form-label">
            {t('alerts.filter.region')}
          </label>
          <input
            id="alerts-region"
            className="utrecht-textbox utrecht-textbox--html-input"
            value={filters.region}
            placeholder="GM0599"
            onChange={(e) => set('region')(e.target.value.toUpperCase())}
          />
        </div>
      </form>
      {can('detection-runs:create') && (
        <Paragraph>
          <Button appearance="secondary-action-button" onClick={runDetection}>
            {t('alerts.run.button')}
          </Button>
        </Paragraph>
      )}
      <div role="status">
        {message && (
          <Notice type={message.type === 'ok' ? 'ok' : 'error'}>
            <Paragraph>{message.text}</Paragraph>
          </Notice>
        )}
      </div>
      {alerts.state === 'loading' && <Paragraph role="status">{t('alerts.loading')}</Paragraph>}
      {alerts.state === 'error' && <Paragraph role="alert">{alerts.error.message}</Paragraph>}
      {alerts.state === 'ready' &&
        (alerts.data.items.length === 0 ? (
          <Paragraph>{t('alerts.empty')}</Paragraph>
        ) : (
          <>
            {alerts.data.demo && (
              <Paragraph className="ws-sp-note">{t('alerts.demoNote')}</Paragraph>
            )}
            <Table data-testid="alerts-table">
              <caption>
                {t('alerts.title')} ({alerts.data.total})
              </caption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('alerts.field.series')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('alerts.field.period')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('alerts.field.method')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('alerts.field.observed')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('alerts.field.expected')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('alerts.field.upperBound')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('alerts.field.status')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('alerts.field.detectedAt')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {alerts.data.items.map((a) => (
                  <TableRow key={a.id} data-testid="alert-row" data-region={a.regionCode ?? ''}>
                    <TableHeaderCell scope="row">
                      <Link href={`/signals/alerts/${a.id}`}>{alertTitle(a, tDynamic)}</Link>
                      {a.demo && ` (${t('alerts.demo')})`}
                    </TableHeaderCell>
                    <TableCell>{a.period}</TableCell>
                    <TableCell>{tDynamic(`alerts.method.${a.method}`)}</TableCell>
                    <TableCell>{formatAlertNumber(a.observed, locale)}</TableCell>
                    <TableCell>{formatAlertNumber(a.expected, locale)}</TableCell>
                    <TableCell>{formatAlertNumber(a.upperBound, locale)}</TableCell>
                    <TableCell>{tDynamic(`alerts.status.${a.status}`)}</TableCell>
                    <TableCell>{formatMoment(a.detectedAt, locale)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        ))}
    </>
  );
}

/** /signals/alerts: every early-warning alert with filters; the MIT can run detection now. */
export function AlertsPage() {
  const { t } = useLocale();
  return (
    <AreaFrame
      title={t('alerts.title')}
      nav={<SignalsNav />}
      intro={t('alerts.intro')}
      permission="alerts:read"
    >
      <AlertsList />
    </AreaFrame>
  );
}
