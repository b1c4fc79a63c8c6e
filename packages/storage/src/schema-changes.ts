import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DatabaseHandle } from './database.ts';

/**
 * Who must hear that the database schema changed (a migration ran up or down): what keeps the
 * schema version instead of asking the migrator on every request (the health route). In this
 * process the watchers are called right after the migration; other processes (`weegschaal
 * migrate` next to a running server on the same PostgreSQL) hear it through NOTIFY.
 */
export const SCHEMA_CHANGES_CHANNEL = 'weegschaal_schema_changes';

type Watcher = () => void;

const watchers = new WeakMap<object, Set<Watcher>>();

/** Calls `watcher` after every migration of this database; returns how to stop watching. */
export async function watchSchemaChanges(
  handle: DatabaseHandle,
  watcher: Watcher,
): Promise<() => Promise<void>> {
  let set = watchers.get(handle.db);
  if (!set) watchers.set(handle.db, (set = new Set()));
  set.add(watcher);
  // any notification, also "may have missed some" (null), means: read the version again
  const unlisten = handle.listen
    ? await handle.listen(SCHEMA_CHANGES_CHANNEL, () => watcher())
    : async () => undefined;
  return async () => {
    set.delete(watcher);
    await unlisten();
  };
}

/** After a migration through `db`: the watchers in this process, and NOTIFY for the others. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function announceSchemaChange(db: Kysely<any>): Promise<void> {
  for (const watcher of watchers.get(db) ?? []) watcher();
  // a watcher in this process hears this too and clears once more: harmless
  await sql`select pg_notify(${SCHEMA_CHANGES_CHANNEL}, '')`.execute(db);
}
