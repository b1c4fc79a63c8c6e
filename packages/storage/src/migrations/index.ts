import type { Migration, MigrationProvider } from 'kysely/migration';
import * as appMeta from './20261123170000-app-meta.ts';
import * as measure from './20261123170100-measure.ts';

/**
 * Append-only list of migrations, named by timestamp. A static list (instead of reading
 * the folder) works from any working directory and inside bundles.
 */
export const migrations: Record<string, Migration> = {
  '20261123170000-app-meta': appMeta,
  '20261123170100-measure': measure,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
