/**
 * The one place where Weegschaal writes spreadsheet files; every CSV (and any future XLSX)
 * export goes through `neutraliseCell`, in the browser and on the server alike.
 *
 * CSV of the data a page shows (RFC 4180: comma, double quotes, CRLF; numbers with a decimal
 * point; dates as YYYY-MM-DD), so that what a reader downloads is what they saw. A UTF-8 byte
 * order mark makes spreadsheet programs read the accents of region names correctly.
 *
 * Text cells that start with = + - @ (or a tab or carriage return) are what a spreadsheet
 * executes as a formula ("CSV injection"); they get a leading apostrophe so that they stay
 * text. Numbers are written as numbers: a negative number is data, not a formula.
 */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutraliseCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** A file name from parts: lower case, only letters, digits and hyphens. */
export function csvFileName(...parts: string[]): string {
  const base = parts
    .map((p) =>
      p
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
    )
    .filter(Boolean)
    .join('_');
  return `${base || 'data'}.csv`;
}
