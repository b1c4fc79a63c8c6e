/**
 * One value read from the database and kept until `clear()` (called by a change watcher), so a
 * route does not ask the database for something that only changes on a known event. A value
 * whose reading began before a clear is returned to that caller but not kept: it may be old.
 */
export interface KeptValue<T> {
  get(): Promise<T>;
  clear(): void;
}

export function keptValue<T>(read: () => Promise<T>): KeptValue<T> {
  let kept: { value: T } | null = null;
  let generation = 0;
  return {
    async get() {
      if (kept) return kept.value;
      const startedIn = generation;
      const value = await read();
      if (startedIn === generation) kept = { value };
      return value;
    },
    clear() {
      generation++;
      kept = null;
    },
  };
}
