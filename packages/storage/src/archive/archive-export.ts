import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'kysely';
import type { Executor } from '../database.ts';
import { ContentHasher, onSnapshot, readTableRows } from './archive-content.ts';
import {
  ARCHIVE_EXCLUDED_COLUMNS,
  ARCHIVE_EXCLUDED_TABLES,
  readArchiveSchema,
  readSequences,
} from './archive-schema.ts';
import type { ArchiveTable } from './archive-schema.ts';

export const ARCHIVE_FORMAT = 'weegschaal-archive';
export const ARCHIVE_VERSION = 1;

export interface ArchiveHeader {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  schemaVersion: string;
  createdAt: string;
  tables: { name: string; columns: { name: string; type: string }[]; primaryKey: string[] }[];
  sequences: { name: string; lastValue: string | null }[];
  excludedTables: Record<string, string>;
  excludedColumns: Record<string, string>;
}

export interface ArchiveTrailer {
  end: true;
  rows: Record<string, number>;
  totalRows: number;
  contentHash: string;
}

export interface ArchiveSummary {
  contentHash: string;
  schemaVersion: string;
  tables: { name: string; rows: number }[];
  totalRows: number;
}

export async function schemaVersionOf(db: Executor): Promise<string> {
  const row = await sql<{ name: string }>`
    select name from kysely_migration order by name desc limit 1`.execute(db);
  const name = row.rows[0]?.name;
  if (!name) throw new Error('the database has no migrations applied; run `weegschaal migrate`');
  return name;
}

export function headerOf(
  schemaVersion: string,
  createdAt: Date,
  tables: ArchiveTable[],
  sequences: ArchiveHeader['sequences'],
): ArchiveHeader {
  return {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    schemaVersion,
    createdAt: createdAt.toISOString(),
    tables: tables.map((t) => ({
      name: t.name,
      columns: t.columns.map((c) => ({ name: c.name, type: c.type })),
      primaryKey: t.primaryKey,
    })),
    sequences,
    excludedTables: { ...ARCHIVE_EXCLUDED_TABLES },
    excludedColumns: Object.fromEntries(
      Object.entries(ARCHIVE_EXCLUDED_COLUMNS).map(([k, v]) => [k, v.reason]),
    ),
  };
}

/**
 * Writes the whole database (less what ARCHIVE_EXCLUDED_* leave out) as gzip'd JSON Lines:
 * a header, one record per row in dependency and key order, a trailer with counts and the
 * content hash. Read from one snapshot; written to a temporary file that is renamed at the
 * end, so a failed export leaves no half-written archive. Format: docs/archive-format.md.
 */
export async function exportArchive(
  db: Executor,
  file: string,
  options: { createdAt?: Date } = {},
): Promise<ArchiveSummary> {
  const temporary = `${file}.partial-${process.pid}`;
  try {
    const summary = await onSnapshot(db, async (trx): Promise<ArchiveSummary> => {
      const tables = await readArchiveSchema(trx);
      const schemaVersion = await schemaVersionOf(trx);
      const header = headerOf(
        schemaVersion,
        options.createdAt ?? new Date(),
        tables,
        await readSequences(trx),
      );
      const hasher = new ContentHasher();
      const counts: { name: string; rows: number }[] = [];
      let hash = '';
      async function* lines(): AsyncGenerator<string> {
        yield `${JSON.stringify(header)}\n`;
        for (const [index, table] of tables.entries()) {
          hasher.table(table);
          let rows = 0;
          for await (const row of readTableRows(trx, table, `archive_export_${index}`)) {
            hasher.row(row);
            rows += 1;
            yield `${JSON.stringify({ table: table.name, row })}\n`;
          }
          counts.push({ name: table.name, rows });
        }
        hash = hasher.digest();
        const trailer: ArchiveTrailer = {
          end: true,
          rows: Object.fromEntries(counts.map((t) => [t.name, t.rows])),
          totalRows: counts.reduce((n, t) => n + t.rows, 0),
          contentHash: hash,
        };
        yield `${JSON.stringify(trailer)}\n`;
      }
      await pipeline(
        Readable.from(lines()),
        createGzip(),
        createWriteStream(temporary, { mode: 0o600 }),
      );
      return {
        contentHash: hash,
        schemaVersion,
        tables: counts,
        totalRows: counts.reduce((n, t) => n + t.rows, 0),
      };
    });
    await rename(temporary, file);
    return summary;
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
