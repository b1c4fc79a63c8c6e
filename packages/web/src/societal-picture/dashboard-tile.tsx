import { Heading, Link as NldsLink, Paragraph } from '@rijkshuisstijl-community/components-react';
import { Link } from 'wouter';
import { parsePeriod } from '@weegschaal/core';
import type { DashboardTile as Tile } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { formatDate, formatNumber, formatPercentChange, periodLabel } from './format.ts';
import { indicatorName, thresholdText, valueText } from './indicator-text.ts';
import { SignalBadge } from './signal-badge.tsx';
import { Sparkline } from './sparkline.tsx';
import { TrendExplanation, TrendMarkView } from './trend-mark.tsx';

const ARROW = { up: '▲', down: '▼', flat: '=' } as const;

/**
 * One indicator on the start page: the newest value, the change against the period before
 * (read with the polarity), a sparkline, the signal status with its thresholds and who set
 * them, how old the data are, the source, and a demo label on generated series. The values
 * behind the sparkline and the engine's own explanation fold out below.
 */
export function DashboardTile({ tile, regionCode }: { tile: Tile; regionCode: string }) {
  const { t, locale } = useLocale();
  const name = indicatorName(tile, locale);
  const href = `/indicators/${tile.indicatorCode}${regionCode === 'NL01' ? '' : `?region=${regionCode}`}`;
  const latest = tile.latest;
  const seriesDemo = tile.sparkline.length > 0 && (latest?.demo ?? false);
  const thresholds = thresholdText(tile.polarity, tile.signal.values, tile.unit, locale, {
    attentionAt: t('sp.signal.attentionAt'),
    alarmAt: t('sp.signal.alarmAt'),
  });
  // the trend mark comes with the tile from the API (core testTrend over the whole window)
  const trend = tile.trend;
  const shown = tile.sparkline;
  const label = (key: string) => {
    const period = parsePeriod(key);
    return period ? periodLabel(period, locale, t) : key;
  };
  return (
    <li
      className="ws-sp-tile"
      data-signal={tile.signal.status}
      data-testid={`tile-${tile.indicatorCode}`}
    >
      <Heading level={4} appearance="level-5" className="ws-sp-tile__title">
        <Link href={href}>{name}</Link>
      </Heading>
      {seriesDemo && <span className="ws-sp-demo">{t('sp.demoSeries')}</span>}
      {latest ? (
        <>
          <Paragraph className="ws-sp-tile__value">
            <strong>{valueText(latest.value, tile.unit, locale)}</strong>{' '}
            {tile.unit !== 'percent' && tile.unit !== 'count' && (
              <span className="ws-sp-unit">{t(`sp.unit.${tile.unit}`)} </span>
            )}
            <span className="ws-sp-period">
              {periodLabel(latest.period, locale, t)}
              {latest.status === 'provisional' && ` (${t('sp.status.provisional')})`}
            </span>
          </Paragraph>
          {tile.change && tile.previous && (
            <Paragraph className="ws-sp-change" data-assessment={tile.change.assessment}>
              <span aria-hidden="true">{ARROW[tile.change.direction]} </span>
              {t(`sp.change.${tile.change.direction}`)}{' '}
              {tile.change.direction !== 'flat' && (
                <>
                  {formatNumber(tile.change.absolute, tile.unit, locale, { signed: true })}
                  {tile.change.relative !== null &&
                    ` (${formatPercentChange(tile.change.relative, locale)})`}{' '}
                </>
              )}
              {t('sp.change.since')} {periodLabel(tile.previous.period, locale, t)}
              {tile.change.assessment !== 'neutral' &&
                ` — ${t(`sp.change.${tile.change.assessment}`)}`}
            </Paragraph>
          )}
          <Sparkline
            values={shown.map((p) => p.value)}
            provisional={shown.map((p) => p.status === 'provisional')}
          />
          {trend && (
            <Paragraph className="ws-sp-tile__trend">
              <TrendMarkView mark={trend} compact />
            </Paragraph>
          )}
        </>
      ) : (
        <Paragraph className="ws-sp-tile__value">{t('sp.noData')}</Paragraph>
      )}
      <Paragraph className="ws-sp-tile__signal">
        <SignalBadge status={tile.signal.status} />
        {thresholds && (
          <span className="ws-sp-thresholds">
            {' '}
            — {t('sp.signal.values')}: {thresholds}
          </span>
        )}
        {tile.signal.values && tile.polarity !== 'neutral' && (
          <span className="ws-sp-setby">
            {t('sp.signal.setBy')} <span lang="nl">{tile.signal.values.setBy}</span>
            {tile.signal.values.demo && ` (${t('sp.signal.illustrative')})`}
          </span>
        )}
      </Paragraph>
      <Paragraph className="ws-sp-fresh" data-late={tile.freshness.late}>
        {tile.freshness.ageDays === null ? (
          t('sp.noData')
        ) : (
          <>
            {tile.freshness.late ? (
              <strong>
                <span aria-hidden="true">⚠ </span>
                {t('sp.fresh.late')}:
              </strong>
            ) : (
              `${t('sp.fresh.onTime')}:`
            )}{' '}
            {tile.freshness.ageDays.toLocaleString(locale)} {t('sp.fresh.daysOld')}
            {tile.freshness.late &&
              tile.freshness.expectedBy &&
              ` (${t(`sp.frequency.${tile.frequency}`)}: ${t('sp.fresh.expectedBy')} ${formatDate(tile.freshness.expectedBy, locale)})`}
          </>
        )}
      </Paragraph>
      <Paragraph className="ws-sp-source">
        {t('sp.source')}:{' '}
        {tile.source.url ? (
          <NldsLink href={tile.source.url}>{tile.source.name}</NldsLink>
        ) : (
          tile.source.name
        )}
      </Paragraph>
      <details className="ws-sp-tile__details">
        <summary>
          {t('sp.tile.details')}
          <span className="ws-sp-visually-hidden">: {name}</span>
        </summary>
        {shown.length > 0 && (
          <table className="ws-sp-mini-table">
            <caption className="ws-sp-visually-hidden">
              {name}: {t('sp.values')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('sp.period')}</th>
                <th scope="col">{t('sp.value')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((p) => (
                <tr key={p.periodKey}>
                  <th scope="row">{label(p.periodKey)}</th>
                  <td className="ws-num">
                    {valueText(p.value, tile.unit, locale)}
                    {p.status === 'provisional' && ` (${t('sp.status.provisional')})`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <ul className="ws-sp-explanation">
          {tile.explanation.map((line) => (
            <li key={line} lang="en">
              {line}
            </li>
          ))}
        </ul>
        {trend && (
          <>
            <Paragraph className="ws-sp-note">
              <TrendMarkView mark={trend} />
            </Paragraph>
            <TrendExplanation mark={trend} />
          </>
        )}
      </details>
    </li>
  );
}
