import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvFileName, neutraliseCell, toCsv } from './csv-export.ts';

describe('CSV export (every download)', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+31', '-cmd', '@SUM(A1)', '\tx', '\rx'])
      expect(neutraliseCell(text)).toBe(`'${text}`);
    expect(neutraliseCell('Den Haag')).toBe('Den Haag');
    expect(neutraliseCell('a=b')).toBe('a=b');
  });

  it('keeps numbers numeric (a negative balance is data) and quotes what needs quoting', () => {
    const csv = toCsv(
      ['region', 'value', 'note'],
      [
        ['GM0363', -2.5, '=HYPERLINK("http://x")'],
        ["'s-Gravenhage", 1000, 'a, b'],
        ['NL01', null, 'line\nbreak'],
      ],
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'region,value,note',
      'GM0363,-2.5,"\'=HYPERLINK(""http://x"")"',
      '\'s-Gravenhage,1000,"a, b"',
      'NL01,,"line\nbreak"',
      '',
    ]);
  });

  it('never lets a text cell start a formula, whatever the text, and leaves numbers alone', () => {
    const risky = fc.oneof(
      fc.string(),
      fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string()).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(risky, fc.double({ noNaN: true, noDefaultInfinity: true }), (text, n) => {
        const line = toCsv(['t', 'n'], [[text, n]])
          .slice(1)
          .split('\r\n')[1]!;
        // the cell as a spreadsheet sees it: without the CSV quotes
        const cell = line.startsWith('"') ? line.slice(1) : line;
        expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
        expect(neutraliseCell(text).endsWith(text)).toBe(true);
        expect(line.endsWith(`,${String(n)}`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('names files plainly', () => {
    expect(csvFileName('Werkloosheid (%)', 'Fryslân', '2021-Q1')).toBe(
      'werkloosheid_fryslan_2021-q1.csv',
    );
  });
});
