import { CsvError, parse } from 'csv-parse/sync';
import type { DomainError } from '../errors/domain-error.ts';
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
  let columns: string[] = [];
  const rows: TabularFile['rows'] = [];
  const dialect = forEachCsvRow(fileName, text, override, {
    header: (header) => (columns = header),
    row: (rowNumber, cells) => rows.push({ rowNumber, cells }),
  });
  return { table: { fileName, columns, rows, dialect }, dialect };
}

/**
 * Reads a CSV file a row at a time without keeping its rows: the header first, then every row
 * that has a value, with its number (the header is row 1, as a spreadsheet shows it). A large
 * import validates each row as it is read.
 */
export function forEachCsvRow(
  fileName: string,
  text: string,
  override: Partial<CsvDialect>,
  visit: {
    header(columns: string[], dialect: DetectedDialect): void;
    row(rowNumber: number, cells: string[]): void;
  },
): DetectedDialect {
  const dialect = detectCsvDialect(text, override);
  const body = text.replace(/^\uFEFF/, '');
  if (!body.includes('"') && !/\r(?!\n)/.test(body)) {
    forEachPlainLine(fileName, body, dialect, visit);
    return dialect;
  }
  let sawHeader = false;
  try {
    parse(body, {
      delimiter: dialect.delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
      // returning nothing keeps csv-parse from collecting the records
      on_record: (cells: string[], { records }: { records: number }) => {
        if (!sawHeader) {
          sawHeader = true;
          if (cells.every((h) => h === '')) throw noHeader(fileName);
          visit.header(cells, dialect);
        } else if (cells.some((c) => c !== '')) {
          visit.row(records, cells);
        }
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw invalidInput(`${fileName} is not a readable CSV file: ${message}`, [
      { name: fileName, reason: message },
    ]);
  }
  if (!sawHeader) throw noHeader(fileName);
  return dialect;
}

/**
 * Without a quote character a CSV line is a row and a separator always separates: then
 * splitting lines is all that reading takes, several times faster than the general parser
 * for the large exports that look like this. Rows are numbered and trimmed as csv-parse does.
 */
function forEachPlainLine(
  fileName: string,
  body: string,
  dialect: DetectedDialect,
  visit: Parameters<typeof forEachCsvRow>[3],
): void {
  let start = 0;
  let line = 0;
  while (start < body.length || line === 0) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    const raw =
      body.charCodeAt(end - 1) === 13 ? body.slice(start, end - 1) : body.slice(start, end);
    start = end + 1;
    line++;
    const cells = raw.split(dialect.delimiter);
    for (let i = 0; i < cells.length; i++) cells[i] = cells[i]!.trim();
    if (line === 1) {
      if (cells.every((h) => h === '')) throw noHeader(fileName);
      visit.header(cells, dialect);
    } else if (cells.some((c) => c !== '')) {
      visit.row(line, cells);
    }
  }
}

function noHeader(fileName: string): DomainError {
  return invalidInput(`${fileName} has no header row.`, [
    { name: `${fileName}:1`, reason: 'the first line must name the columns' },
  ]);
}
