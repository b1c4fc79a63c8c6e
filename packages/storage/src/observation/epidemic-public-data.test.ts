import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { loadPublicData } from '../public-data/public-data-loader.ts';
import { nlRegionsPublicDataSource } from '../region/nl-regions-public-data.ts';
import { listImportBatches } from '../imports/import-batch.repository.ts';
import { countObservations, listObservations } from './observation.repository.ts';
import {
  nlCoronaDashboardPublicDataSource,
  rivmGedragPublicDataSource,
  rivmRtPublicDataSource,
} from './epidemic-public-data.ts';

const SHARED = fileURLToPath(new URL('../../../../../shared/data', import.meta.url));
const SOURCES = [
  nlRegionsPublicDataSource,
  nlCoronaDashboardPublicDataSource,
  rivmRtPublicDataSource,
  rivmGedragPublicDataSource,
];

describe.each(testDatabaseTargets())('epidemic public data on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
  });
  afterAll(() => handle.close());

  it('loads every source once as real (not demo) batches, then skips them unchanged', async () => {
    const first = await loadPublicData(handle.db, SHARED, SOURCES);
    expect(first.map((r) => r.status)).toEqual(['loaded', 'loaded', 'loaded', 'loaded']);
    const counted = await countObservations(handle.db);
    expect(counted.demo).toBe(0);
    expect(counted.stored).toBeGreaterThan(200_000);
    const batches = await listImportBatches(handle.db);
    expect(batches.every((b) => b.status === 'applied' && b.source !== null && !b.demo)).toBe(true);

    const second = await loadPublicData(handle.db, SHARED, SOURCES);
    expect(second.map((r) => r.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    expect(await countObservations(handle.db)).toEqual(counted);
  });

  it('sums the veiligheidsregio files to the national case total the source states', async () => {
    const national = await listObservations(handle.db, {
      indicator: 'positive-tests',
      region: 'NL01',
    });
    expect(national.reduce((n, o) => n + o.value, 0)).toBe(8_528_264);
    const vr = await listObservations(handle.db, {
      indicator: 'positive-tests',
      region: 'VR13',
      from: '2021-01-01',
      to: '2021-01-01',
    });
    expect(vr.map((o) => o.value)).toEqual([281]);
  });

  it('keeps the Rt interval and the weekly sewage series per gemeente', async () => {
    const rt = await listObservations(handle.db, { indicator: 'reproduction-number' });
    expect(rt).toHaveLength(732);
    expect(rt[0]).toMatchObject({
      period: { key: '2020-02-17' },
      value: 1.93,
      lower: 0.5,
      upper: 4,
    });
    const sewer = await listObservations(handle.db, {
      indicator: 'sewage-rna',
      region: 'GM0014',
      to: '2020-09-20',
    });
    expect(sewer.map((o) => [o.period.key, o.value])).toEqual([
      ['2020-W37', 21],
      ['2020-W38', 125],
    ]);
  });

  it('stores the behaviour survey per wave, region and subgroup as in the file', async () => {
    const lines = readFileSync(
      join(SHARED, 'rivm-gedrag', 'COVID-19_gedrag_20210504.csv'),
      'utf8',
    ).split(/\r?\n/);
    const expected = lines
      .map((l) => l.split(';'))
      .filter(
        (f) =>
          f[3] === 'NL00' &&
          f[6] === 'Totaal' &&
          f[7] === 'Naleving' &&
          f[8] === 'Avondklok' &&
          f[11] !== '',
      )
      .map((f) => [f[1], Number(f[11])]);
    expect(expected.length).toBeGreaterThan(2);
    const stored = await listObservations(handle.db, {
      indicator: 'compliance-curfew',
      region: 'NL01',
      breakdown: '',
    });
    expect(stored.map((o) => [o.period.key, o.value])).toEqual(expected);
    const young = await listObservations(handle.db, {
      indicator: 'support-curfew',
      breakdown: 'leeftijd:16-24',
    });
    expect(young.length).toBe(expected.length);
    const regions = await listObservations(handle.db, {
      indicator: 'compliance-distance',
      periodType: 'day',
      breakdown: '',
    });
    expect(new Set(regions.map((o) => o.regionCode)).size).toBe(26);
  });
});

describe('a single epidemic source on an empty database', () => {
  it('loads the region registry it needs first', async () => {
    const [target] = testDatabaseTargets();
    const handle = await target!.open();
    try {
      await migrateToLatest(handle.db);
      const [result] = await loadPublicData(handle.db, SHARED, [rivmRtPublicDataSource]);
      expect(result?.status).toBe('loaded');
      expect(await listObservations(handle.db, { indicator: 'reproduction-number' })).toHaveLength(
        732,
      );
    } finally {
      await handle.close();
    }
  });
});
