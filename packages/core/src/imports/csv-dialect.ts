/**
 * CSV files come in two conventions: Dutch (`;` between fields, decimal comma, dates as
 * dd-mm-jjjj, as Excel writes them on a Dutch machine) and international (`,`, decimal
 * point, ISO dates). The dialect is detected from the file and can be overridden.
 */
export interface CsvDialect {
  delimiter: ';' | ',' | '\t';
  decimalSeparator: ',' | '.';
  /** 'dmy' reads 31-12-2021 and 31/12/2021; ISO dates are always understood */
  dateOrder: 'iso' | 'dmy';
}

export interface DetectedDialect extends CsvDialect {
  convention: 'dutch' | 'international' | 'mixed';
  /** why each choice was made, for the preview and the CLI */
  reasons: string[];
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

const DUTCH_NUMBER = /^-?\d{1,3}(\.\d{3})*,\d+$|^-?\d+,\d+$/;
const DMY_DATE = /^\d{1,2}[-/]\d{1,2}[-/]\d{4}$/;

export function detectCsvDialect(
  text: string,
  override: Partial<CsvDialect> = {},
): DetectedDialect {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(0, 50);
  const header = lines[0] ?? '';
  const reasons: string[] = [];
  let delimiter: CsvDialect['delimiter'];
  if (override.delimiter) {
    delimiter = override.delimiter;
    reasons.push(`separator '${delimiter}' given`);
  } else {
    const counts = { ';': count(header, ';'), ',': count(header, ','), '\t': count(header, '\t') };
    delimiter = (Object.entries(counts).sort((a, b) => b[1] - a[1])[0]![0] ??
      ',') as CsvDialect['delimiter'];
    if (counts[delimiter] === 0) delimiter = ',';
    reasons.push(
      `separator '${delimiter === '\t' ? 'tab' : delimiter}': the header has ${counts[';']} ';', ${counts[',']} ',' and ${counts['\t']} tabs`,
    );
  }
  const cells = lines
    .slice(1)
    .flatMap((l) => l.split(delimiter))
    .map((c) => c.trim().replace(/^"|"$/g, '').trim());

  let decimalSeparator: CsvDialect['decimalSeparator'];
  if (override.decimalSeparator) {
    decimalSeparator = override.decimalSeparator;
    reasons.push(`decimal '${decimalSeparator}' given`);
  } else {
    const commaNumbers = delimiter === ',' ? 0 : cells.filter((c) => DUTCH_NUMBER.test(c)).length;
    decimalSeparator = commaNumbers > 0 ? ',' : delimiter === ';' ? ',' : '.';
    reasons.push(
      commaNumbers > 0
        ? `decimal comma: ${commaNumbers} values like '${cells.find((c) => DUTCH_NUMBER.test(c))}'`
        : `decimal '${decimalSeparator}': usual with separator '${delimiter}'`,
    );
  }

  let dateOrder: CsvDialect['dateOrder'];
  if (override.dateOrder) {
    dateOrder = override.dateOrder;
    reasons.push(`date order ${dateOrder} given`);
  } else {
    const dmy = cells.find((c) => DMY_DATE.test(c));
    dateOrder = dmy ? 'dmy' : 'iso';
    reasons.push(dmy ? `dates as dd-mm-jjjj, e.g. '${dmy}'` : 'dates as ISO yyyy-mm-dd');
  }

  const dutch = [delimiter === ';', decimalSeparator === ',', dateOrder === 'dmy'];
  const convention = dutch.every(Boolean)
    ? 'dutch'
    : dutch.some(Boolean)
      ? delimiter === ';' && decimalSeparator === ','
        ? 'dutch'
        : 'mixed'
      : 'international';
  return { delimiter, decimalSeparator, dateOrder, convention, reasons };
}

/** A number in the dialect, or null when the text is not one. Empty text is not a number. */
export function parseNumber(
  text: string,
  dialect: Pick<CsvDialect, 'decimalSeparator'>,
): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (t === '') return null;
  let normal: string;
  if (dialect.decimalSeparator === ',') {
    if (!/^[-+]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(t)) return null;
    normal = t.replaceAll('.', '').replace(',', '.');
  } else {
    if (!/^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][-+]?\d+)?$/.test(t)) return null;
    normal = t.replaceAll(',', '');
  }
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

/** Turns a dd-mm-jjjj (or dd/mm/jjjj) date into ISO; anything else is returned as it is. */
export function normaliseDate(text: string, dialect: Pick<CsvDialect, 'dateOrder'>): string {
  const t = text.trim();
  if (dialect.dateOrder !== 'dmy') return t;
  const m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(t);
  if (!m) return t;
  return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}
