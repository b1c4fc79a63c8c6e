/**
 * Start pages as the JSON they are sent as, per region, asOf and sparkline length. Built from
 * the stored observations, so every committed import batch and every rolled-back batch
 * empties it (see watchObservationChanges). A page whose building began before such a change
 * is not kept: it may hold the old numbers.
 */
export interface DashboardCache {
  /** the page's JSON, or, when it is not cached, builds and keeps it */
  get(key: string, build: () => Promise<string>): Promise<string>;
  clear(): void;
  readonly size: number;
}

export function dashboardCache(maxEntries = 2000): DashboardCache {
  const pages = new Map<string, string>();
  let generation = 0;
  return {
    async get(key, build) {
      const cached = pages.get(key);
      if (cached !== undefined) return cached;
      const startedIn = generation;
      const json = await build();
      if (startedIn === generation) {
        // the oldest page goes first: a Map keeps the order pages were added in
        if (pages.size >= maxEntries) pages.delete(pages.keys().next().value!);
        pages.set(key, json);
      }
      return json;
    },
    clear() {
      generation++;
      pages.clear();
    },
    get size() {
      return pages.size;
    },
  };
}
