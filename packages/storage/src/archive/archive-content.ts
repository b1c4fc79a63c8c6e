import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { sql } from 'kysely';
import type { Executor } from '../database.ts';
import { fromDatabase, orderByExpression, selectExpression } from './archive-codec.ts';
import type { ArchiveValue } from './archive-codec.ts';
import { readArchiveSchema } from './archive-schema.ts';
import type { ArchiveTable } from './archive-schema.ts';

const FETCH_SIZE = 2000;

/**
 * SHA-256 over the canonical content: per table its name and column list, then each row as
 * its canonical JSON array, newline-terminated, in archive order. Nothing else (file
 * compression, creation time, sequence positions) goes in, so a database and every archive
 * of it have one hash.
 */
export class ContentHasher {
  readonly #hash: Hash = createHash('sha256');

  table(table: { name: string; columns: readonly { name: string; type: string }[] }): void {
    const columns = table.columns.map((c) => [c.name, c.type]);
    this.#hash.update(`${JSON.stringify({ table: table.name, columns })}\n`);
  }

  row(values: readonly ArchiveValue[]): void {
    this.#hash.update(`${JSON.stringify(values)}\n`);
  }

  digest(): string {
    return this.#hash.digest('hex');
  }
}

/** The rows of one table in canonical order and encoding, read through a cursor. */
export async function* readTableRows(
  trx: Executor,
  table: ArchiveTable,
  cursorName: string,
): AsyncGenerator<ArchiveValue[]> {
  const exprs = table.columns.map((c, i) => sql`${selectExpression(c)} as ${sql.ref(`c${i}`)}`);
  const cursor = sql.raw(cursorName);
  await sql`declare ${cursor} no scroll cursor for select ${sql.join(exprs)} from ${sql.table(
    table.name,
  )} order by ${orderByExpression(table)}`.execute(trx);
  try {
    for (;;) {
      const page = await sql<Record<string, unknown>>`fetch ${sql.raw(
        String(FETCH_SIZE),
      )} from ${cursor}`.execute(trx);
      for (const raw of page.rows) {
        yield table.columns.map((c, i) => fromDatabase(c, raw[`c${i}`]));
      }
      if (page.rows.length < FETCH_SIZE) return;
    }
  } finally {
    await sql`close ${cursor}`.execute(trx);
  }
}

/**
 * Runs `work` on one consistent snapshot: the caller's transaction, or a new repeatable-read
 * transaction, so that a table read late sees the same moment as one read early.
 */
export async function onSnapshot<T>(db: Executor, work: (trx: Executor) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().setIsolationLevel('repeatable read').execute(work);
}

/** The content hash of the database (see ContentHasher); what `weegschaal archive hash` prints. */
export async function contentHash(db: Executor): Promise<string> {
  return onSnapshot(db, async (trx) => {
    const hasher = new ContentHasher();
    const tables = await readArchiveSchema(trx);
    for (const [index, table] of tables.entries()) {
      hasher.table(table);
      for await (const row of readTableRows(trx, table, `archive_hash_${index}`)) hasher.row(row);
    }
    return hasher.digest();
  });
}
