import type { TabularFile } from '../imports/tabular-file.ts';

/**
 * GGD-regio's come from the CBS table "Gebieden in Nederland" (one StatLine table per year),
 * which gives every gemeente of that year's division its GGD-regio among many other area
 * classifications. Its columns are numbered per year (`Code_14`/`Naam_15` for the GGD-regio
 * in the OData keys of 2016–2024, but the number moves when CBS adds a classification), and
 * a StatLine CSV export carries label headings ("Lokaliseringen van gemeenten/GGD-regio's/
 * Code (code)") instead. So the columns are found by heading first and by content second
 * (the column whose values look like GG codes), and can always be named by the caller.
 */
export const GGD_REJECTION_REASONS = [
  'missing-column',
  'unknown-gemeente',
  'invalid-ggd-code',
  'gemeente-in-two-ggd-regions',
  'conflicting-ggd-name',
] as const;
export type GgdRejectionReason = (typeof GGD_REJECTION_REASONS)[number];

export interface GgdRejection {
  file: string;
  /** the row as a spreadsheet shows it (the header is row 1) */
  row: number;
  column: string;
  value: string;
  reason: GgdRejectionReason;
  message: string;
}

export interface GgdColumns {
  gemeenteCode: string;
  ggdCode: string;
  ggdName: string;
}

export interface GgdRegionEntry {
  code: string;
  name: string;
  gemeenten: string[];
}

export interface GgdDivision {
  fileName: string;
  /** the municipal division (1 January) the file describes */
  year: number;
  columns: GgdColumns;
  regions: GgdRegionEntry[];
  /** gemeente code → GGD code */
  memberships: Map<string, string>;
  /** gemeenten of the year's division that the file does not place in a GGD-regio */
  uncoveredGemeenten: string[];
  /** how the file was read, for the CLI and the decision record */
  explanation: string[];
}

export interface GgdReadOptions {
  year: number;
  /** the gemeente codes of that year's division in the registry */
  gemeentenOfYear: ReadonlySet<string>;
  columns?: Partial<GgdColumns>;
}

const GG_CODE = /^GG\d{4}$/;
const GM_CODE = /^GM\d{4}$/;
const GEMEENTE_CODE = /^(GM)?\d{1,4}$/i;
/** headings as normalHeading writes them: Code_1 and RegioS of the OData keys first */
const GEMEENTE_CODE_HEADINGS = ['code1', 'regios', 'gemeentecode', 'gemeentecodegm', 'gmcode'];

/**
 * The StatLine table ids of "Gebieden in Nederland" per division year, as CBS published them,
 * so that a file named after its table (85385NED.csv) tells its year.
 */
export const GEBIEDEN_IN_NEDERLAND_TABLES: Readonly<Record<string, number>> = {
  '83287NED': 2016,
  '83553NED': 2017,
  '83859NED': 2018,
  '84378NED': 2019,
  '84721NED': 2020,
  '84929NED': 2021,
  '85067NED': 2022,
  '85385NED': 2023,
  '85755NED': 2024,
};

/** The division year a file name names (a table id or a year from 1995 on), or null. */
export function ggdYearFromFileName(fileName: string): number | null {
  const id = /\d{5}NED/i.exec(fileName)?.[0]?.toUpperCase();
  if (id && GEBIEDEN_IN_NEDERLAND_TABLES[id] !== undefined) return GEBIEDEN_IN_NEDERLAND_TABLES[id];
  const year = /(?:^|\D)(199[5-9]|20\d{2})(?:\D|$)/.exec(fileName)?.[1];
  return year ? Number(year) : null;
}

