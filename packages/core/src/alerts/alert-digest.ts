import { amsterdamDate } from '../calendar/calendar-engine.ts';
import { translate } from '../i18n/messages.ts';
import type { Locale } from '../i18n/messages.ts';
import { alertSeriesName } from './alert.ts';
import type { Alert } from './alert.ts';

/**
 * The daily digest: what early warning found on one day and what is still open, for those who
 * do not open the application every day. Days are calendar days in the Netherlands.
 */
export interface AlertDigestLine {
  id: string;
  seriesLabel: string;
  method: Alert['method'];
  period: string;
  observed: number;
  expected: number | null;
  upperBound: number;
  status: Alert['status'];
  demo: boolean;
}

export interface AlertDigest {
  date: string;
  /** alerts detected on the day */
  detected: AlertDigestLine[];
  /** alerts acknowledged or dismissed on the day */
  decided: AlertDigestLine[];
  /** every alert still open at the end of the day */
  open: AlertDigestLine[];
  demo: boolean;
}

/** The calendar day in the Netherlands of an instant, YYYY-MM-DD. */
const dutchDate = (instant: string) => amsterdamDate(new Date(instant));

function line(a: Alert): AlertDigestLine {
  return {
    id: a.id,
    seriesLabel: alertSeriesName(a),
    method: a.method,
    period: a.period,
    observed: a.observed,
    expected: a.expected,
    upperBound: a.upperBound,
    status: a.status,
    demo: a.demo,
  };
}

/** The digest of `date` from the alerts known now (every status). */
export function buildAlertDigest(date: string, alerts: readonly Alert[]): AlertDigest {
  const onDay = (instant: string | null) => instant !== null && dutchDate(instant) === date;
  const detected = alerts.filter((a) => onDay(a.detectedAt));
  const decided = alerts.filter((a) => a.status !== 'open' && onDay(a.statusAt));
  // open at the end of the day: detected by then, and not decided by then
  const open = alerts.filter(
    (a) =>
      dutchDate(a.detectedAt) <= date &&
      (a.status === 'open' || (a.statusAt !== null && dutchDate(a.statusAt) > date)),
  );
  const all = [...detected, ...decided, ...open];
  return {
    date,
    detected: detected.map(line),
    decided: decided.map(line),
    open: open.map(line),
    demo: all.length > 0 && all.every((a) => a.demo),
  };
}

const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/** The digest as plain text (an e-mail body, a terminal), in the given language. */
export function alertDigestText(digest: AlertDigest, locale: Locale): string {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const section = (title: string, lines: AlertDigestLine[]) => [
    `${title} (${lines.length})`,
    ...(lines.length === 0
      ? [`  ${t('alerts.digest.none')}`]
      : lines.map(
          (l) =>
            `  - ${l.seriesLabel}, ${l.period}: ${t(`alerts.method.${l.method}`)} — ${t('alerts.field.observed').toLowerCase()} ${num(l.observed)}, ${t('alerts.field.upperBound').toLowerCase()} ${num(l.upperBound)}` +
            ` [${t(`alerts.status.${l.status}`)}]${l.demo ? ` (${t('alerts.demo')})` : ''}`,
        )),
  ];
  return [
    `${t('alerts.digest.title')} ${digest.date}`,
    ...(digest.demo ? [t('alerts.digest.demoNote')] : []),
    '',
    ...section(t('alerts.digest.detected'), digest.detected),
    '',
    ...section(t('alerts.digest.decided'), digest.decided),
    '',
    ...section(t('alerts.digest.open'), digest.open),
    '',
  ].join('\n');
}
