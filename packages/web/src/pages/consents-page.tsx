import { useState } from 'react';
import {
  Alert,
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
import { CONSENT_GRANTEES } from '@weegschaal/core';
import type { Consent, ConsentGrantee } from '@weegschaal/core';
import { useApi } from '../api/api-client.ts';
import { useReloadableApi } from '../measure-analysis/analysis-api.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { useSession } from '../auth/session-context.tsx';
import { send } from '../auth/api-send.ts';
import { AdviceNav } from '../advice/advice-nav.tsx';
import { RequirePermission } from '../advice/require-login.tsx';
import { formatMoment } from '../advice/format.ts';

interface ReportSummary {
  id: string;
  body: string;
  title: string;
  status: string;
  confidentiality: string;
}

type ConsentView = Consent & { state: 'active' | 'expired' | 'revoked' };

function GrantForm({ onDone }: { onDone: () => void }) {
  const { t, tDynamic } = useLocale();
  const reports = useApi<{ items: ReportSummary[] }>('/advisory-reports');
  const [reportId, setReportId] = useState('');
  const [grantee, setGrantee] = useState<ConsentGrantee>('mit-chair');
  const [until, setUntil] = useState('');
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const candidates =
    reports.state === 'ready'
      ? reports.data.items.filter(
          (r) => r.confidentiality === 'confidential' && r.status === 'sent',
        )
      : [];
  const chosen = reportId || candidates[0]?.id || '';
  return (
    <form
      className="ws-form"
      aria-labelledby="grant-heading"
      onSubmit={(e) => {
        e.preventDefault();
        setFailure(null);
        send('POST', '/consents', {
          reportId: chosen,
          granteeRole: grantee,
          // datetime-local is the browser's local time; the API takes an instant
          expiresAt: until ? new Date(until).toISOString() : null,
          note,
        }).then(onDone, (err: Error) => setFailure(err.message));
      }}
    >
      <Heading level={3} id="grant-heading">
        {t('consent.grant.title')}
      </Heading>
      <div role="alert">
        {failure && (
          <Alert type="error">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
      </div>
      {candidates.length === 0 ? (
        <Paragraph>{t('consent.grant.none')}</Paragraph>
      ) : (
        <>
          <div className="ws-field">
            <label htmlFor="consent-report" className="utrecht-form-label">
              {t('consent.report')}
            </label>
            <select
              id="consent-report"
              className="utrecht-select utrecht-select--html-select"
              value={chosen}
              onChange={(e) => setReportId(e.target.value)}
            >
              {candidates.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.body}: {r.title}
                </option>
              ))}
            </select>
          </div>
          <div className="ws-field">
            <label htmlFor="consent-grantee" className="utrecht-form-label">
              {t('consent.grantee')}
            </label>
            <select
              id="consent-grantee"
              className="utrecht-select utrecht-select--html-select"
              value={grantee}
              onChange={(e) => setGrantee(e.target.value as ConsentGrantee)}
            >
              {CONSENT_GRANTEES.map((g) => (
                <option key={g} value={g}>
                  {tDynamic(`role.${g}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="ws-field">
            <label htmlFor="consent-until" className="utrecht-form-label">
              {t('consent.until')}
            </label>
            <input
              id="consent-until"
              type="datetime-local"
              className="utrecht-textbox utrecht-textbox--html-input"
              value={until}
              onChange={(e) => setUntil(e.target.value)}
            />
          </div>
          <div className="ws-field">
            <label htmlFor="consent-note" className="utrecht-form-label">
              {t('consent.note')}
            </label>
            <input
              id="consent-note"
              className="utrecht-textbox utrecht-textbox--html-input"
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
          <Button type="submit" appearance="primary-action-button">
            {t('consent.grant.submit')}
          </Button>
        </>
      )}
    </form>
  );
}

function ConsentList() {
  const { t, tDynamic, locale } = useLocale();
  const { can } = useSession();
  const [consents, reload] = useReloadableApi<{ items: ConsentView[] }>('/consents');
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <>
      {can('consents:grant') && <GrantForm onDone={reload} />}
      <div role="alert">
        {failure && (
          <Alert type="error">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
      </div>
      {consents.state === 'ready' && consents.data.items.length === 0 && (
        <Paragraph>{t('consent.none')}</Paragraph>
      )}
      {consents.state === 'ready' && consents.data.items.length > 0 && (
        <Table data-testid="consents">
          <caption>{t('consent.list')}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('consent.grantee')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('consent.parts')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('consent.grantedBy')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('consent.until')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('consent.state')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('consent.action')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {consents.data.items.map((c) => (
              <TableRow key={c.id}>
                <TableHeaderCell scope="row">{tDynamic(`role.${c.granteeRole}`)}</TableHeaderCell>
                <TableCell>
                  {c.sectionKeys === null ? t('consent.whole') : c.sectionKeys.join(', ')}
                </TableCell>
                <TableCell>
                  {c.grantedByName}, {formatMoment(c.grantedAt, locale)}
                </TableCell>
                <TableCell>
                  {c.expiresAt ? formatMoment(c.expiresAt, locale) : t('consent.untilRevoked')}
                </TableCell>
                <TableCell data-testid="consent-state">
                  {tDynamic(`consent.state.${c.state}`)}
                </TableCell>
                <TableCell>
                  {c.state === 'active' && can('consents:revoke') && (
                    <Button
                      appearance="secondary-action-button"
                      onClick={() =>
                        send('POST', `/consents/${c.id}/revocation`, {
                          reason: t('consent.revokeReason'),
                        }).then(reload, (e: Error) => setFailure(e.message))
                      }
                    >
                      {t('consent.revoke')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}

export function ConsentsPage() {
  const { t } = useLocale();
  return (
    <>
      <Heading level={2}>{t('consent.title')}</Heading>
      <AdviceNav current="/advice/consents" />
      <Paragraph>{t('consent.intro')}</Paragraph>
      <RequirePermission permission="consents:read">
        <ConsentList />
      </RequirePermission>
    </>
  );
}
