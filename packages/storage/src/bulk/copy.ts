import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CompiledQuery } from 'kysely';
import type { PGlite as KyselyPGlite } from 'kysely';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Executor } from '../database.ts';

/**
 * Bulk loading with PostgreSQL's own COPY, through Kysely, inside the caller's transaction.
 * Kysely has no COPY, and its connections hide the driver's client, so the rows travel as the
 * single parameter of a `copy … from stdin` statement and the two drivers are wrapped (in
 * openDatabase) to recognise that parameter: `pg` streams it with COPY FROM STDIN
 * (pg-copy-streams), PGlite hands it over as the '/dev/blob' file of `COPY … FROM '/dev/blob'`.
 * Any other statement passes through untouched.
 */
export class CopyRows {
  /** the rows in COPY's text format, whole lines per chunk; read once */
  readonly chunks: Iterable<string>;
  constructor(chunks: Iterable<string>) {
    this.chunks = chunks;
  }
}

const STDIN = / from stdin$/i;

/** COPY's text format: backslash, tab, newline and carriage return are escaped. */
export function copyText(value: string): string {
  return /[\\\t\n\r]/.test(value)
    ? value
        .replaceAll('\\', '\\\\')
        .replaceAll('\t', '\\t')
        .replaceAll('\n', '\\n')
        .replaceAll('\r', '\\r')
    : value;
}

/** COPY's text format for a number column; null is `\N`. */
export function copyNumber(value: number | null): string {
  return value === null ? '\\N' : String(value);
}

const copyCapable = new WeakSet<object>();

/** openDatabase marks the databases whose drivers it wrapped. */
export function markCopyCapable(db: object): void {
  copyCapable.add(db);
}

export function isCopyCapable(db: object): boolean {
  return copyCapable.has(db);
}

/** Appends rows to `table (columns)` with COPY; the caller owns the transaction. */
export async function copyInto(
  db: Executor,
  target: string,
  chunks: Iterable<string>,
): Promise<void> {
  await db.executeQuery(CompiledQuery.raw(`copy ${target} from stdin`, [new CopyRows(chunks)]));
}

function isCopy(text: string, params: readonly unknown[] | undefined): CopyRows | null {
  const first = params?.[0];
  return params?.length === 1 && first instanceof CopyRows && STDIN.test(text) ? first : null;
}

/**
 * Marks a hot statement to be prepared once per connection: its text must begin with the
 * marker and must not vary (only its parameters do). PostgreSQL then parses it once and, after
 * a few runs, reuses one plan, where an unnamed statement is planned on every run (about 1 ms
 * for the start page's). PGlite runs it as any other statement.
 */
export function preparedStatement(name: string): string {
  return `/* prepared:${name} */`;
}

const PREPARED = /^\/\* prepared:([a-z0-9-]+) \*\//;

/**
 * A pg client that runs a CopyRows statement as COPY FROM STDIN and a statement marked by
 * preparedStatement as a named one (used by the pool).
 */
export class CopyCapableClient extends pg.Client {
  // the overloads of pg's query() cannot be restated one by one here
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const rows = typeof args[0] === 'string' ? isCopy(args[0], args[1]) : null;
    if (rows) return this.#copyIn(args[0] as string, rows);
    const prepared = typeof args[0] === 'string' ? PREPARED.exec(args[0]) : null;
    if (prepared && args.length === 2 && Array.isArray(args[1])) {
      return super.query({ name: prepared[1]!, text: args[0] as string, values: args[1] });
    }
    return (super.query as (...a: unknown[]) => unknown).apply(this, args);
  }

  async #copyIn(text: string, rows: CopyRows) {
    const stream = (super.query as (q: unknown) => ReturnType<typeof copyFrom>).call(
      this,
      copyFrom(text),
    );
    await pipeline(Readable.from(rows.chunks), stream);
    return { command: 'COPY', rowCount: stream.rowCount, rows: [] };
  }
}

type PGliteQuery = PGlite['query'];

/** PGlite copies a blob into its own memory: a blob at a time keeps that copy small. */
const BLOB_CHARS = 16 << 20;

function withCopy(query: PGliteQuery): PGliteQuery {
  return (async (text: string, params?: unknown[], options?: Parameters<PGliteQuery>[2]) => {
    const rows = isCopy(text, params);
    if (!rows) return query(text, params, options);
    const fromBlob = text.replace(STDIN, ` from '/dev/blob'`);
    let parts: string[] = [];
    let chars = 0;
    let affectedRows = 0;
    const flush = async () => {
      const result = await query(fromBlob, [], { ...options, blob: new Blob(parts) });
      affectedRows += result.affectedRows ?? 0;
      parts = [];
      chars = 0;
    };
    for (const chunk of rows.chunks) {
      parts.push(chunk);
      chars += chunk.length;
      if (chars >= BLOB_CHARS) await flush();
    }
    if (parts.length > 0) await flush();
    return { rows: [], fields: [], affectedRows };
  }) as PGliteQuery;
}

/** The PGlite instance as Kysely sees it, running a CopyRows statement as COPY FROM '/dev/blob'. */
export function copyCapablePGlite(pglite: PGlite): KyselyPGlite {
  return {
    get closed() {
      return pglite.closed;
    },
    get ready() {
      return pglite.ready;
    },
    get waitReady() {
      return pglite.waitReady;
    },
    close: () => pglite.close(),
    query: withCopy(pglite.query.bind(pglite)),
    transaction: (callback) =>
      pglite.transaction((tx) =>
        callback({ query: withCopy(tx.query.bind(tx)), rollback: () => tx.rollback() }),
      ),
  } as KyselyPGlite;
}
