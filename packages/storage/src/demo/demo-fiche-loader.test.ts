import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBundles, demoFicheHistory } from '@weegschaal/core';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { listFicheSummaries, listAdoptedFiches } from '../fiche/fiche.repository.ts';
import { listBundles, listBundleEstimates } from '../bundle/bundle.repository.ts';
import { listEffectivenessEstimates } from '../effectiveness/effectiveness.repository.ts';
import { getOverview } from '../overview/overview.repository.ts';
import { loadDemoData } from './demo-loader.ts';

describe.each(testDatabaseTargets())('demo fiches and bundles on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
  });
  afterAll(() => handle.close());

  const snapshot = async () => ({
    fiches: await listFicheSummaries(handle.db),
    adopted: await listAdoptedFiches(handle.db),
    transitions: await handle.db
      .selectFrom('fiche_transition')
      .select(['measure_code', 'level', 'version', 'to_status', 'at'])
      .orderBy('id')
      .execute(),
    estimates: await listEffectivenessEstimates(handle.db),
    bundles: await listBundles(handle.db),
    bundleEstimates: await listBundleEstimates(handle.db),
  });

  it('loads fiches, estimates and bundles idempotently in the demo transaction', async () => {
    const report = await loadDemoData(handle.db);
    const once = await snapshot();
    await loadDemoData(handle.db);
    expect(await snapshot()).toEqual(once);
    const history = demoFicheHistory();
    expect(report.ficheVersions).toBe(history.versions.length);
    expect(once.fiches).toHaveLength(history.versions.filter((v) => v.version === 1).length);
    expect(once.fiches.every((f) => f.demo)).toBe(true);
    expect(once.transitions).toHaveLength(history.transitions.length);
    expect(once.bundles).toEqual([...demoBundles()].sort((a, b) => a.code.localeCompare(b.code)));
    expect(once.estimates.length).toBe(report.effectivenessEstimates);
  });

  it('counts fiches and bundles in the measures area of the overview', async () => {
    const counts = (await getOverview(handle.db, handle.kind)).areas.find(
      (a) => a.area === 'measures',
    )?.counts;
    const byKey = Object.fromEntries((counts ?? []).map((c) => [c.key, c.value]));
    expect(byKey['bundles']).toBe(demoBundles().length);
    expect(byKey['fiches']).toBe(
      new Set(demoFicheHistory().versions.map((v) => `${v.measureCode}/${v.level}`)).size,
    );
    expect(byKey['adoptedFiches']).toBeLessThanOrEqual(byKey['fiches']!);
  });
});
