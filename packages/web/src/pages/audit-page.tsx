import {
  Alert,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import type { AuditEntry, AuditVerification } from '@weegschaal/core';
import { useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { AdviceNav } from '../advice/advice-nav.tsx';
import { RequirePermission } from '../advice/require-login.tsx';
import { fill, formatMoment } from '../advice/format.ts';

function AuditView() {
  const { t, locale } = useLocale();
  const verification = useApi<AuditVerification & { total: number; rule: string }>(
    '/audit-events/verification',
  );
  const events = useApi<{ total: number; items: AuditEntry[] }>('/audit-events?limit=1000');
  return (
    <>
      {verification.state === 'ready' && (
        <div data-testid="audit-verification">
          <Alert type={verification.data.ok ? 'ok' : 'error'}>
            <Paragraph>
              {verification.data.ok
                ? fill(t('audit.intact'), {
                    checked: verification.data.checked,
                    total: verification.data.total,
                  })
                : fill(t('audit.broken'), {
                    seq: verification.data.firstBroken?.seq ?? '?',
                    explanation: verification.data.firstBroken?.explanation ?? '',
                  })}
            </Paragraph>
          </Alert>
          <Paragraph className="ws-hint">
            {t('audit.head')} <code className="ws-hash">{verification.data.headHash}</code>.{' '}
            {verification.data.rule}
          </Paragraph>
        </div>
      )}
      {events.state === 'ready' && (
        <Table>
          <caption>{t('audit.events')}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">#</TableHeaderCell>
              <TableHeaderCell scope="col">{t('audit.when')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('audit.who')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('audit.what')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('audit.hash')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {[...events.data.items].reverse().map((e) => (
              <TableRow key={e.seq}>
                <TableHeaderCell scope="row">{e.seq}</TableHeaderCell>
                <TableCell>{formatMoment(e.occurredAt, locale)}</TableCell>
                <TableCell>
                  {e.actorUsername ?? '–'} ({e.actorRole})
                </TableCell>
                <TableCell>
                  {e.action} {e.resourceType}
                  {e.resourceId ? ` ${e.resourceId}` : ''}
                </TableCell>
                <TableCell>
                  <code className="ws-hash">{e.hash.slice(0, 16)}…</code>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}

export function AuditPage() {
  const { t } = useLocale();
  return (
    <>
      <Heading level={2}>{t('audit.title')}</Heading>
      <AdviceNav current="/advice/audit" />
      <RequirePermission permission="audit-events:read">
        <AuditView />
      </RequirePermission>
    </>
  );
}
