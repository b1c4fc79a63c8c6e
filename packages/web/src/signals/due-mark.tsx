import { useLocale } from '../i18n/locale-context.tsx';
import type { Locale } from '@weegschaal/core';
import { dueState } from './signal-counts.ts';
import type { Signal } from './signals-types.ts';

/** The due time of an open signal, marked in words (not only colour) when late or close. */
export function DueMark({ signal, now }: { signal: Signal; now: Date }) {
  const { t, locale } = useLocale();
  const state = dueState(signal, now);
  if (state === 'none') return <>–</>;
  return (
    <span className={`ws-due ws-due--${state}`} data-testid={`due-${state}`}>
      {state !== 'on-time' && <strong>{t(`signals.due.${state}`)}: </strong>}
      {formatShortMoment(signal.dueAt!, locale)}
    </span>
  );
}

/** "23-11-2026 18:00" in Amsterdam time: a queue has no room for weekdays and seconds. */
export function formatShortMoment(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));
}