function normalHeading(heading: string): string {
  return heading.toLowerCase().replace(/[\s_'’-]/g, '');
}

/** The share of a column's non-empty cells that match a pattern. */
function shareMatching(table: TabularFile, index: number, pattern: RegExp): number {
  let filled = 0;
  let matching = 0;
  for (const row of table.rows) {
    const cell = row.cells[index]?.trim() ?? '';
    if (cell === '') continue;
    filled++;
    if (pattern.test(cell)) matching++;
  }
  return filled === 0 ? 0 : matching / filled;
}

function byContent(table: TabularFile, pattern: RegExp): string | undefined {
  return table.columns.find((_, i) => shareMatching(table, i, pattern) >= 0.5);
}

function detectColumns(
  table: TabularFile,
  given: Partial<GgdColumns>,
  explanation: string[],
): Partial<GgdColumns> {
  const found: Partial<GgdColumns> = {};
  const say = (role: string, column: string | undefined, how: string) => {
    if (column !== undefined) explanation.push(`${role}: column '${column}' (${how})`);
    return column;
  };
  const headings = table.columns.map(normalHeading);
  const byHeading = (test: (h: string) => boolean) => {
    const i = headings.findIndex(test);
    return i === -1 ? undefined : table.columns[i];
  };

  found.ggdCode = given.ggdCode
    ? say('GGD-regio code', given.ggdCode, 'given')
    : (say(
        'GGD-regio code',
        byHeading((h) => h.includes('ggd') && h.includes('code')),
        'heading',
      ) ?? say('GGD-regio code', byContent(table, GG_CODE), 'values look like GG codes'));

  let name = given.ggdName ? say('GGD-regio name', given.ggdName, 'given') : undefined;
  name ??= say(
    'GGD-regio name',
    byHeading((h) => h.includes('ggd') && (h.includes('naam') || h.includes('name'))),
    'heading',
  );
  // in the OData keys a classification is a Code_N column followed by its Naam_N+1
  const numbered = found.ggdCode ? /^Code_(\d+)$/i.exec(found.ggdCode) : null;
  if (!name && numbered) {
    const partner = table.columns.find(
      (c) => c.toLowerCase() === `naam_${Number(numbered[1]) + 1}`,
    );
    name = say('GGD-regio name', partner, `the Naam column after ${found.ggdCode}`);
  }
  found.ggdName = name;

  found.gemeenteCode = given.gemeenteCode
    ? say('gemeente code', given.gemeenteCode, 'given')
    : (say(
        'gemeente code',
        // "Regio's" in a StatLine export holds names, not codes: a heading must have codes too
        [
          ...GEMEENTE_CODE_HEADINGS.map((h) => headings.indexOf(h)),
          headings.findIndex((h) => h.includes('codesennamenvangemeenten') && h.includes('code')),
        ]
          .filter((i) => i !== -1 && shareMatching(table, i, GEMEENTE_CODE) >= 0.5)
          .map((i) => table.columns[i])[0],
        'heading',
      ) ?? say('gemeente code', byContent(table, GM_CODE), 'values look like GM codes'));
  return found;
}

/** 363, 0363 and GM0363 are the same gemeente; anything else is returned as it is. */
function gemeenteCode(text: string): string {
  const t = text.trim().toUpperCase();
  if (/^\d{1,4}$/.test(t)) return `GM${t.padStart(4, '0')}`;
  return t;
}

/**
 * Reads a "Gebieden in Nederland" table into the GGD-regio's of one division year and the
 * GGD-regio of each gemeente. It never stores anything: every problem comes back located
 * (file, row, column, value, reason) and a caller stores the division only without any.
 */
export function readGgdDivision(
  table: TabularFile,
  options: GgdReadOptions,
): { division: GgdDivision; rejections: GgdRejection[] } {
  const file = table.fileName;
  const explanation: string[] = [`division year ${options.year}`];
  const rejections: GgdRejection[] = [];
  const found = detectColumns(table, options.columns ?? {}, explanation);
  const index = (role: keyof GgdColumns, what: string): number => {
    const column = found[role];
    const i = column === undefined ? -1 : table.columns.indexOf(column);
    if (i === -1) {
      rejections.push({
        file,
        row: 1,
        column: column ?? what,
        value: table.columns.join(' | '),
        reason: 'missing-column',
        message:
          column === undefined
            ? `no ${what} column found among the headings; name it with the column option`
            : `the column '${column}' is not in the file`,
      });
    }
    return i;
  };
  const gmIndex = index('gemeenteCode', 'gemeente code');
  const codeIndex = index('ggdCode', 'GGD-regio code');
  const nameIndex = index('ggdName', 'GGD-regio name');
  const columns: GgdColumns = {
    gemeenteCode: found.gemeenteCode ?? '',
    ggdCode: found.ggdCode ?? '',
    ggdName: found.ggdName ?? '',
  };
  const memberships = new Map<string, string>();
  const rowOf = new Map<string, number>();
  const regions = new Map<string, GgdRegionEntry>();
  if (gmIndex !== -1 && codeIndex !== -1 && nameIndex !== -1) {
    for (const { rowNumber, cells } of table.rows) {
      const rawGm = cells[gmIndex]?.trim() ?? '';
      const code = (cells[codeIndex]?.trim() ?? '').toUpperCase();
      const name = cells[nameIndex]?.trim() || code;
      // StatLine exports end with a source line ("Bron: CBS.") that names no area
      if (rawGm === '' && code === '') continue;
      const reject = (column: string, value: string, reason: GgdRejectionReason, message: string) =>
        rejections.push({ file, row: rowNumber, column, value, reason, message });
      const gm = gemeenteCode(rawGm);
      if (!options.gemeentenOfYear.has(gm)) {
        reject(
          columns.gemeenteCode,
          rawGm,
          'unknown-gemeente',
          `'${rawGm}' is not a gemeente of the ${options.year} division in the registry`,
        );
        continue;
      }
      if (!GG_CODE.test(code)) {
        reject(
          columns.ggdCode,
          cells[codeIndex] ?? '',
          'invalid-ggd-code',
          'a GGD-regio code is GG followed by four digits (GG3406)',
        );
        continue;
      }
      const earlier = memberships.get(gm);
      if (earlier !== undefined && earlier !== code) {
        reject(
          columns.ggdCode,
          code,
          'gemeente-in-two-ggd-regions',
          `${gm} is in ${earlier} on row ${rowOf.get(gm)} and in ${code} here; a gemeente lies in one GGD-regio`,
        );
        continue;
      }
      const region = regions.get(code);
      if (region && region.name !== name) {
        reject(
          columns.ggdName,
          name,
          'conflicting-ggd-name',
          `${code} is called '${region.name}' on an earlier row`,
        );
        continue;
      }
      if (earlier !== undefined) continue;
      memberships.set(gm, code);
      rowOf.set(gm, rowNumber);
      if (region) region.gemeenten.push(gm);
      else regions.set(code, { code, name, gemeenten: [gm] });
    }
  }
  const uncoveredGemeenten = [...options.gemeentenOfYear].filter((gm) => !memberships.has(gm));
  uncoveredGemeenten.sort();
  explanation.push(
    `${regions.size} GGD-regio's with ${memberships.size} gemeenten` +
      (uncoveredGemeenten.length > 0
        ? `; ${uncoveredGemeenten.length} gemeenten of ${options.year} are not in the file`
        : `; every gemeente of ${options.year} is placed`),
  );
  for (const r of regions.values()) r.gemeenten.sort();
  return {
    division: {
      fileName: file,
      year: options.year,
      columns,
      regions: [...regions.values()].sort((a, b) => a.code.localeCompare(b.code)),
      memberships,
      uncoveredGemeenten,
      explanation,
    },
    rejections,
  };
}
