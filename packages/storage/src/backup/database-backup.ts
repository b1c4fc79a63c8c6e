import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { acquireDataDirectoryLock } from '../data-directory-lock.ts';
import type { DatabaseConfig, DatabaseKind } from '../database.ts';
import { redactUrl } from '../database.ts';
import { findPostgresTool, postgresToolConnection, runPostgresTool } from './postgres-tools.ts';

/**
 * A backup is the engine's own format, so that it restores without Weegschaal too: for the
 * embedded database PGlite's gzipped data-directory tarball (`dumpDataDir`, loadable with
 * `new PGlite({ loadDataDir })`), for PostgreSQL `pg_dump --format=custom` (pg_restore).
 * The two are told apart by their first bytes.
 */
export type BackupFormat = 'pglite-data-dir' | 'pg-dump-custom';

export interface BackupReport {
  kind: DatabaseKind;
  format: BackupFormat;
  file: string;
  /** where the data came from or went to (never with a password) */
  location: string;
  bytes: number;
  sha256: string;
  /** a restore over existing data (--force) */
  replaced: boolean;
}

const PGLITE_FOLDER = 'pglite';

export function backupFormatOf(bytes: Uint8Array, file: string): BackupFormat {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'pglite-data-dir';
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') === 'PGDMP') return 'pg-dump-custom';
  throw new Error(
    `${file} is not a Weegschaal backup: it starts neither as a gzipped PGlite data directory ` +
      `(1f 8b) nor as a pg_dump custom-format archive (PGDMP).`,
  );
}

function sha256Of(file: string): { bytes: number; sha256: string } {
  const content = readFileSync(file);
  return { bytes: content.length, sha256: createHash('sha256').update(content).digest('hex') };
}

/** Write beside the target and rename, so that a crash never leaves a half backup under its name. */
async function writeAtomically(file: string, content: Uint8Array): Promise<void> {
  const partial = `${file}.partial`;
  await writeFile(partial, content);
  renameSync(partial, file);
}

export async function backupDatabase(config: DatabaseConfig, file: string): Promise<BackupReport> {
  switch (config.kind) {
    case 'pglite': {
      const folder = join(config.dataDir, PGLITE_FOLDER);
      if (!existsSync(folder)) {
        throw new Error(`There is no embedded database in ${config.dataDir} to back up.`);
      }
      // the lock keeps a running server out while the tarball is taken: one consistent state
      const lock = acquireDataDirectoryLock(config.dataDir, 'backup');
      try {
        const pglite = await PGlite.create(folder);
        try {
          const tarball = await pglite.dumpDataDir('gzip');
          await writeAtomically(file, new Uint8Array(await tarball.arrayBuffer()));
        } finally {
          await pglite.close();
        }
      } finally {
        lock.release();
      }
      return {
        kind: 'pglite',
        format: 'pglite-data-dir',
        file,
        location: config.dataDir,
        replaced: false,
        ...sha256Of(file),
      };
    }
    case 'postgres': {
      const pgDump = findPostgresTool('pg_dump');
      const { dbname, env } = postgresToolConnection(config.url);
      const partial = `${file}.partial`;
      // pg_dump takes one snapshot (repeatable read): concurrent writes land wholly or not at all
      await runPostgresTool(
        pgDump,
        ['--format=custom', '--no-password', `--file=${partial}`, `--dbname=${dbname}`],
        env,
      );
      renameSync(partial, file);
      return {
        kind: 'postgres',
        format: 'pg-dump-custom',
        file,
        location: redactUrl(config.url),
        replaced: false,
        ...sha256Of(file),
      };
    }
    case 'pglite-memory':
      throw new Error('An in-memory database has nothing on disk to back up.');
    default: {
      const unreachable: never = config;
      throw new Error(`unknown database config ${JSON.stringify(unreachable)}`);
    }
  }
}

function notEmptyMessage(where: string, what: string): string {
  return (
    `${where} already holds ${what}; restore refuses to overwrite it. ` +
    `Restore into an empty target, or add --force to replace what is there.`
  );
}

