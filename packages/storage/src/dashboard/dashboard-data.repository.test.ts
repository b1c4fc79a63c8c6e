import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRegion } from '../../../../test-support/test-region.ts';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { upsertRegions } from '../region/region.repository.ts';
import {
  ensureIndicatorCatalogue,
  listIndicators,
  upsertIndicators,
} from '../indicator/indicator.repository.ts';
import { importObservations } from '../imports/observation-importer.ts';
import { recentSeriesForRegion } from '../observation/observation.repository.ts';
import { dashboardData } from './dashboard-data.repository.ts';

const region = (code: string, name: string, displayName: string | null = null) =>
  testRegion(code, {
    name,
    displayName,
    parents: code === 'NL01' ? [] : [{ level: 'land', code: 'NL01' }],
  });

describe.each(testDatabaseTargets())('the dashboard’s data in one query on $kind', (target) => {
  let handle: DatabaseHandle;
  const run = (fileName: string, text: string) =>
    importObservations(handle.db, {
      fileName,
      bytes: new TextEncoder().encode(text),
      createdBy: 'test',
    });
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    await ensureIndicatorCatalogue(handle.db);
    await upsertRegions(handle.db, [
      region('NL01', 'Nederland'),
      region('GM0599', 'Rotterdam'),
      region('GM0518', "'s-Gravenhage", 'Den Haag'),
    ]);
    const lines = ['indicator,region,period,value,status,breakdown'];
    for (let m = 1; m <= 12; m++) {
      const month = `2021-${String(m).padStart(2, '0')}`;
      lines.push(`bankruptcies,GM0518,${month},${m * 10},,`);
      lines.push(`bankruptcies,GM0518,${month},${m * 1000},,leeftijd:15-24`);
      lines.push(`bankruptcies,GM0599,${month},${m},,`);
    }
    lines.push('consumer-confidence,GM0518,2021-06,-3.25,voorlopig,');
    await run('first.csv', lines.join('\n'));
    // a revision of May and a value after asOf
    await run(
      'second.csv',
      'indicator,region,period,value\nbankruptcies,GM0518,2021-05,55\nbankruptcies,GM0518,2022-01,999\n',
    );
  });
  afterAll(() => handle.close());

  it('gives the region’s name, the catalogue and each indicator’s newest points', async () => {
    const data = await dashboardData(handle.db, 'GM0518', '2021-12-31', 4);
    expect(data.region).toEqual({ code: 'GM0518', name: 'Den Haag' });
    expect(data.indicators).toEqual(await listIndicators(handle.db));
    // the latest revision, the whole population only, nothing after asOf, oldest first;
    // a sparkline of 4 but the 12 months of the monthly trend window
    expect(data.series.get('bankruptcies')?.map((o) => [o.period.key, o.value])).toEqual(
      Array.from({ length: 12 }, (_, i) => [
        `2021-${String(i + 1).padStart(2, '0')}`,
        i === 4 ? 55 : (i + 1) * 10,
      ]),
    );
    const longer = await dashboardData(handle.db, 'GM0518', '2021-12-31', 14);
    expect(longer.series.get('bankruptcies')).toHaveLength(12); // all there are
    const may = await dashboardData(handle.db, 'GM0518', '2021-05-31', 2);
    expect(may.series.get('bankruptcies')?.slice(-2)).toEqual([
      {
        period: { type: 'month', key: '2021-04', start: '2021-04-01', end: '2021-04-30' },
        value: 40,
        status: 'final',
        demo: false,
      },
      {
        period: { type: 'month', key: '2021-05', start: '2021-05-01', end: '2021-05-31' },
        value: 55, // revision 2
        status: 'final',
        demo: false,
      },
    ]);
    expect(may.series.get('consumer-confidence')).toBeUndefined();
    // the same points as the general query for a region's recent series
    const recent = await recentSeriesForRegion(handle.db, 'GM0518', '2021-12-31', 12);
    expect(
      new Map(
        [...recent].map(([code, list]) => [
          code,
          list.map(({ period, value, status, demo }) => ({ period, value, status, demo })),
        ]),
      ),
    ).toEqual(data.series);
    expect(data.series.get('consumer-confidence')).toMatchObject([
      { value: -3.25, status: 'provisional' },
    ]);
  });

  it('reads the catalogue again when it changed, and only then', async () => {
    const before = await dashboardData(handle.db, 'GM0518', '2021-12-31', 2);
    const again = await dashboardData(handle.db, 'GM0518', '2021-12-31', 2);
    expect(again.indicators).toBe(before.indicators); // the catalogue as read before
    const [first, ...rest] = await listIndicators(handle.db);
    await upsertIndicators(handle.db, [{ ...first!, nameEn: 'Renamed' }, ...rest]);
    const after = await dashboardData(handle.db, 'GM0518', '2021-12-31', 2);
    expect(after.indicators.find((i) => i.code === first!.code)?.nameEn).toBe('Renamed');
  });

  it('says when the region does not exist', async () => {
    const data = await dashboardData(handle.db, 'GM9999', '2021-12-31', 4);
    expect(data.region).toBeNull();
    expect(data.series.size).toBe(0);
  });
});
