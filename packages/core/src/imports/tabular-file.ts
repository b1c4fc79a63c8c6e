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
  const { columns, rows, dialect } = readCsvRows(fileName, text, override);
  return { table: { fileName, columns, rows: [...rows], dialect }, dialect };
}

export interface CsvRows {
  dialect: DetectedDialect;
  columns: string[];
  /** every row that has a value, with its number (the header is row 1, as a spreadsheet shows it) */
  rows: Iterable<{ rowNumber: number; cells: string[] }>;
}

/**
 * Reads a CSV file's header, and its rows as they are asked for, so that a large import can
 * validate and store each part of the file while the next is read, and never holds the whole
 * table. Without a quote character a CSV line is a row and a separator always separates: then
 * splitting lines is all that reading takes, several times faster than the general parser,
 * for the large machine exports that look like this; rows are numbered and trimmed as
 * csv-parse does. Anything else goes through csv-parse.
 */
export function readCsvRows(
  fileName: string,
  text: string,
  override: Partial<CsvDialect> = {},
): CsvRows {
  const dialect = detectCsvDialect(text, override);
  const body = text.replace(/^\uFEFF/, '');
  const nul = body.indexOf('\u0000');
  if (nul !== -1) throw notText(fileName, body, nul);
  if (!body.includes('"') && !/\r(?!\n)/.test(body)) {
    const lines = plainLines(body, dialect.delimiter);
    const first = lines.next();
    const columns = first.done ? [] : first.value.cells;
    if (columns.every((h) => h === '')) throw noHeader(fileName);
    return { dialect, columns, rows: { [Symbol.iterator]: () => lines } };
  }
  let columns: string[] | null = null;
  const rows: { rowNumber: number; cells: string[] }[] = [];
  try {
    parse(body, {
      delimiter: dialect.delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
      // returning nothing keeps csv-parse from collecting the records a second time
      on_record: (cells: string[], { records }: { records: number }) => {
        if (columns === null) columns = cells;
        else if (cells.some((c) => c !== '')) rows.push({ rowNumber: records, cells });
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw invalidInput(`${fileName} is not a readable CSV file: ${error.message}`, [
      { name: fileName, reason: error.message },
    ]);
  }
  const header: string[] = columns ?? [];
  if (header.every((h) => h === '')) throw noHeader(fileName);
  return { dialect, columns: header, rows };
}

function* plainLines(
  body: string,
  delimiter: string,
): Generator<{ rowNumber: number; cells: string[] }, void, undefined> {
  let start = 0;
  let line = 0;
  while (start < body.length || line === 0) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    const raw =
      body.charCodeAt(end - 1) === 13 ? body.slice(start, end - 1) : body.slice(start, end);
    start = end + 1;
    line++;
    const cells = raw.split(delimiter);
    for (let i = 0; i < cells.length; i++) cells[i] = cells[i]!.trim();
    // the header is yielded even when empty; rows only when they hold a value
    if (line === 1 || cells.some((c) => c !== '')) yield { rowNumber: line, cells };
  }
}

/**
 * A NUL character is never text: it is what a UTF-16 file (Excel's "Unicode text") or a
 * binary file looks like when read as UTF-8. PostgreSQL cannot store it either, so it is
 * refused here, with the line it is on, before anything else reads the file.
 */
function notText(fileName: string, body: string, at: number): DomainError {
  let line = 1;
  for (let i = body.indexOf('\n'); i !== -1 && i < at; i = body.indexOf('\n', i + 1)) line++;
  return invalidInput(
    `${fileName} line ${line} holds a NUL character: it is not UTF-8 text (saved as UTF-16 or binary?). Save it as "CSV UTF-8".`,
    [{ name: `${fileName}:${line}`, reason: 'NUL character; the file must be UTF-8 text' }],
  );
}

function noHeader(fileName: string): DomainError {
  return invalidInput(`${fileName} has no header row.`, [
    { name: `${fileName}:1`, reason: 'the first line must name the columns' },
  ]);
}
