import { demoCompositeIndices } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import { ensureIndicatorCatalogue } from '../indicator/indicator.repository.ts';
import { upsertCompositeIndexByCode } from './composite-index.repository.ts';

/**
 * The demo composite indices (labelled demo), keyed by code so that loading twice replaces
 * them. The catalogue is ensured first: a definition is checked against its indicators.
 */
export async function loadDemoCompositeIndices(db: Executor): Promise<number> {
  await ensureIndicatorCatalogue(db);
  const demo = demoCompositeIndices();
  for (const input of demo) await upsertCompositeIndexByCode(db, input);
  return demo.length;
}
