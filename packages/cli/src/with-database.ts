import type { Command } from 'commander';
import { migrateToLatest, openDatabase } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { databaseConfig } from './config.ts';
import type { CommonOptions } from './config.ts';

/** Opens the configured database, brings its schema up to date, runs `work`, and closes it. */
export async function withDatabase<T>(
  program: Command,
  command: string,
  work: (handle: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const handle = await openDatabase(databaseConfig(program.opts<CommonOptions>(), command));
  try {
    await migrateToLatest(handle.db);
    return await work(handle);
  } finally {
    await handle.close();
  }
}
