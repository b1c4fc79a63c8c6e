import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PUBLIC_DATA_SOURCES } from '@weegschaal/storage';
import type { DatabaseConfig, PublicDataSource } from '@weegschaal/storage';

export interface CommonOptions {
  dataDir?: string;
}

/**
 * One place reads the environment: DATABASE_URL selects a PostgreSQL server, otherwise the
 * embedded PGlite database lives in the data directory (WEEGSCHAAL_DATA_DIR, default ./.data).
 */
export function databaseConfig(
  options: CommonOptions,
  command: string,
  env: NodeJS.ProcessEnv = process.env,
): DatabaseConfig {
  const url = env['DATABASE_URL'];
  if (url && url.trim() !== '') return { kind: 'postgres', url };
  const dataDir = resolve(options.dataDir ?? env['WEEGSCHAAL_DATA_DIR'] ?? '.data');
  return { kind: 'pglite', dataDir, command };
}

export function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not '${value}'.`);
  }
  return port;
}

export const defaultWebRoot: string = fileURLToPath(new URL('../../web/dist', import.meta.url));

/**
 * The real public data sets live beside the repository in ../shared/data (never copied in).
 * WEEGSCHAAL_SHARED_DATA points elsewhere.
 */
export function sharedDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(
    env['WEEGSCHAAL_SHARED_DATA'] ??
      fileURLToPath(new URL('../../../../shared/data', import.meta.url)),
  );
}

/**
 * WEEGSCHAAL_PUBLIC_DATA=oxcgrt,nl-measures-timeline limits which public data sets load (all by
 * default; "none" for none): a quick start, or a test that needs one data set, need not wait
 * for the rest. The load order stays that of PUBLIC_DATA_SOURCES.
 */
export function selectedPublicDataSources(
  env: NodeJS.ProcessEnv = process.env,
): PublicDataSource[] {
  const wanted = env['WEEGSCHAAL_PUBLIC_DATA']?.trim();
  if (!wanted) return PUBLIC_DATA_SOURCES;
  if (wanted === 'none') return [];
  const names = wanted.split(',').map((n) => n.trim());
  const known = PUBLIC_DATA_SOURCES.map((s) => s.name);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) {
    throw new Error(
      `WEEGSCHAAL_PUBLIC_DATA names unknown data sets: ${unknown.join(', ')}. ` +
        `Known: ${known.join(', ')}, or "none".`,
    );
  }
  return PUBLIC_DATA_SOURCES.filter((s) => names.includes(s.name));
}
