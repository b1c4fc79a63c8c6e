import { gzipSync } from 'node:zlib';

/**
 * Start pages as the JSON they are sent as, per region, asOf and sparkline length. Built from
 * the stored observations, so every committed import batch and every rolled-back batch
 * empties it (see watchObservationChanges). A page whose building began before such a change
 * is not kept: it may hold the old numbers. A page is kept as the bytes that are sent — the
 * UTF-8 JSON, encoded once, so a cached answer is no string conversion — and also gzipped once
 * a client that accepts gzip (a browser does) asked for it: 170 kB of JSON is about 20 kB on
 * the wire.
 */
export interface CachedPage {
  /** the JSON as UTF-8 bytes */
  json: Buffer;
  /** false when this request built it */
  fromCache: boolean;
  gzip(): Buffer;
}

export interface DashboardCache {
  /** the page, or, when it is not cached, builds and keeps it */
  get(key: string, build: () => Promise<string>): Promise<CachedPage>;
  clear(): void;
  readonly size: number;
}

interface Entry {
  json: Buffer;
  gzipped: Buffer | null;
}

export function dashboardCache(maxEntries = 2000): DashboardCache {
  const pages = new Map<string, Entry>();
  let generation = 0;
  const page = (entry: Entry, fromCache: boolean): CachedPage => ({
    json: entry.json,
    fromCache,
    gzip: () => (entry.gzipped ??= gzipSync(entry.json)),
  });
  return {
    async get(key, build) {
      const cached = pages.get(key);
      if (cached !== undefined) return page(cached, true);
      const startedIn = generation;
      const entry: Entry = { json: Buffer.from(await build()), gzipped: null };
      if (startedIn === generation) {
        // the oldest page goes first: a Map keeps the order pages were added in
        if (pages.size >= maxEntries) pages.delete(pages.keys().next().value!);
        pages.set(key, entry);
      }
      return page(entry, false);
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

/** Whether an Accept-Encoding header takes gzip (and does not refuse it with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
