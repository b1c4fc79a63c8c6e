import { useState } from 'react';
import { useParams } from 'wouter';
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
import { useReloadableApi } from '../measure-analysis/analysis-api.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { useSession } from '../auth/session-context.tsx';
import { send } from '../auth/api-send.ts';
import { fill, formatMoment } from '../advice/format.ts';
import { ReadinessFrame } from './readiness-frame.tsx';
import { ProblemAlert } from './form-fields.tsx';
import { TimingsList } from './activation-timings.tsx';
import type { ActivationDetail } from './readiness-types.ts';

function Drill({ id }: { id: string }) {
  const { t, tDynamic, locale } = useLocale();
  const { can } = useSession();
  const [detail, reload] = useReloadableApi<ActivationDetail>(`/activations/${id}`);
  const [failure, setFailure] = useState<Error | null>(null);
  if (detail.state === 'loading') return <Paragraph role="status">{t('home.loading')}</Paragraph>;
  if (detail.state === 'error')
    return (
      <Alert type="error">
        <Paragraph>{detail.error.message}</Paragraph>
      </Alert>
    );
  const { activation, callUps, timings } = detail.data;
  const running = activation.finishedAt === null;
  const act = (path: string, body?: unknown) =>
    send('POST', path, body).then(reload, (e: Error) => setFailure(e));
  return (
    <>
      <Paragraph data-testid="drill-status">
        {tDynamic(`readiness.mode.${activation.mode}`)}
        {activation.demo && ` (${t('readiness.demo')})`}
        {': '}
        {fill(t('readiness.drill.startedBy'), {
          at: formatMoment(activation.startedAt, locale),
          by: activation.startedBy,
        })}
        {'. '}
        {running
          ? t('readiness.drill.running')
          : fill(t('readiness.drill.finishedAt'), {
              at: formatMoment(activation.finishedAt, locale),
            })}
      </Paragraph>
      {activation.note && <Paragraph>{activation.note}</Paragraph>}
      <ProblemAlert problem={failure} />
      <Heading level={3}>
        {running ? t('readiness.timings.sofar') : t('readiness.timings.final')}
      </Heading>
      <TimingsList timings={timings} testId="drill-timings" />
      {running && can('activations:run') && (
        <Button
          appearance="primary-action-button"
          onClick={() => act(`/activations/${id}/completion`)}
        >
          {activation.mode === 'drill'
            ? t('readiness.drill.finish')
            : t('readiness.activation.finish')}
        </Button>
      )}
      <Heading level={3}>{t('readiness.callUps.title')}</Heading>
      <Paragraph>{t('readiness.callUps.outbox')}</Paragraph>
      <Table data-testid="call-ups">
        <caption>{fill(t('readiness.callUps.caption'), { n: callUps.length })}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('readiness.callUp.target')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('readiness.callUp.person')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('readiness.callUp.channel')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('readiness.callUp.sent')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('readiness.callUp.confirmed')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {callUps.map((c) => (
            <TableRow key={c.id} data-testid="call-up" data-confirmed={c.confirmedAt !== null}>
              <TableHeaderCell scope="row">
                {c.targetTitle}
                {c.roleKind && ` (${tDynamic(`readiness.roleKind.${c.roleKind}`)})`}
              </TableHeaderCell>
              <TableCell>{c.personName}</TableCell>
              <TableCell>
                {tDynamic(`readiness.channel.${c.channel}`)}: {c.address}
              </TableCell>
              <TableCell>{formatMoment(c.sentAt, locale)}</TableCell>
              <TableCell>
                {c.confirmedAt ? (
                  formatMoment(c.confirmedAt, locale)
                ) : running && can('activations:run') ? (
                  <Button
                    appearance="secondary-action-button"
                    aria-label={fill(t('readiness.callUp.confirmFor'), { name: c.personName })}
                    onClick={() => act(`/activations/${id}/confirmations`, { callUpId: c.id })}
                  >
                    {t('readiness.callUp.confirm')}
                  </Button>
                ) : (
                  t('readiness.callUp.notConfirmed')
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

export function DrillPage() {
  const { t } = useLocale();
  const { id } = useParams<{ id: string }>();
  return (
    <ReadinessFrame
      title={t('readiness.drill.title')}
      current="/readiness/drills"
      intro={null}
      permission="activations:read"
    >
      <Drill id={id} />
    </ReadinessFrame>
  );
}
