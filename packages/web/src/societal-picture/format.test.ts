import { describe, expect, it } from 'vitest';
import { translate } from '@weegschaal/core';
import type { MessageKey } from '@weegschaal/core';
import { formatNumber, periodLabel } from './format.ts';

const nl = (key: MessageKey) => translate('nl', key);
const en = (key: MessageKey) => translate('en', key);

describe('numbers and periods as a reader says them', () => {
  it('gives each unit its decimals, in the reader’s notation', () => {
    expect(formatNumber(1234.56, 'count', 'nl')).toBe('1.235');
    expect(formatNumber(3.456, 'percent', 'nl')).toBe('3,5');
    expect(formatNumber(0.893, 'ratio', 'en')).toBe('0.89');
    expect(formatNumber(-2, 'balance', 'nl', { signed: true })).toBe('-2');
    expect(formatNumber(2, 'balance', 'nl', { signed: true })).toBe('+2');
    expect(formatNumber(null, 'count', 'nl')).toBe('–');
  });

  it('names days, weeks, months, quarters and years', () => {
    const p = (
      type: 'day' | 'week' | 'month' | 'quarter' | 'year',
      key: string,
      start: string,
    ) => ({
      type,
      key,
      start,
    });
    expect(periodLabel(p('day', '2021-04-20', '2021-04-20'), 'nl', nl)).toBe('20 apr 2021');
    expect(periodLabel(p('week', '2021-W03', '2021-01-18'), 'nl', nl)).toBe('week 3 2021');
    expect(periodLabel(p('month', '2024-03', '2024-03-01'), 'nl', nl)).toBe('maart 2024');
    expect(periodLabel(p('month', '2024-03', '2024-03-01'), 'en', en)).toBe('March 2024');
    expect(periodLabel(p('quarter', '2024-Q1', '2024-01-01'), 'nl', nl)).toBe('K1 2024');
    expect(periodLabel(p('quarter', '2024-Q1', '2024-01-01'), 'en', en)).toBe('Q1 2024');
    expect(periodLabel(p('year', '2023', '2023-01-01'), 'en', en)).toBe('2023');
  });
});
