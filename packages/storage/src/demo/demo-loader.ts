import { demoMeasures } from '@weegschaal/core';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { setMeta } from '../app-meta/app-meta.repository.ts';
import { upsertMeasure } from '../measure/measure.repository.ts';
import { loadDemoFichesAndBundles } from './demo-fiche-loader.ts';
import type { DemoFicheLoadReport } from './demo-fiche-loader.ts';
import { loadDemoAdviceCycle } from './demo-advice-loader.ts';
import type { DemoAdviceLoadReport } from './demo-advice-loader.ts';
import { loadDemoFramework } from './demo-framework-loader.ts';
import type { DemoFrameworkLoadReport } from './demo-framework-loader.ts';
import { loadDemoSeries } from '../observation/demo-series-loader.ts';
import { loadDemoCompositeIndices } from '../composite/demo-composite-loader.ts';

export interface DemoLoadReport extends DemoFicheLoadReport {
  measures: number;
  measureLevels: number;
  /** generated societal observations (labelled demo), national and per region present */
  societalObservations: number;
  /** demo accounts (one per role, one printed password) and the demo decision calendar */
  adviceCycle: DemoAdviceLoadReport;
  /** the published demo weighing framework over the demo bundles */
  framework: DemoFrameworkLoadReport;
  /** demo composite indices over indicators with demo series */
  compositeIndices: number;
}

/**
 * Loads the generated demo data in one transaction. Loading twice gives the same content:
 * every record is keyed by a stable code and replaced, never duplicated.
 */
export async function loadDemoData(db: Kysely<Database>): Promise<DemoLoadReport> {
  const measures = demoMeasures();
  // assigned inside the transaction callback, which TypeScript cannot follow
  let fiches = null as DemoFicheLoadReport | null;
  let adviceCycle = null as DemoAdviceLoadReport | null;
  let framework = null as DemoFrameworkLoadReport | null;
  let compositeIndices = 0;
  await db.transaction().execute(async (trx) => {
    for (const measure of measures) await upsertMeasure(trx, measure);
    fiches = await loadDemoFichesAndBundles(trx);
    adviceCycle = await loadDemoAdviceCycle(trx, new Date());
    framework = await loadDemoFramework(trx);
    compositeIndices = await loadDemoCompositeIndices(trx);
    await setMeta(trx, 'demo.loadedAt', new Date().toISOString());
  });
  if (!fiches) throw new Error('the demo transaction ended without loading fiches');
  if (!adviceCycle) throw new Error('the demo transaction ended without the advice cycle');
  if (!framework) throw new Error('the demo transaction ended without the weighing framework');
  const societal = await loadDemoSeries(db);
  return {
    ...fiches,
    measures: measures.length,
    measureLevels: measures.reduce((n, m) => n + m.levels.length, 0),
    societalObservations: societal.observations,
    adviceCycle,
    framework,
    compositeIndices,
  };
}
