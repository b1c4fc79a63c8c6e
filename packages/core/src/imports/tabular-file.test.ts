import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { DomainError } from '../errors/domain-error.ts';
import { detectCsvDialect } from './csv-dialect.ts';
import { parseCsvTable, readCsvRows } from './tabular-file.ts';

/** What csv-parse itself makes of a file, numbered and filtered as the import reads it. */
function byCsvParse(text: string) {
  const dialect = detectCsvDialect(text);
  const records = parse(text.replace(/^\uFEFF/, ''), {
    delimiter: dialect.delimiter,
    relax_column_count: true,
    skip_empty_lines: false,
    trim: true,
  }) as string[][];
  const [header, ...body] = records;
  return {
    header,
    rows: body
      .map((cells, i) => ({ rowNumber: i + 2, cells }))
      .filter((r) => r.cells.some((c) => c !== '')),
  };
}

function read(text: string) {
  const { columns, rows } = readCsvRows('f.csv', text);
  return { header: columns, rows: [...rows] };
}

describe('reading CSV a row at a time', () => {
  it.each([
    ['plain lines', 'a,b,c\n1,2,3\n4,5,6\n'],
    ['Windows line ends, no final newline', 'a;b\r\n1,5;2\r\n3;4'],
    ['blank lines and padded cells keep the row numbers', '\uFEFFa , b\n\n 1 ,2\n,\n3,\t4 \n\n'],
    ['ragged rows and tabs', 'a\tb\tc\n1\t2\n1\t2\t3\t4\n'],
  ])('reads a file without quotes exactly as csv-parse does: %s', (_, text) => {
    expect(read(text)).toEqual(byCsvParse(text));
  });

  it('leaves quoted fields to csv-parse, numbering rows as records', () => {
    const text = 'a,b\n"x, y",1\n"two\nlines",2\n3,"say ""hi"""\n';
    expect(read(text)).toEqual(byCsvParse(text));
    expect(read(text).rows.map((r) => r.rowNumber)).toEqual([2, 3, 4]);
  });

  it('refuses a file without a header, on either path', () => {
    expect(() => read('')).toThrow(DomainError);
    expect(() => read('\n1,2\n')).toThrow(/no header row/);
    expect(() => read(',\n"1",2\n')).toThrow(/no header row/);
  });

  it('parseCsvTable still gives the whole table', () => {
    const { table, dialect } = parseCsvTable('t.csv', 'x;y\n1,5;2\n');
    expect(dialect.delimiter).toBe(';');
    expect(table).toMatchObject({
      columns: ['x', 'y'],
      rows: [{ rowNumber: 2, cells: ['1,5', '2'] }],
    });
  });
});
