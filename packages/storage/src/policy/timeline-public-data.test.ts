import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { loadPublicData, PUBLIC_DATA_SOURCES } from '../public-data/public-data-loader.ts';
import { measureEventsPublicDataSource } from '../measure-event/measure-events-public-data.ts';
import { listMeasureEvents } from '../measure-event/measure-event.repository.ts';
import { oxcgrtPublicDataSource } from './oxcgrt-public-data.ts';
import { countPolicyRecords } from './policy-record.repository.ts';

const SHARED = fileURLToPath(new URL('../../../../../shared/data', import.meta.url));
const SOURCES = [oxcgrtPublicDataSource, measureEventsPublicDataSource];

describe.each(testDatabaseTargets())('OxCGRT and events as public data on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
  });
  afterAll(() => handle.close());

  it('are registered as public data sources', () => {
    expect(PUBLIC_DATA_SOURCES).toEqual(expect.arrayContaining(SOURCES));
  });

  it('load once, then skip the unchanged files by checksum', async () => {
    const first = await loadPublicData(handle.db, SHARED, SOURCES);
    expect(first.map((r) => [r.source, r.status])).toEqual([
      ['oxcgrt', 'loaded'],
      ['nl-measures-timeline', 'loaded'],
    ]);
    expect(first[0]?.summary).toMatch(
      /^3288 country-days \(BEL, DEU, NLD\), 52608 indicator levels/,
    );
    const second = await loadPublicData(handle.db, SHARED, SOURCES);
    expect(second.map((r) => r.status)).toEqual(['unchanged', 'unchanged']);
    expect(await countPolicyRecords(handle.db)).toEqual({
      countries: 3,
      days: 3288,
      records: 52608,
    });
    expect(await listMeasureEvents(handle.db)).toHaveLength(101);
  });

  it('say so when the shared data are not there', async () => {
    const results = await loadPublicData(handle.db, '/nonexistent/shared/data', SOURCES);
    expect(results.map((r) => r.status)).toEqual(['missing', 'missing']);
  });
});
