import type { ActivationTimings } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { fill, formatMoment } from '../advice/format.ts';

/** "1 u 35 min" rather than "95": a duration people read at a glance. */
export function formatMinutes(minutes: number | null, notYet: string): string {
  if (minutes === null) return notYet;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? `${h} u ${m} min` : `${m} min`;
}

/** Time to a quorum and to a staffed secretariat, with the rule that defines each. */
export function TimingsList({ timings, testId }: { timings: ActivationTimings; testId: string }) {
  const { t, locale } = useLocale();
  const notYet = t('readiness.timings.notReached');
  return (
    <dl className="ws-timings" data-testid={testId}>
      <dt>{t('readiness.timings.quorum')}</dt>
      <dd data-testid="time-to-quorum">
        {formatMinutes(timings.minutesToQuorum, notYet)}
        {timings.quorumAt && ` (${formatMoment(timings.quorumAt, locale)})`}
      </dd>
      <dt>{t('readiness.timings.quorumRule')}</dt>
      <dd>
        {fill(t('readiness.timings.quorumRuleText'), {
          needed: timings.quorumNeeded,
          total: timings.committeeTotal,
          confirmed: timings.committeeConfirmed,
        })}
      </dd>
      <dt>{t('readiness.timings.staffed')}</dt>
      <dd data-testid="time-to-staffed">
        {formatMinutes(timings.minutesToStaffed, notYet)}
        {timings.staffedAt && ` (${formatMoment(timings.staffedAt, locale)})`}
      </dd>
      <dt>{t('readiness.timings.staffedRule')}</dt>
      <dd>
        {fill(t('readiness.timings.staffedRuleText'), {
          total: timings.secretariatTotal,
          confirmed: timings.secretariatConfirmed,
        })}
      </dd>
    </dl>
  );
}
