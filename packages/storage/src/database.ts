import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import type { Transaction } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { join } from 'node:path';
import type { AppMetaTable } from './app-meta/app-meta.table.ts';
import type { MeasureLevelTable, MeasureTable } from './measure/measure.table.ts';
import { acquireDataDirectoryLock } from './data-directory-lock.ts';
import type { DataDirectoryLock } from './data-directory-lock.ts';

export interface Database {
  app_meta: AppMetaTable;
  measure: MeasureTable;
  measure_level: MeasureLevelTable;
}

/** Repositories take either the database or a transaction: the caller owns the transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** where the data live, for messages (never includes a password) */
  location: string;
  /** the data-directory lock, for the embedded database on disk */
  lock: DataDirectoryLock | null;
  close(): Promise<void>;
}

export type DatabaseConfig =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir: string; command: string }
  | { kind: 'pglite-memory' };

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

// Both drivers must hand the same JavaScript values to the repositories: dates as
// 'YYYY-MM-DD' strings (no time-zone shift), 64-bit counts and numerics as numbers.
pg.types.setTypeParser(DATE_OID, (v: string) => v);
pg.types.setTypeParser(INT8_OID, (v: string) => Number(v));
pg.types.setTypeParser(NUMERIC_OID, (v: string) => Number(v));
const pgliteParsers = {
  [DATE_OID]: (v: string) => v,
  [INT8_OID]: (v: string) => Number(v),
  [NUMERIC_OID]: (v: string) => Number(v),
};

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  switch (config.kind) {
    case 'postgres': {
      const pool = new pg.Pool({ connectionString: config.url, max: 10 });
      const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
      return {
        db,
        kind: 'postgres',
        location: redactUrl(config.url),
        lock: null,
        close: () => db.destroy(),
      };
    }
    case 'pglite': {
      const lock = acquireDataDirectoryLock(config.dataDir, config.command);
      try {
        const pglite = await PGlite.create(join(config.dataDir, 'pglite'), {
          parsers: pgliteParsers,
        });
        const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
        return {
          db,
          kind: 'pglite',
          location: config.dataDir,
          lock,
          close: async () => {
            await db.destroy();
            lock.release();
          },
        };
      } catch (error) {
        lock.release();
        throw error;
      }
    }
    case 'pglite-memory': {
      const pglite = await PGlite.create({ parsers: pgliteParsers });
      const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
      return { db, kind: 'pglite', location: 'memory', lock: null, close: () => db.destroy() };
    }
    default: {
      const unreachable: never = config;
      throw new Error(`unknown database config ${JSON.stringify(unreachable)}`);
    }
  }
}
