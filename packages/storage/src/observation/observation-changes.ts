import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { DatabaseHandle, Executor } from '../database.ts';

/**
 * Who must hear that the stored observations changed: a cache of pages built from them (the
 * dashboard). A change is an import batch that committed, or a batch rolled back. Within the
 * process the watchers are called right after the commit; other processes (a
 * `weegschaal import` next to a running server on the same PostgreSQL) hear it through NOTIFY,
 * which PostgreSQL delivers only when the transaction commits — a rejected batch, a dry run or a
 * failed import changes nothing and announces nothing.
 */
export const OBSERVATION_CHANGES_CHANNEL = 'weegschaal_observation_changes';

export interface ObservationChange {
  batchId: number;
  kind: 'applied' | 'rolled-back';
}

type Watcher = (change: ObservationChange | null) => void;

const watchers = new WeakMap<object, Set<Watcher>>();

// Each database object names itself in its notifications, so that its own watchers (told at
// once, in this process) can pass over the NOTIFY that follows.
const origins = new WeakMap<object, string>();
function originOf(db: object): string {
  let origin = origins.get(db);
  if (!origin) origins.set(db, (origin = randomUUID()));
  return origin;
}

/**
 * Calls `watcher` after every committed change of the observations in this database; with
 * null when changes may have been missed (the LISTEN connection was lost). Returns the
 * function that stops watching.
 */
export async function watchObservationChanges(
  handle: DatabaseHandle,
  watcher: Watcher,
): Promise<() => Promise<void>> {
  let set = watchers.get(handle.db);
  if (!set) watchers.set(handle.db, (set = new Set()));
  set.add(watcher);
  const own = originOf(handle.db);
  const unlisten = handle.listen
    ? await handle.listen(OBSERVATION_CHANGES_CHANNEL, (payload) => {
        if (payload === null) return watcher(null);
        const { change, origin } = parseChange(payload);
        if (origin !== own) watcher(change);
      })
    : async () => undefined;
  return async () => {
    set.delete(watcher);
    await unlisten();
  };
}

function parseChange(payload: string): { change: ObservationChange | null; origin: string } {
  try {
    const { batchId, kind, origin } = JSON.parse(payload) as ObservationChange & {
      origin: string;
    };
    return { change: typeof batchId === 'number' ? { batchId, kind } : null, origin };
  } catch {
    return { change: null, origin: '' };
  }
}

/**
 * Inside the transaction that makes the change (through `db`): other processes hear of it at
 * the commit.
 */
export async function notifyObservationChange(
  db: object,
  trx: Executor,
  change: ObservationChange,
): Promise<void> {
  const payload = JSON.stringify({ ...change, origin: originOf(db) });
  await sql`select pg_notify(${OBSERVATION_CHANGES_CHANNEL}, ${payload})`.execute(trx);
}

/** After the commit: the watchers in this process, at once. */
export function announceObservationChange(db: object, change: ObservationChange): void {
  for (const watcher of watchers.get(db) ?? []) watcher(change);
}
