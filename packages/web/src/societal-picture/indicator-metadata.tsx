import { Heading, Link, Paragraph } from '@rijkshuisstijl-community/components-react';
import type { Indicator } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { formatDate, formatNumber } from './format.ts';
import { thresholdText } from './indicator-text.ts';

/** Everything the catalogue says about an indicator, signal values with who set them and why. */
export function IndicatorMetadata({ indicator }: { indicator: Indicator }) {
  const { t, locale } = useLocale();
  const signal = indicator.signal;
  const thresholds = thresholdText(indicator.polarity, signal, indicator.unit, locale, {
    attentionAt: t('sp.signal.attentionAt'),
    alarmAt: t('sp.signal.alarmAt'),
  });
  const bound = (v: number) => formatNumber(v, indicator.unit, locale);
  const { validMin: min, validMax: max } = indicator;
  const range =
    min !== null && max !== null
      ? `${bound(min)} – ${bound(max)}`
      : min !== null
        ? `≥ ${bound(min)}`
        : max !== null
          ? `≤ ${bound(max)}`
          : null;
  return (
    <section aria-labelledby="indicator-meta" className="ws-sp-section">
      <Heading level={3} id="indicator-meta">
        {t('sp.meta.title')}
      </Heading>
      <dl className="ws-sp-meta" data-testid="indicator-metadata">
        <dt>{t('sp.meta.code')}</dt>
        <dd>
          <code>{indicator.code}</code>
        </dd>
        <dt>{t('sp.meta.theme')}</dt>
        <dd>{t(`sp.theme.${indicator.theme}`)}</dd>
        <dt>{t('sp.meta.definition')}</dt>
        <dd>{locale === 'nl' ? indicator.definitionNl : indicator.definitionEn}</dd>
        <dt>{t('sp.meta.unit')}</dt>
        <dd>{t(`sp.unit.${indicator.unit}`)}</dd>
        <dt>{t('sp.meta.source')}</dt>
        <dd>
          {indicator.source.url ? (
            <Link href={indicator.source.url}>{indicator.source.name}</Link>
          ) : (
            indicator.source.name
          )}
        </dd>
        <dt>{t('sp.meta.frequency')}</dt>
        <dd>{t(`sp.frequency.${indicator.frequency}`)}</dd>
        <dt>{t('sp.meta.lowestLevel')}</dt>
        <dd>{t(`sp.level.${indicator.lowestLevel}`)}</dd>
        <dt>{t('sp.meta.aggregation')}</dt>
        <dd>
          {t(`sp.aggregation.${indicator.aggregation}`)}
          {indicator.ratio &&
            ` (${indicator.ratio.multiplier} × ${indicator.ratio.numerator} / ${indicator.ratio.denominator})`}
        </dd>
        <dt>{t('sp.meta.polarity')}</dt>
        <dd>{t(`sp.polarity.${indicator.polarity}`)}</dd>
        <dt>{t('sp.meta.signal')}</dt>
        <dd data-testid="indicator-signal">
          {!signal || (signal.attention === null && signal.alarm === null) ? (
            t('sp.signal.none')
          ) : indicator.polarity === 'neutral' ? (
            t('sp.signal.neutral')
          ) : (
            <>
              <Paragraph>{thresholds}</Paragraph>
              <Paragraph>
                {t('sp.signal.setBy')} <span lang="nl">{signal.setBy}</span> {t('sp.signal.setOn')}{' '}
                {formatDate(signal.setOn, locale)}
                {signal.demo && ` (${t('sp.signal.illustrative')})`}
              </Paragraph>
              <Paragraph>
                {t('sp.signal.why')}: <span lang="nl">{signal.rationale}</span>
              </Paragraph>
            </>
          )}
        </dd>
        {range && (
          <>
            <dt>{t('sp.meta.validRange')}</dt>
            <dd>{range}</dd>
          </>
        )}
        <dt>{t('sp.meta.data')}</dt>
        <dd>{indicator.demoSeries ? t('sp.meta.demoSeries') : t('sp.meta.realSeries')}</dd>
      </dl>
    </section>
  );
}
