import type { Indicator, Locale, Polarity, SignalValues } from '@weegschaal/core';
import { formatNumber } from './format.ts';

export function indicatorName(
  indicator: Pick<Indicator, 'nameNl' | 'nameEn'>,
  locale: Locale,
): string {
  return locale === 'nl' ? indicator.nameNl : indicator.nameEn;
}

/** The comparison with which a threshold is reached, read with the polarity. */
export function thresholdSign(polarity: Polarity): '≥' | '≤' {
  return polarity === 'higher-is-better' ? '≤' : '≥';
}

/** "aandacht bij ≥ 40 · alarm bij ≥ 80" in the reader's words; null without thresholds. */
export function thresholdText(
  polarity: Polarity,
  signal: SignalValues | null,
  unit: Indicator['unit'],
  locale: Locale,
  words: { attentionAt: string; alarmAt: string },
): string | null {
  if (!signal || polarity === 'neutral') return null;
  const sign = thresholdSign(polarity);
  const parts: string[] = [];
  if (signal.attention !== null)
    parts.push(`${words.attentionAt} ${sign} ${formatNumber(signal.attention, unit, locale)}`);
  if (signal.alarm !== null)
    parts.push(`${words.alarmAt} ${sign} ${formatNumber(signal.alarm, unit, locale)}`);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** A value with its unit sign where the unit has one ("3,4%"); other units are named apart. */
export function valueText(value: number | null, unit: Indicator['unit'], locale: Locale): string {
  const number = formatNumber(value, unit, locale);
  return unit === 'percent' && value !== null ? `${number}%` : number;
}