async function restorePglite(
  dataDir: string,
  file: string,
  bytes: Uint8Array,
  force: boolean,
): Promise<boolean> {
  const folder = join(dataDir, PGLITE_FOLDER);
  const lock = acquireDataDirectoryLock(dataDir, 'restore');
  try {
    const occupied = existsSync(folder) && readdirSync(folder).length > 0;
    if (occupied && !force) {
      throw new Error(notEmptyMessage(`The data directory ${dataDir}`, 'a database'));
    }
    // unpack beside the live folder and swap only once it opens: a failed restore (a bad
    // file, a full disk) leaves the existing database as it was
    const staging = join(dataDir, `${PGLITE_FOLDER}.restoring`);
    rmSync(staging, { recursive: true, force: true });
    try {
      const pglite = await PGlite.create(staging, { loadDataDir: new Blob([bytes]) });
      try {
        await pglite.query('select 1');
      } finally {
        await pglite.close();
      }
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`${file} could not be opened as a PGlite data directory: ${reason}`, {
        cause: error,
      });
    }
    const replaced = join(dataDir, `${PGLITE_FOLDER}.replaced`);
    if (existsSync(folder)) renameSync(folder, replaced);
    renameSync(staging, folder);
    rmSync(replaced, { recursive: true, force: true });
    return occupied;
  } finally {
    lock.release();
  }
}

/** Relations outside the system schemas: a database with any is not empty. */
async function countUserRelations(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ n: string }>(
      `select count(*) as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
          and n.nspname not like 'pg_temp%' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')`,
    );
    return Number(result.rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

async function restorePostgres(url: string, file: string, force: boolean): Promise<boolean> {
  const relations = await countUserRelations(url);
  if (relations > 0 && !force) {
    throw new Error(notEmptyMessage(`The database ${redactUrl(url)}`, `${relations} relations`));
  }
  const pgRestore = findPostgresTool('pg_restore');
  const { dbname, env } = postgresToolConnection(url);
  // one transaction: a failing restore leaves the database as it was; --clean drops what the
  // backup is about to recreate (objects the backup does not know stay)
  await runPostgresTool(
    pgRestore,
    [
      '--single-transaction',
      '--exit-on-error',
      '--no-owner',
      '--no-privileges',
      '--no-password',
      ...(relations > 0 ? ['--clean', '--if-exists'] : []),
      `--dbname=${dbname}`,
      file,
    ],
    env,
  );
  return relations > 0;
}

export async function restoreDatabase(
  config: DatabaseConfig,
  file: string,
  options: { force: boolean },
): Promise<BackupReport> {
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new Error(`The backup file ${file} does not exist.`);
  }
  const bytes = new Uint8Array(readFileSync(file));
  const format = backupFormatOf(bytes, file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  switch (config.kind) {
    case 'pglite': {
      if (format !== 'pglite-data-dir') {
        throw new Error(
          `${file} is a PostgreSQL backup (pg_dump): restore it with DATABASE_URL set to a PostgreSQL server.`,
        );
      }
      const replaced = await restorePglite(config.dataDir, file, bytes, options.force);
      return {
        kind: 'pglite',
        format,
        file,
        location: config.dataDir,
        bytes: bytes.length,
        sha256,
        replaced,
      };
    }
    case 'postgres': {
      if (format !== 'pg-dump-custom') {
        throw new Error(
          `${file} is a backup of the embedded database (PGlite): restore it without DATABASE_URL, into a --data-dir.`,
        );
      }
      const replaced = await restorePostgres(config.url, file, options.force);
      return {
        kind: 'postgres',
        format,
        file,
        location: redactUrl(config.url),
        bytes: bytes.length,
        sha256,
        replaced,
      };
    }
    case 'pglite-memory':
      throw new Error('An in-memory database cannot be restored into.');
    default: {
      const unreachable: never = config;
      throw new Error(`unknown database config ${JSON.stringify(unreachable)}`);
    }
  }
}
