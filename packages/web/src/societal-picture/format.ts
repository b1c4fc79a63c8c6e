import type { Locale, MessageKey, Period, Unit } from '@weegschaal/core';

export function intlLocale(locale: Locale): string {
  return locale === 'nl' ? 'nl-NL' : 'en-GB';
}

/** Decimals a reader needs per unit: whole counts, one decimal for rates, two for Rt. */
const DIGITS: Record<Unit, number> = {
  count: 0,
  percent: 1,
  'per-100k': 1,
  'per-1000': 1,
  index: 1,
  ratio: 2,
  balance: 1,
  weeks: 1,
  'rna-1e11-per-100k': 0,
};

export function formatNumber(
  value: number | null | undefined,
  unit: Unit,
  locale: Locale,
  options: { signed?: boolean } = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return value.toLocaleString(intlLocale(locale), {
    maximumFractionDigits: DIGITS[unit],
    ...(options.signed ? { signDisplay: 'exceptZero' as const } : {}),
  });
}

export function formatPercentChange(relative: number, locale: Locale): string {
  return relative.toLocaleString(intlLocale(locale), {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
}

export function formatDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** A period as a reader says it: "20 apr 2021", "week 11 2021", "maart 2021", "K1 2021". */
export function periodLabel(
  period: Pick<Period, 'type' | 'key' | 'start'>,
  locale: Locale,
  t: (key: MessageKey) => string,
): string {
  switch (period.type) {
    case 'day':
      return formatDate(period.start, locale);
    case 'week': {
      const [year, week] = period.key.split('-W');
      return `${t('sp.period.week')} ${Number(week)} ${year}`;
    }
    case 'month':
      return new Intl.DateTimeFormat(intlLocale(locale), {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${period.start}T00:00:00Z`));
    case 'quarter': {
      const [year, quarter] = period.key.split('-Q');
      return `${t('sp.period.quarter')}${quarter} ${year}`;
    }
    case 'year':
      return period.key;
    default: {
      const unreachable: never = period.type;
      return String(unreachable);
    }
  }
}

/** The display name of a region: the short name a dashboard uses when there is one. */
export function regionName(region: { name: string; displayName?: string | null }): string {
  return region.displayName ?? region.name;
}
