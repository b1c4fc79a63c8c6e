import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import {
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
import type { Activation } from '@weegschaal/core';
import { useReloadableApi } from '../measure-analysis/analysis-api.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { useSession } from '../auth/session-context.tsx';
import { send } from '../auth/api-send.ts';
import { formatMoment } from '../advice/format.ts';
import { ReadinessFrame } from './readiness-frame.tsx';
import { Field, ProblemAlert, inputClass } from './form-fields.tsx';
import { formatMinutes } from './activation-timings.tsx';
import type { ActivationDetail } from './readiness-types.ts';

function StartDrill({ running }: { running: Activation | undefined }) {
  const { t } = useLocale();
  const [, navigate] = useLocation();
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<Error | null>(null);
  if (running)
    return (
      <Paragraph>
        <Link href={`/readiness/drills/${running.id}`}>{t('readiness.drill.openRunning')}</Link>
      </Paragraph>
    );
  return (
    <form
      className="ws-form"
      aria-labelledby="start-drill-heading"
      onSubmit={(e) => {
        e.preventDefault();
        setFailure(null);
        send<ActivationDetail>('POST', '/activations', { mode: 'drill', note }).then(
          (d) => navigate(`/readiness/drills/${d.activation.id}`),
          (err: Error) => setFailure(err),
        );
      }}
    >
      <Heading level={3} id="start-drill-heading">
        {t('readiness.drill.start.title')}
      </Heading>
      <Paragraph>{t('readiness.drill.start.intro')}</Paragraph>
      <ProblemAlert problem={failure} />
      <Field id="drill-note" label={t('readiness.drill.note')}>
        <input
          id="drill-note"
          className={inputClass}
          value={note}
          maxLength={500}
          onChange={(e) => setNote(e.target.value)}
        />
      </Field>
      <Button type="submit" appearance="primary-action-button">
        {t('readiness.drill.start')}
      </Button>
    </form>
  );
}

function ActivationList() {
  const { t, tDynamic, locale } = useLocale();
  const { can } = useSession();
  const [list] = useReloadableApi<{ items: Activation[] }>('/activations');
  if (list.state !== 'ready') return <Paragraph role="status">{t('home.loading')}</Paragraph>;
  const items = list.data.items;
  const notYet = t('readiness.timings.notReached');
  return (
    <>
      {can('activations:run') && (
        <StartDrill running={items.find((a) => a.mode === 'drill' && a.finishedAt === null)} />
      )}
      <Table data-testid="activations">
        <caption>{t('readiness.drills.caption')}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('readiness.drill.started')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('readiness.drill.mode')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('readiness.drill.finished')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('readiness.timings.quorum')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('readiness.timings.staffed')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((a) => (
            <TableRow key={a.id} data-testid="activation-row">
              <TableHeaderCell scope="row">
                <Link href={`/readiness/drills/${a.id}`}>{formatMoment(a.startedAt, locale)}</Link>
                {a.demo && <span className="ws-demo-tag"> ({t('readiness.demo')})</span>}
              </TableHeaderCell>
              <TableCell>{tDynamic(`readiness.mode.${a.mode}`)}</TableCell>
              <TableCell>
                {a.finishedAt ? formatMoment(a.finishedAt, locale) : t('readiness.drill.running')}
              </TableCell>
              <TableCell>
                {a.timings ? formatMinutes(a.timings.minutesToQuorum, notYet) : '–'}
              </TableCell>
              <TableCell>
                {a.timings ? formatMinutes(a.timings.minutesToStaffed, notYet) : '–'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

export function DrillsPage() {
  const { t } = useLocale();
  return (
    <ReadinessFrame
      title={t('readiness.drills.title')}
      current="/readiness/drills"
      intro={t('readiness.drills.intro')}
      permission="activations:read"
    >
      <ActivationList />
    </ReadinessFrame>
  );
}
