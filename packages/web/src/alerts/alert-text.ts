import { alertSeriesName } from '@weegschaal/core';
import type { Alert } from '@weegschaal/core';

/** A number as the tables show it: counts whole, other values with one decimal. */
export function formatAlertNumber(x: number | null, locale: 'nl' | 'en'): string {
  if (x === null) return '–';
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    maximumFractionDigits: Number.isInteger(x) ? 0 : 1,
  }).format(x);
}

/**
 * The series in the reader's language: for signal counts the region's name and code and the
 * domain's name; for an indicator the stored label (the indicator's name).
 */
export function alertTitle(alert: Alert, tDynamic: (key: string) => string): string {
  if (alert.seriesKind !== 'signal-count' || alert.regionCode === null)
    return alertSeriesName(alert);
  const region = alert.regionName ? `${alert.regionName} (${alert.regionCode})` : alert.regionCode;
  const domain = alert.domain ? `, ${tDynamic(`sp.theme.${alert.domain}`)}` : '';
  return `${tDynamic('alerts.series.signals')} ${region}${domain}`;
}
