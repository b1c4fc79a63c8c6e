import { existsSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { oxcgrtPublicDataSource } from '../policy/oxcgrt-public-data.ts';
import { measureEventsPublicDataSource } from '../measure-event/measure-events-public-data.ts';
import { nlRegionsPublicDataSource } from '../region/nl-regions-public-data.ts';
import {
  nlCoronaDashboardPublicDataSource,
  rivmGedragPublicDataSource,
  rivmRtPublicDataSource,
} from '../observation/epidemic-public-data.ts';

/**
 * Real public data sets (../shared/data) load next to the demo data. Each source is
 * idempotent and skips files it has already loaded unchanged (by checksum), so that
 * `npm start` stays fast on the second run. Real data are never labelled demo.
 */
export interface PublicDataResult {
  source: string;
  status: 'loaded' | 'unchanged' | 'missing';
  summary: string;
}

export interface PublicDataSource {
  /** the folder under shared/data, e.g. 'oxcgrt' */
  name: string;
  load(db: Kysely<Database>, sharedDataDir: string): Promise<PublicDataResult>;
}

/** Sources in load order (regions before anything that refers to regions). */
export const PUBLIC_DATA_SOURCES: PublicDataSource[] = [
  nlRegionsPublicDataSource,
  oxcgrtPublicDataSource,
  measureEventsPublicDataSource,
  nlCoronaDashboardPublicDataSource,
  rivmRtPublicDataSource,
  rivmGedragPublicDataSource,
];

export async function loadPublicData(
  db: Kysely<Database>,
  sharedDataDir: string,
  sources: readonly PublicDataSource[] = PUBLIC_DATA_SOURCES,
): Promise<PublicDataResult[]> {
  if (!existsSync(sharedDataDir)) {
    return sources.map((s) => ({
      source: s.name,
      status: 'missing' as const,
      summary: `${sharedDataDir} does not exist`,
    }));
  }
  const results: PublicDataResult[] = [];
  for (const source of sources) results.push(await source.load(db, sharedDataDir));
  return results;
}
