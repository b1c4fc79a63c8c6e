import { useState } from 'react';
import {
  Button,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { useReloadableApi } from '../measure-analysis/analysis-api.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { useSession } from '../auth/session-context.tsx';
import { send } from '../auth/api-send.ts';
import { StatusMessage } from './form-fields.tsx';
import type { Outcome } from './form-fields.tsx';
import { fill, formatDate } from '../advice/format.ts';
import { ReadinessFrame } from './readiness-frame.tsx';
import { ColumnHeaders, Contact } from './organisation-page.tsx';
import { ExpertForm } from './expert-form.tsx';
import { RosterSection } from './roster-section.tsx';
import type { Expert } from '@weegschaal/core';
import type { ExpertView } from './readiness-types.ts';

function Pool() {
  const { t, tDynamic, locale } = useLocale();
  const { can } = useSession();
  const [pool, reload] = useReloadableApi<{ retentionMonths: number; items: ExpertView[] }>(
    '/experts',
  );
  const [message, setMessage] = useState<Outcome | null>(null);
  if (pool.state !== 'ready') return <Paragraph role="status">{t('home.loading')}</Paragraph>;
  const canWrite = can('experts:write');
  const due = pool.data.items.filter((e) => e.retention.purgeDue).length;
  return (
    <>
      <Paragraph>
        {fill(t('readiness.experts.retention'), { months: pool.data.retentionMonths })}
      </Paragraph>
      <StatusMessage message={message} />
      {canWrite && due > 0 && (
        <Button
          appearance="secondary-action-button"
          onClick={() =>
            send<{ purged: unknown[] }>('POST', '/expert-purges').then(
              (r) => {
                setMessage({
                  ok: true,
                  text: fill(t('readiness.experts.purged'), { n: r.purged.length }),
                });
                reload();
              },
              (e: Error) => setMessage({ ok: false, text: e.message }),
            )
          }
        >
          {fill(t('readiness.experts.purge'), { n: due })}
        </Button>
      )}
      <RosterSection<ExpertView, Expert>
        path="/experts"
        canWrite={canWrite}
        describe={(e) => e.name}
        addLabel={t('readiness.experts.add')}
        onChanged={reload}
        form={(initial, done, cancel) => (
          <ExpertForm initial={initial} onDone={done} onCancel={cancel} />
        )}
        table={(actions) => (
          <Table data-testid="experts" className="ws-readiness-table">
            <caption>{t('readiness.experts.caption')}</caption>
            <ColumnHeaders
              actions={actions}
              labels={[
                'readiness.attentionArea',
                'readiness.experts.name',
                'readiness.experts.availability',
                'readiness.contact',
                'readiness.experts.consent',
                'readiness.experts.kept',
              ]}
            />
            <TableBody>
              {pool.data.items.map((e) => (
                <TableRow
                  key={e.id}
                  data-status={e.retention.consentState === 'expired' ? 'stale' : 'current'}
                >
                  <TableHeaderCell scope="row">
                    {tDynamic(`readiness.area.${e.attentionArea}`)}
                  </TableHeaderCell>
                  <TableCell>
                    {e.name}, {e.organisation}
                    {e.demo && <span className="ws-demo-tag"> ({t('readiness.demo')})</span>}
                  </TableCell>
                  <TableCell>{tDynamic(`readiness.availability.${e.availability}`)}</TableCell>
                  <TableCell>
                    <Contact contact={e.contact} />
                  </TableCell>
                  <TableCell>
                    {fill(t('readiness.experts.consentText'), {
                      scope: tDynamic(`readiness.scope.${e.consent.scope}`),
                      given: formatDate(e.consent.givenOn, locale),
                      expires: formatDate(e.consent.expiresOn, locale),
                    })}
                    {e.retention.consentState === 'expired' && (
                      <span className="ws-stale-label"> – {t('readiness.experts.expired')}</span>
                    )}
                  </TableCell>
                  <TableCell>
                    {e.retention.purgeDue
                      ? t('readiness.experts.purgeDue')
                      : fill(t('readiness.experts.until'), {
                          date: formatDate(e.retention.purgeOn, locale),
                        })}
                  </TableCell>
                  {actions && <TableCell>{actions(e)}</TableCell>}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      />
    </>
  );
}

export function ExpertsPage() {
  const { t } = useLocale();
  return (
    <ReadinessFrame
      title={t('readiness.experts.title')}
      current="/readiness/experts"
      intro={t('readiness.experts.intro')}
      permission="experts:read"
    >
      <Pool />
    </ReadinessFrame>
  );
}
