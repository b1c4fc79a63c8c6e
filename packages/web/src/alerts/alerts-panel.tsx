import { Link } from 'wouter';
import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useApi } from '../api/api-client.ts';
import { useSession } from '../auth/session-context.tsx';
import { useLocale } from '../i18n/locale-context.tsx';
import './alerts.css';
import { fill } from '../advice/format.ts';
import type { AlertList } from './alerts-api.ts';
import { alertTitle, formatAlertNumber } from './alert-text.ts';

const SHOWN = 8;

function OpenAlerts() {
  const { t, tDynamic, locale } = useLocale();
  const alerts = useApi<AlertList>(`/alerts?status=open&limit=${SHOWN}`);
  if (alerts.state === 'loading') return <Paragraph role="status">{t('alerts.loading')}</Paragraph>;
  if (alerts.state === 'error') return <Paragraph role="alert">{alerts.error.message}</Paragraph>;
  const { items, total, demo } = alerts.data;
  return (
    <>
      {items.length === 0 ? (
        <Paragraph>{t('alerts.panel.none')}</Paragraph>
      ) : (
        <ul className="ws-alerts-panel-list" data-testid="alerts-panel-list">
          {items.map((a) => (
            <li key={a.id}>
              <Link href={`~/signals/alerts/${a.id}`}>
                {alertTitle(a, tDynamic)}, {a.period}
              </Link>
              {': '}
              {tDynamic(`alerts.method.${a.method}`)} — {t('alerts.field.observed').toLowerCase()}{' '}
              {formatAlertNumber(a.observed, locale)}, {t('alerts.field.upperBound').toLowerCase()}{' '}
              {formatAlertNumber(a.upperBound, locale)}
              {a.demo && ` (${t('alerts.demo')})`}
            </li>
          ))}
        </ul>
      )}
      {total > items.length && (
        <Paragraph>{fill(t('alerts.panel.more'), { count: total - items.length })}</Paragraph>
      )}
      {demo && <Paragraph className="ws-sp-note">{t('alerts.demoNote')}</Paragraph>}
      <Paragraph>
        <Link href="~/signals/alerts">{t('alerts.panel.all')}</Link>
      </Paragraph>
    </>
  );
}

/**
 * Open early-warning alerts on the dashboard start page, for those who may read them; others
 * (and the public) see nothing of it.
 */
export function AlertsPanel() {
  const { t } = useLocale();
  const { can } = useSession();
  if (!can('alerts:read')) return null;
  return (
    <section
      aria-labelledby="alerts-panel-title"
      className="ws-alerts-panel"
      data-testid="alerts-panel"
    >
      <Heading level={3} id="alerts-panel-title">
        {t('alerts.panel.title')}
      </Heading>
      <OpenAlerts />
    </section>
  );
}
