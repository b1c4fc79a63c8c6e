import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { setMeta } from '../app-meta/app-meta.repository.ts';
import { nlRegionsPublicDataSource } from '../region/nl-regions-public-data.ts';
import { listImportBatches } from '../imports/import-batch.repository.ts';
import { listObservations } from './observation.repository.ts';
import { loadDemoSeries } from './demo-series-loader.ts';

const SHARED = fileURLToPath(new URL('../../../../../shared/data', import.meta.url));

describe.each(testDatabaseTargets())('demo societal series on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
  });
  afterAll(() => handle.close());

  it('loads national series without a region registry, labelled demo, once', async () => {
    const first = await loadDemoSeries(handle.db);
    expect(first.status).toBe('loaded');
    expect((await loadDemoSeries(handle.db)).status).toBe('unchanged');
    const trust = await listObservations(handle.db, { indicator: 'trust-in-government' });
    expect(trust.length).toBeGreaterThan(15);
    expect(trust.every((o) => o.demo && o.regionCode === 'NL01')).toBe(true);
  });

  it('adds the regional series when the regions arrive, leaving the national values as they were', async () => {
    const nationalBefore = await listObservations(handle.db, { region: 'NL01' });
    await setMeta(handle.db, 'demo.loadedAt', new Date().toISOString());
    const result = await nlRegionsPublicDataSource.load(handle.db, SHARED);
    expect(result.summary).toMatch(/demo series: \d+ values \(loaded\)/);
    const batch = (await listImportBatches(handle.db))[0]!;
    expect(batch).toMatchObject({ demo: true, source: 'demo' });
    expect(batch.counts.observationsRevised).toBe(0);
    expect(batch.counts.observationsUnchanged).toBe(nationalBefore.length);
    const crime = await listObservations(handle.db, {
      indicator: 'registered-crime',
      regionParent: 'VR13',
    });
    expect(new Set(crime.map((o) => o.regionCode)).size).toBeGreaterThan(3);
    expect(await listObservations(handle.db, { region: 'NL01' })).toEqual(nationalBefore);
  });
});
