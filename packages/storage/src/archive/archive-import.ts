import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { conflict } from '@weegschaal/core';
import type { Database, Executor } from '../database.ts';
import { insertExpression, invalidReason } from './archive-codec.ts';
import { refreshObservationHeads } from '../observation/observation-head.repository.ts';
import type { ArchiveValue } from './archive-codec.ts';
import { contentHash } from './archive-content.ts';
import { schemaVersionOf } from './archive-export.ts';
import type { ArchiveHeader, ArchiveSummary } from './archive-export.ts';
import { readArchive } from './archive-file.ts';
import { archiveError } from './archive-reader.ts';
import { ARCHIVE_EXCLUDED_COLUMNS, readArchiveSchema } from './archive-schema.ts';
import type { ArchiveTable } from './archive-schema.ts';

interface PendingRow {
  line: number;
  values: ArchiveValue[];
}

const PARAMETERS_PER_STATEMENT = 20_000;

/** The target's schema must be the file's, column for column. */
function checkSchema(file: string, header: ArchiveHeader, target: ArchiveTable[]): void {
  const names = (tables: { name: string }[]) => tables.map((t) => t.name).join(', ');
  if (names(header.tables) !== names(target)) {
    throw conflict(
      `archive ${file}: its tables (${names(header.tables)}) differ from the database's (${names(target)})`,
    );
  }
  for (const [i, table] of target.entries()) {
    const columns = header.tables[i]!.columns;
    const ours = table.columns.map((c) => `${c.name} ${c.type}`).join(', ');
    const theirs = columns.map((c) => `${c.name} ${c.type}`).join(', ');
    if (ours !== theirs) {
      throw conflict(
        `archive ${file}: table ${table.name} has columns (${theirs}) but the database has (${ours})`,
      );
    }
  }
}

async function assertEmpty(file: string, trx: Executor, tables: ArchiveTable[]): Promise<void> {
  const filled: string[] = [];
  for (const table of tables) {
    const found = await sql<{
      one: number;
    }>`select 1 as one from ${sql.table(table.name)} limit 1`.execute(trx);
    if (found.rows.length > 0) filled.push(table.name);
  }
  if (filled.length > 0) {
    throw conflict(
      `archive ${file}: the target database is not empty (rows in ${filled.slice(0, 5).join(', ')}` +
        `${filled.length > 5 ? ` and ${filled.length - 5} more tables` : ''}); ` +
        'import only into a new, migrated database',
    );
  }
}

/** Columns the archive leaves out but the table requires: written with their fill value. */
function fillColumns(table: ArchiveTable): { name: string; fillSql: string }[] {
  return Object.entries(ARCHIVE_EXCLUDED_COLUMNS)
    .filter(([key]) => key.startsWith(`${table.name}.`))
    .map(([key, spec]) => ({ name: key.slice(table.name.length + 1), fillSql: spec.fillSql }));
}

async function insertRows(trx: Executor, table: ArchiveTable, rows: PendingRow[]): Promise<void> {
  const fills = fillColumns(table);
  const names = [...table.columns.map((c) => c.name), ...fills.map((f) => f.name)];
  const overriding = table.hasIdentity ? sql`overriding system value` : sql``;
  const tuples = rows.map(
    (row) =>
      sql`(${sql.join([
        ...table.columns.map((c, i) => insertExpression(c, row.values[i]!)),
        ...fills.map((f) => sql.raw(f.fillSql)),
      ])})`,
  );
  await sql`insert into ${sql.table(table.name)} (${sql.join(
    names.map((n) => sql.ref(n)),
  )}) ${overriding} values ${sql.join(tuples)}`.execute(trx);
}

/**
 * Inserts a batch; when the database refuses it (a check, a foreign key), retries row by row
 * under savepoints to name the line that caused it.
 */
async function insertLocated(
  file: string,
  trx: Executor,
  table: ArchiveTable,
  rows: PendingRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await sql`savepoint archive_batch`.execute(trx);
  try {
    await insertRows(trx, table, rows);
    await sql`release savepoint archive_batch`.execute(trx);
    return;
  } catch (batchError) {
    await sql`rollback to savepoint archive_batch`.execute(trx);
    for (const row of rows) {
      try {
        await insertRows(trx, table, [row]);
      } catch (error) {
        throw archiveError(
          file,
          { line: row.line, table: table.name },
          `the database refused the row: ${(error as Error).message}`,
        );
      }
    }
    throw batchError;
  }
}

