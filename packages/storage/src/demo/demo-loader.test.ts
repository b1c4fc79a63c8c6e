import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMeasures, generateDemoSeries, indicatorCatalogue } from '@weegschaal/core';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { listMeasures } from '../measure/measure.repository.ts';
import { getOverview } from '../overview/overview.repository.ts';
import { loadDemoData } from './demo-loader.ts';

describe.each(testDatabaseTargets())('demo data on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
  });
  afterAll(() => handle.close());

  it('starts empty and not demo', async () => {
    const overview = await getOverview(handle.db, handle.kind);
    expect(overview.demo).toBe(false);
    expect(overview.demoLoadedAt).toBeNull();
    expect(overview.areas.find((a) => a.area === 'measures')?.counts).toEqual([
      { key: 'measures', value: 0 },
      { key: 'measureLevels', value: 0 },
      { key: 'fiches', value: 0 },
      { key: 'adoptedFiches', value: 0 },
      { key: 'bundles', value: 0 },
    ]);
  });

  it('loads idempotently: twice gives exactly the content of once', async () => {
    const first = await loadDemoData(handle.db);
    const afterFirst = await listMeasures(handle.db);
    const second = await loadDemoData(handle.db);
    const afterSecond = await listMeasures(handle.db);
    expect(second).toEqual(first);
    expect(afterSecond).toEqual(afterFirst);
    expect(afterSecond).toEqual([...demoMeasures()].sort((a, b) => a.code.localeCompare(b.code)));
  });

  it('is labelled demo in the overview, with areas not built said so', async () => {
    const overview = await getOverview(handle.db, handle.kind);
    expect(overview.demo).toBe(true);
    expect(overview.demoLoadedAt).not.toBeNull();
    expect(overview.database.kind).toBe(target.kind);
    const measures = overview.areas.find((a) => a.area === 'measures');
    expect(overview.areas.find((a) => a.area === 'weighing')?.counts).toEqual([
      { key: 'frameworks', value: 1 },
    ]);
    expect(measures?.counts[0]?.value).toBe(demoMeasures().length);
    // without the public region data: the catalogue and the national demo series
    expect(overview.areas.find((a) => a.area === 'societal-picture')).toEqual({
      area: 'societal-picture',
      status: 'available',
      counts: [
        { key: 'gemeenten', value: 0 },
        { key: 'indicators', value: indicatorCatalogue().length },
        { key: 'observations', value: generateDemoSeries(indicatorCatalogue(), []).length },
      ],
    });
    const advice = overview.areas.find((a) => a.area === 'advice');
    expect(advice?.status).toBe('available');
    expect(advice?.counts.map((c) => c.key)).toEqual(['adviceRequests', 'informationPackages']);
    expect(overview.areas.filter((a) => a.status === 'not-built').map((a) => a.area)).toEqual([]);
    expect(overview.areas.find((a) => a.area === 'readiness')?.counts).toEqual([
      { key: 'committeeRoles', value: 8 },
      { key: 'secretariatPositions', value: 5 },
      { key: 'experts', value: 11 },
      { key: 'readinessItems', value: 5 },
    ]);
    const signals = overview.areas.find((a) => a.area === 'signals');
    expect(signals?.status).toBe('available');
    expect(signals?.counts.find((c) => c.key === 'signals')?.value).toBeGreaterThan(1000);
    expect(signals?.counts.find((c) => c.key === 'practiceCircles')?.value).toBe(14);
  });
});
