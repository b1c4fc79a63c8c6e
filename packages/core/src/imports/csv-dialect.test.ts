import { describe, expect, it } from 'vitest';
import { detectCsvDialect, normaliseDate, parseNumber } from './csv-dialect.ts';

describe('CSV dialect', () => {
  it('detects the Dutch convention and says why', () => {
    const d = detectCsvDialect('indicator;regio;periode;waarde\nx;GM0363;15-03-2021;1.234,5\n');
    expect(d).toMatchObject({
      delimiter: ';',
      decimalSeparator: ',',
      dateOrder: 'dmy',
      convention: 'dutch',
    });
    expect(d.reasons.join(' ')).toContain('15-03-2021');
  });

  it('detects the international convention', () => {
    const d = detectCsvDialect('\uFEFFindicator,region,period,value\nx,GM0363,2021-03-15,1234.5\n');
    expect(d).toMatchObject({ delimiter: ',', decimalSeparator: '.', dateOrder: 'iso' });
    expect(d.convention).toBe('international');
  });

  it('lets the user override each choice', () => {
    const d = detectCsvDialect('a;b\n1;2\n', { decimalSeparator: '.', dateOrder: 'dmy' });
    expect(d).toMatchObject({ delimiter: ';', decimalSeparator: '.', dateOrder: 'dmy' });
    expect(d.reasons).toContain("decimal '.' given");
  });

  it('reads numbers strictly in the dialect', () => {
    const nl = { decimalSeparator: ',' as const };
    const en = { decimalSeparator: '.' as const };
    expect(parseNumber('1.234,5', nl)).toBe(1234.5);
    expect(parseNumber('-0,25', nl)).toBe(-0.25);
    expect(parseNumber('1.5', nl)).toBeNull();
    expect(parseNumber('1,234.5', en)).toBe(1234.5);
    expect(parseNumber('1e3', en)).toBe(1000);
    expect(parseNumber('', en)).toBeNull();
    expect(parseNumber('twelve', en)).toBeNull();
  });

  it('turns dd-mm-jjjj into ISO only in the dmy dialect', () => {
    expect(normaliseDate('5-3-2021', { dateOrder: 'dmy' })).toBe('2021-03-05');
    expect(normaliseDate('2021-03-05', { dateOrder: 'dmy' })).toBe('2021-03-05');
    expect(normaliseDate('05-03-2021', { dateOrder: 'iso' })).toBe('05-03-2021');
  });
});
