import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import {
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import type { Activation, ActivationMode } from '@weegschaal/core';
import { useReloadableApi } from '../measure-analysis/analysis-api.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { useSession } from '../auth/session-context.tsx';
import { send } from '../auth/api-send.ts';
import { formatMoment } from '../advice/format.ts';
import { ReadinessFrame } from './readiness-frame.tsx';
import { ApiForm, Field, TextInput } from './form-fields.tsx';
import { formatMinutes } from './activation-timings.tsx';
import type { ActivationDetail } from './readiness-types.ts';

/**
 * Starts a call-up round. A drill is harmless; a real activation wakes the organisation, so it
 * asks for an explicit confirmation first (a checkbox the browser itself requires).
 */
/** the harmless round first */
const ROUND_MODES: readonly ActivationMode[] = ['drill', 'real'];

function StartRound({ mode, running }: { mode: ActivationMode; running: Activation | undefined }) {
  const { t } = useLocale();
  const [, navigate] = useLocation();
  const [note, setNote] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const id = mode === 'drill' ? 'start-drill' : 'start-activation';
  if (running)
    return (
      <Paragraph>
        <Link href={`/readiness/drills/${running.id}`}>
          {mode === 'drill'
            ? t('readiness.drill.openRunning')
            : t('readiness.activation.openRunning')}
        </Link>
      </Paragraph>
    );
  return (
    <ApiForm<ActivationDetail>
      id={id}
      title={
        mode === 'drill' ? t('readiness.drill.start.title') : t('readiness.activation.start.title')
      }
      submitLabel={mode === 'drill' ? t('readiness.drill.start') : t('readiness.activation.start')}
      submit={() => send<ActivationDetail>('POST', '/activations', { mode, note })}
      onDone={(d) => navigate(`/readiness/drills/${d.activation.id}`)}
    >
      <Paragraph>
        {mode === 'drill'
          ? t('readiness.drill.start.intro')
          : t('readiness.activation.start.intro')}
      </Paragraph>
      <Field id={`${id}-note`} label={t('readiness.drill.note')} name="note">
        <TextInput id={`${id}-note`} value={note} onChange={setNote} />
      </Field>
      {mode === 'real' && (
        <div className="ws-field">
          <input
            id="start-activation-confirm"
            type="checkbox"
            required
            checked={confirmed}
            onChange={(e) => setConfirmed(e.target.checked)}
          />{' '}
          <label htmlFor="start-activation-confirm" className="utrecht-form-label">
            {t('readiness.activation.confirm')}
          </label>
        </div>
      )}
    </ApiForm>
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
      {can('activations:run') &&
        ROUND_MODES.map((mode) => (
          <StartRound
            key={mode}
            mode={mode}
            running={items.find((a) => a.mode === mode && a.finishedAt === null)}
          />
        ))}
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
