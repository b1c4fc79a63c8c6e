import type { TrendMark } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';

const ARROW = { up: '↗', down: '↘', 'no-significant-change': '→', 'too-little-data': '·' } as const;

/**
 * A trend mark as the CBS Monitor Brede Welvaart sets it: from a statistical test over a fixed
 * window, read with the polarity, a signal and not a judgement. The test's own explanation is
 * one click away.
 */
export function TrendMarkView({ mark, compact = false }: { mark: TrendMark; compact?: boolean }) {
  const { t, locale } = useLocale();
  const p =
    mark.pValue === null
      ? null
      : mark.pValue < 0.001
        ? `< ${(0.001).toLocaleString(locale)}`
        : mark.pValue.toLocaleString(locale, { maximumFractionDigits: 3 });
  return (
    <span
      className="ws-sp-trend"
      data-direction={mark.direction}
      data-assessment={mark.assessment ?? ''}
    >
      <span aria-hidden="true">{ARROW[mark.direction]} </span>
      {t('sp.trend.title')}: {t(`sp.trend.${mark.direction}`)}
      {mark.assessment && mark.assessment !== 'neutral' && ` — ${t(`sp.trend.${mark.assessment}`)}`}
      {!compact && (
        <span className="ws-sp-trend__test">
          {' '}
          ({t('sp.trend.test')}
          {p !== null && `, p = ${p}`}, {mark.window.points} {t('sp.trend.points')}{' '}
          {mark.window.from} – {mark.window.to})
        </span>
      )}
    </span>
  );
}

export function TrendExplanation({ mark }: { mark: TrendMark }) {
  return (
    <ul className="ws-sp-explanation">
      {mark.explanation.map((line) => (
        <li key={line} lang="en">
          {line}
        </li>
      ))}
    </ul>
  );
}
