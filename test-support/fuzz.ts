import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';

/**
 * Property-based fuzzing (fast-check) of everything that reads input from outside: the
 * importers, the framework definitions and signal intake. Each fuzz file names its CI run
 * count; `FUZZ_RUNS=20000 vitest run <file>` runs the long form with that many inputs per
 * property instead, from a new random seed each time (and FUZZ_SEED=<n> replays a run that
 * fast-check reported). The CI form uses one fixed seed, so that a red CI run means a change
 * broke something, not that the dice found an old bug: new inputs are the long form's job.
 */
const CI_SEED = 20_261_123;

export function fuzzParameters(ciRuns: number): { numRuns: number; seed?: number } {
  const runs = Number(process.env['FUZZ_RUNS']);
  const seed = Number(process.env['FUZZ_SEED']);
  const longForm = Number.isInteger(runs) && runs > 0;
  return {
    numRuns: longForm ? runs : ciRuns,
    ...(Number.isInteger(seed) ? { seed } : longForm ? {} : { seed: CI_SEED }),
  };
}

/** Per-test time limit: the CI default, or a day for the long form (FUZZ_RUNS set). */
export const fuzzTimeout: number | undefined = process.env['FUZZ_RUNS']
  ? 24 * 3_600_000
  : undefined;

/** Cell texts that have broken importers elsewhere: formulas, non-numbers, impossible dates. */
export const nastyCell: Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '=1+1',
    '=HYPERLINK("http://x","y")',
    '+31',
    '-',
    '@SUM(A1:A9)',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e309',
    '-0',
    '0x1F',
    '1.234.567,89',
    '1,234,567.89',
    '12,5',
    '31-02-2021',
    '2021-02-31',
    '2021-13-01',
    '00-00-0000',
    '2021-W54',
    '2021-Q5',
    ' GM0363 ',
    'gm0363',
    'GM 0363',
    '\u00a0GM0363',
    'GM0363\u200b',
    '"',
    '""',
    '"unterminated',
    '\u0000',
    '\uFEFF',
    '\uFFFD',
    'é',
    '\ud800',
    ';',
    ',',
    '\t',
    '\r',
    '',
  ),
  fc.string({ maxLength: 12 }),
  fc.double().map(String),
  fc.integer().map(String),
);

/** A huge field: long enough to trip a naive buffer, short enough to keep CI fast. */
export const hugeCell: Arbitrary<string> = fc
  .tuple(fc.constantFrom('x', '9', ' ', '"', ';', 'é'), fc.integer({ min: 10_000, max: 200_000 }))
  .map(([c, n]) => c.repeat(n));

export type Mutation =
  | { kind: 'replace-cell'; row: number; column: number; text: string }
  | { kind: 'drop-cell'; row: number }
  | { kind: 'add-cell'; row: number; text: string }
  | { kind: 'duplicate-row'; row: number }
  | { kind: 'drop-row'; row: number }
  | { kind: 'swap-columns'; a: number; b: number };

export const mutation = (cell: Arbitrary<string> = nastyCell): Arbitrary<Mutation> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('replace-cell' as const),
        row: fc.nat(),
        column: fc.nat(),
        text: cell,
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop-cell' as const), row: fc.nat() }) },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('add-cell' as const), row: fc.nat(), text: cell }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('duplicate-row' as const), row: fc.nat() }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop-row' as const), row: fc.nat() }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('swap-columns' as const),
        a: fc.nat(),
        b: fc.nat(),
      }),
    },
  );

/** Applies mutations to a table (header included as row 0): ragged rows, bad cells, duplicates. */
export function mutateTable(
  table: readonly (readonly string[])[],
  mutations: readonly Mutation[],
): string[][] {
  const rows = table.map((r) => [...r]);
  for (const m of mutations) {
    if (rows.length === 0) break;
    const at = (n: number) => n % rows.length;
    switch (m.kind) {
      case 'replace-cell': {
        const row = rows[at(m.row)]!;
        if (row.length > 0) row[m.column % row.length] = m.text;
        break;
      }
      case 'drop-cell':
        rows[at(m.row)]!.pop();
        break;
      case 'add-cell':
        rows[at(m.row)]!.push(m.text);
        break;
      case 'duplicate-row':
        rows.splice(at(m.row), 0, [...rows[at(m.row)]!]);
        break;
      case 'drop-row':
        rows.splice(at(m.row), 1);
        break;
      case 'swap-columns':
        for (const row of rows) {
          const a = m.a % Math.max(1, row.length);
          const b = m.b % Math.max(1, row.length);
          [row[a], row[b]] = [row[b]!, row[a]!];
        }
        break;
      default: {
        const never: never = m;
        throw new Error(`unknown mutation ${String(never)}`);
      }
    }
  }
  return rows;
}

/** How a table becomes a file: separators, quoting, line ends, BOM and encoding all vary. */
export interface CsvStyle {
  delimiter: ',' | ';' | '\t' | '|';
  quote: 'never' | 'always' | 'broken';
  lineEnd: '\n' | '\r\n' | '\r';
  bom: boolean;
  encoding: 'utf-8' | 'latin1' | 'utf-16le';
}

export const csvStyle: Arbitrary<CsvStyle> = fc.record({
  delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const, '|' as const),
  quote: fc.constantFrom('never' as const, 'always' as const, 'broken' as const),
  lineEnd: fc.constantFrom('\n' as const, '\r\n' as const, '\r' as const),
  bom: fc.boolean(),
  encoding: fc.constantFrom(
    'utf-8' as const,
    'utf-8' as const,
    'latin1' as const,
    'utf-16le' as const,
  ),
});

export function writeCsv(rows: readonly (readonly string[])[], style: CsvStyle): Uint8Array {
  const cell = (text: string, index: number) =>
    style.quote === 'always'
      ? `"${text.replaceAll('"', '""')}"`
      : style.quote === 'broken' && index === 0
        ? `"${text}`
        : text;
  const text =
    (style.bom ? '\uFEFF' : '') +
    rows.map((r) => r.map(cell).join(style.delimiter)).join(style.lineEnd) +
    style.lineEnd;
  switch (style.encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'latin1':
      return new Uint8Array(Buffer.from(text, 'latin1'));
    case 'utf-16le':
      return new Uint8Array(Buffer.from(text, 'utf16le'));
    default: {
      const never: never = style.encoding;
      throw new Error(`unknown encoding ${String(never)}`);
    }
  }
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Replaces the node at a path of a JSON tree (each step taken modulo the node's size). */
export function mutateAt(tree: Json, path: readonly number[], value: Json): Json {
  if (path.length === 0 || tree === null || typeof tree !== 'object') return value;
  const [step, ...rest] = path as [number, ...number[]];
  if (Array.isArray(tree)) {
    if (tree.length === 0) return value;
    const copy = [...tree];
    copy[step % copy.length] = mutateAt(copy[step % copy.length]!, rest, value);
    return copy;
  }
  const keys = Object.keys(tree);
  if (keys.length === 0) return value;
  const key = keys[step % keys.length]!;
  return { ...tree, [key]: mutateAt(tree[key]!, rest, value) };
}

/** Any JSON value, deep and wide enough to reach into nested validators. */
export const anyJson: Arbitrary<unknown> = fc.jsonValue({ maxDepth: 4 });
