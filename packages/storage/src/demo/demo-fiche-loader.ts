import {
  demoBundleEstimates,
  demoBundles,
  demoEffectivenessEstimates,
  demoFicheHistory,
  demoScenarios,
  demoSectorRisks,
} from '@weegschaal/core';
import type { Executor } from '../database.ts';
import { insertDemoFicheHistory } from '../fiche/fiche.repository.ts';
import {
  insertDemoEffectivenessEstimates,
  upsertScenario,
  upsertSectorRisk,
} from '../effectiveness/effectiveness.repository.ts';
import { upsertBundle, upsertBundleEstimate } from '../bundle/bundle.repository.ts';

export interface DemoFicheLoadReport {
  ficheVersions: number;
  scenarios: number;
  effectivenessEstimates: number;
  bundles: number;
}

/**
 * The demo fiches, OMT scenarios and estimates, sector risk ladder and bundles. Runs inside
 * the demo loader's transaction, after the measures it refers to.
 */
export async function loadDemoFichesAndBundles(trx: Executor): Promise<DemoFicheLoadReport> {
  const history = demoFicheHistory();
  await insertDemoFicheHistory(trx, history);
  const scenarios = demoScenarios();
  for (const s of scenarios) await upsertScenario(trx, s);
  for (const r of demoSectorRisks()) await upsertSectorRisk(trx, r);
  const estimates = demoEffectivenessEstimates();
  await insertDemoEffectivenessEstimates(trx, estimates);
  const bundles = demoBundles();
  for (const b of bundles) await upsertBundle(trx, b);
  for (const e of demoBundleEstimates())
    await upsertBundleEstimate(trx, e, { updatedAt: e.updatedAt });
  return {
    ficheVersions: history.versions.length,
    scenarios: scenarios.length,
    effectivenessEstimates: estimates.length,
    bundles: bundles.length,
  };
}
