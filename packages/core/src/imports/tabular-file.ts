import { parse } from 'csv-parse/sync';
import { invalidInput } from '../errors/domain-error.ts';
import { detectCsvDialect } from './csv-dialect.ts';
import type { CsvDialect, DetectedDialect } from './csv-dialect.ts';

/**
 * Every import format (CSV, XLSX, CBS OData) is first read into this shape: a header and
 * rows of text cells, each row with the number a user sees in the file (the CSV line, the
 * spreadsheet row, the JSON array index + 1), so that rejections point at the right place.
 */
export interface TabularFile {
  fileName: string;
  columns: string[];
  rows: { rowNumber: number; cells: string[] }[];
  /** how numbers and dates in the cells are written */
  dialect: CsvDialect;
}

export function parseCsvTable(
  fileName: string,
  text: string,
  override: Partial<CsvDialect> = {},
): { table: TabularFile; dialect: DetectedDialect } {
  const dialect = detectCsvDialect(text, override);
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      delimiter: dialect.delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
    }) as string[][];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw invalidInput(`${fileName} is not a readable CSV file: ${message}`, [
      { name: fileName, reason: message },
    ]);
  }
  const [header, ...body] = records;
  if (!header || header.every((h) => h === '')) {
    throw invalidInput(`${fileName} has no header row.`, [
      { name: `${fileName}:1`, reason: 'the first line must name the columns' },
    ]);
  }
  const rows = body
    .map((cells, i) => ({ rowNumber: i + 2, cells }))
    .filter((r) => r.cells.some((c) => c !== ''));
  return { table: { fileName, columns: header, rows, dialect }, dialect };
}
