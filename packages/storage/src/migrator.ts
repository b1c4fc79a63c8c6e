import { Migrator, NO_MIGRATIONS } from 'kysely/migration';
import type { Kysely } from 'kysely';
import type { MigrationResult } from 'kysely/migration';
import { migrationProvider, migrations } from './migrations/index.ts';
import { announceSchemaChange } from './schema-changes.ts';

export interface MigrationReport {
  applied: string[];
  current: string | null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function migrator(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: migrationProvider });
}

function check(results: MigrationResult[] | undefined, error: unknown): string[] {
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const which = failed ? ` (migration ${failed.migrationName})` : '';
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration failed${which}: ${reason}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function currentSchemaVersion(db: Kysely<any>): Promise<string | null> {
  const all = await migrator(db).getMigrations();
  const executed = all.filter((m) => m.executedAt !== undefined);
  return executed.at(-1)?.name ?? null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationReport> {
  const { results, error } = await migrator(db).migrateToLatest();
  const applied = check(results, error);
  if (applied.length > 0) await announceSchemaChange(db);
  return { applied, current: await currentSchemaVersion(db) };
}

/** Undo every migration; used by the round-trip test and `weegschaal migrate --down-all`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateDownAll(db: Kysely<any>): Promise<MigrationReport> {
  const { results, error } = await migrator(db).migrateTo(NO_MIGRATIONS);
  const applied = check(results, error);
  if (applied.length > 0) await announceSchemaChange(db);
  return { applied, current: await currentSchemaVersion(db) };
}

export const latestMigration: string = Object.keys(migrations).sort().at(-1) ?? '';
