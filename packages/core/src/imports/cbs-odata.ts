import { invalidInput } from '../errors/domain-error.ts';
import type { TabularFile } from './tabular-file.ts';

/**
 * CBS StatLine serves tables as OData. Version 4 (datasets.cbs.nl, "Observations") is
 * long: one object per value with `Measure`, `Value` and a member per dimension; version 3
 * (opendata.cbs.nl TypedDataSet) is wide: one object per region × period with a member per
 * measure. Both become a table; codes are trimmed because StatLine pads them ('GM0363  ').
 */
/**
 * A JSON value as cell text. Objects and arrays are written as JSON: String() would call a
 * member named toString, and an object such as {"toString": 1} cannot become text that way.
 */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v).trim();
}

export function parseCbsOData(fileName: string, json: unknown): TabularFile {
  const value =
    json !== null && typeof json === 'object' && 'value' in json
      ? (json as { value: unknown }).value
      : undefined;
  if (!Array.isArray(value)) {
    throw invalidInput(`${fileName} is not CBS OData: it has no "value" array.`, [
      { name: fileName, reason: 'expected an OData response: { "value": [ ... ] }' },
    ]);
  }
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const item of value) {
    if (item === null || typeof item !== 'object') continue;
    for (const key of Object.keys(item)) {
      if (!seen.has(key) && !key.startsWith('@') && !key.startsWith('odata.')) {
        seen.add(key);
        columns.push(key);
      }
    }
  }
  const rows = value.map((item, i) => ({
    rowNumber: i + 1,
    cells: columns.map((c) => {
      const v =
        item !== null && typeof item === 'object'
          ? (item as Record<string, unknown>)[c]
          : undefined;
      const text = cellText(v);
      if (text.includes('\u0000')) {
        throw invalidInput(`${fileName} row ${i + 1}, ${c}: the value holds a NUL character.`, [
          { name: `${fileName}:${i + 1}:${c}`, reason: 'NUL character; values must be text' },
        ]);
      }
      return text;
    }),
  }));
  return {
    fileName,
    columns,
    rows,
    dialect: { delimiter: ',', decimalSeparator: '.', dateOrder: 'iso' },
  };
}