/** Rows of a table that references itself, ordered so that each parent precedes its children. */
function parentsFirst(file: string, table: ArchiveTable, rows: PendingRow[]): PendingRow[] {
  const index = (name: string) => table.columns.findIndex((c) => c.name === name);
  const keyOf = (row: PendingRow, columns: string[]) =>
    JSON.stringify(columns.map((c) => row.values[index(c)]));
  const present = new Set<string>();
  const ordered: PendingRow[] = [];
  let waiting = rows;
  while (waiting.length > 0) {
    const next: PendingRow[] = [];
    for (const row of waiting) {
      const ready = table.selfReferences.every((ref) => {
        const values = ref.columns.map((c) => row.values[index(c)]);
        return (
          values.some((v) => v === null) ||
          keyOf(row, ref.referenced) === keyOf(row, ref.columns) ||
          present.has(`${ref.referenced.join(',')}=${keyOf(row, ref.columns)}`)
        );
      });
      if (!ready) {
        next.push(row);
        continue;
      }
      ordered.push(row);
      for (const ref of table.selfReferences) {
        present.add(`${ref.referenced.join(',')}=${keyOf(row, ref.referenced)}`);
      }
    }
    if (next.length === waiting.length) {
      throw archiveError(
        file,
        { line: next[0]!.line, table: table.name },
        'the row refers to a row of the same table that is not in the archive (or a cycle)',
      );
    }
    waiting = next;
  }
  return ordered;
}

/**
 * Imports an archive into an empty database migrated to the archive's schema version, in one
 * transaction: every value is checked against its column first (errors name line, table and
 * column), the file's own content hash is checked, and at the end the database's content hash
 * must equal the file's. On any error nothing remains.
 */
export async function importArchive(db: Kysely<Database>, file: string): Promise<ArchiveSummary> {
  return db.transaction().execute(async (trx) => {
    let header: ArchiveHeader | null = null;
    let tables: ArchiveTable[] = [];
    let schemaVersion = '';
    let pending: PendingRow[] = [];
    let pendingTable: ArchiveTable | null = null;
    const counts = new Map<string, number>();
    let trailerHash = '';

    const flush = async () => {
      if (!pendingTable) return;
      const rows =
        pendingTable.selfReferences.length > 0
          ? parentsFirst(file, pendingTable, pending)
          : pending;
      const perStatement = Math.max(
        1,
        Math.floor(PARAMETERS_PER_STATEMENT / (pendingTable.columns.length + 1)),
      );
      for (let i = 0; i < rows.length; i += perStatement) {
        await insertLocated(file, trx, pendingTable, rows.slice(i, i + perStatement));
      }
      pending = [];
    };

    for await (const event of readArchive(file)) {
      if (event.kind === 'header') {
        header = event.header;
        schemaVersion = await schemaVersionOf(trx);
        if (header.schemaVersion !== schemaVersion) {
          throw conflict(
            `archive ${file} has schema version ${header.schemaVersion} but the database is at ${schemaVersion}; ` +
              'import into a database migrated to exactly that version',
          );
        }
        tables = await readArchiveSchema(trx);
        checkSchema(file, header, tables);
        await assertEmpty(file, trx, tables);
        continue;
      }
      if (event.kind === 'end') {
        trailerHash = event.trailer.contentHash;
        continue;
      }
      const table = tables[event.tableIndex]!;
      if (pendingTable !== table) {
        await flush();
        pendingTable = table;
      }
      for (const [i, column] of table.columns.entries()) {
        const reason = invalidReason(column, event.row[i]);
        if (reason !== null) {
          throw archiveError(
            file,
            { line: event.line, table: table.name, column: column.name },
            reason,
            event.row[i],
          );
        }
      }
      pending.push({ line: event.line, values: event.row });
      counts.set(table.name, (counts.get(table.name) ?? 0) + 1);
      // a table that refers to itself is ordered as a whole; the others stream in batches
      if (table.selfReferences.length === 0 && pending.length >= 5000) await flush();
    }
    await flush();
    if (!header) throw archiveError(file, { line: 1 }, 'the file is empty');

    for (const sequence of header.sequences) {
      if (sequence.lastValue === null) continue;
      await sql`select setval(${sql.lit(sequence.name)}::regclass, ${sequence.lastValue}::bigint, true)`.execute(
        trx,
      );
    }
    // the series' heads are derived, not archived: built from the imported observations
    await refreshObservationHeads(trx);
    const reproduced = await contentHash(trx);
    if (reproduced !== trailerHash) {
      throw archiveError(
        file,
        {},
        `the imported content hashes to ${reproduced}, not to the file's ${trailerHash}; nothing was imported`,
      );
    }
    const summary: ArchiveSummary = {
      contentHash: reproduced,
      schemaVersion,
      tables: tables.map((t) => ({ name: t.name, rows: counts.get(t.name) ?? 0 })),
      totalRows: [...counts.values()].reduce((n, c) => n + c, 0),
    };
    return summary;
  });
}
