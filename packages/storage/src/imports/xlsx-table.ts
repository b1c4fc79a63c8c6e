import ExcelJS from 'exceljs';
import { invalidInput } from '@weegschaal/core';
import type { TabularFile } from '@weegschaal/core';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel dates have no time zone; exceljs gives them as UTC midnight
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('text' in value) return String(value.text).trim();
  if ('error' in value) return '';
  return String(value);
}

/**
 * Reads the first worksheet of an XLSX file: row 1 names the columns. Numbers stay numbers
 * (written with a decimal point) and dates become ISO days, so the sheet's locale does not
 * matter; row numbers are the spreadsheet's own.
 */
export async function parseXlsxTable(fileName: string, bytes: Uint8Array): Promise<TabularFile> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw invalidInput(`${fileName} is not a readable XLSX file: ${message}`, [
      { name: fileName, reason: message },
    ]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    throw invalidInput(`${fileName} has no worksheet.`, [
      { name: fileName, reason: 'no worksheet' },
    ]);
  }
  const header: string[] = [];
  const rows: TabularFile['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    // row.values is sparse (a hole for every empty cell); map() would keep the holes
    const cells = Array.from(values, (v) => cellText(v as ExcelJS.CellValue));
    if (header.length === 0) header.push(...cells);
    else if (cells.some((c) => c !== '')) rows.push({ rowNumber, cells });
  });
  if (header.length === 0) {
    throw invalidInput(`${fileName} has no header row.`, [
      { name: `${fileName}:1`, reason: 'row 1 must name the columns' },
    ]);
  }
  const dmy = rows.some((r) => r.cells.some((c) => /^\d{1,2}-\d{1,2}-\d{4}$/.test(c)));
  return {
    fileName,
    columns: header,
    rows,
    dialect: { delimiter: ',', decimalSeparator: '.', dateOrder: dmy ? 'dmy' : 'iso' },
  };
}
