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
import { loadDemoReadiness } from '../readiness/demo-readiness-loader.ts';
import type { DemoReadinessLoadReport } from '../readiness/demo-readiness-loader.ts';
import { loadDemoSignals } from './demo-signal-loader.ts';
import type { DemoSignalLoadReport } from './demo-signal-loader.ts';
import { loadDemoEnforcementCapacities } from '../enforcement/enforcement-capacity.repository.ts';
import { runAlertDetection } from '../alert/alert-detection.ts';
import { loadDemoKnowledge } from '../knowledge/demo-knowledge-loader.ts';
import type { DemoKnowledgeLoadReport } from '../knowledge/demo-knowledge-loader.ts';
import { amsterdamDate } from '@weegschaal/core';

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
  /** the dormant organisation: roster, secondments, expert pool, checklist, one past drill */
  readiness: DemoReadinessLoadReport;
  /** practice circles, demo signals (two years, one spike) and their clusters */
  signals: DemoSignalLoadReport;
  /** the demo register of enforcement and supervision capacity (labelled demo) */
  enforcementCapacities: number;
  /**
   * alarms of early warning over the demo signals (the demo spike): alerts after the first
   * load, the same alerts again after a second (de-duplicated), so the report stays the same
   */
  alertAlarms: number;
  /** demo dossiers, lessons learned and playbooks of the knowledge base */
  knowledge: DemoKnowledgeLoadReport;
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
  let readiness = null as DemoReadinessLoadReport | null;
  let signals = null as DemoSignalLoadReport | null;
  let enforcementCapacities = 0;
  let knowledge = null as DemoKnowledgeLoadReport | null;
  await db.transaction().execute(async (trx) => {
    for (const measure of measures) await upsertMeasure(trx, measure);
    fiches = await loadDemoFichesAndBundles(trx);
    adviceCycle = await loadDemoAdviceCycle(trx, new Date());
    framework = await loadDemoFramework(trx);
    compositeIndices = await loadDemoCompositeIndices(trx);
    readiness = await loadDemoReadiness(trx, new Date());
    signals = await loadDemoSignals(trx, new Date());
    enforcementCapacities = await loadDemoEnforcementCapacities(trx, amsterdamDate(new Date()));
    knowledge = await loadDemoKnowledge(trx, new Date());
    await setMeta(trx, 'demo.loadedAt', new Date().toISOString());
  });
  if (!fiches) throw new Error('the demo transaction ended without loading fiches');
  if (!adviceCycle) throw new Error('the demo transaction ended without the advice cycle');
  if (!framework) throw new Error('the demo transaction ended without the weighing framework');
  if (!readiness) throw new Error('the demo transaction ended without the organisation');
  if (!signals) throw new Error('the demo transaction ended without the signals');
  if (!knowledge) throw new Error('the demo transaction ended without the knowledge base');
  const societal = await loadDemoSeries(db);
  // after the signals and series are in: a second load raises no second alert (dedup key)
  const alertDetection = await runAlertDetection(db, {
    trigger: 'demo-load',
    requestedBy: 'demo loader',
    asOf: amsterdamDate(new Date()),
  });
  return {
    ...fiches,
    measures: measures.length,
    measureLevels: measures.reduce((n, m) => n + m.levels.length, 0),
    societalObservations: societal.observations,
    adviceCycle,
    framework,
    compositeIndices,
    readiness,
    signals,
    enforcementCapacities,
    alertAlarms: alertDetection.alarms,
    knowledge,
  };
}
