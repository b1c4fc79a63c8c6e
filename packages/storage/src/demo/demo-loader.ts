import { demoMeasures } from '@weegschaal/core';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { setMeta } from '../app-meta/app-meta.repository.ts';
import { upsertMeasure } from '../measure/measure.repository.ts';

export interface DemoLoadReport {
  measures: number;
  measureLevels: number;
}

/**
 * Loads the generated demo data in one transaction. Loading twice gives the same content:
 * every record is keyed by a stable code and replaced, never duplicated.
 */
export async function loadDemoData(db: Kysely<Database>): Promise<DemoLoadReport> {
  const measures = demoMeasures();
  await db.transaction().execute(async (trx) => {
    for (const measure of measures) await upsertMeasure(trx, measure);
    await setMeta(trx, 'demo.loadedAt', new Date().toISOString());
  });
  return {
    measures: measures.length,
    measureLevels: measures.reduce((n, m) => n + m.levels.length, 0),
  };
}
