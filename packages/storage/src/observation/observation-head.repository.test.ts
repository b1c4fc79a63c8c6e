import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { START_PAGE_SPARKLINE_LENGTH, dashboardPointsNeeded } from '@weegschaal/core';
import { testRegion } from '../../../../test-support/test-region.ts';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import { migrationProvider } from '../migrations/index.ts';
import type { DatabaseHandle } from '../database.ts';
import { upsertRegions } from '../region/region.repository.ts';
import { ensureIndicatorCatalogue } from '../indicator/indicator.repository.ts';
import { importObservations, rollbackImportBatch } from '../imports/observation-importer.ts';
import { dashboardData } from '../dashboard/dashboard-data.repository.ts';
import { refreshObservationHeads } from './observation-head.repository.ts';

const months = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => {
    const m = from + i;
    return `${2018 + Math.floor((m - 1) / 12)}-${String(((m - 1) % 12) + 1).padStart(2, '0')}`;
  });

/** A page's points with every head marked stale (and put back), all read from observations. */
async function pageFromObservations(
  handle: DatabaseHandle,
  region: string,
  asOf: string,
  length: number,
) {
  let series: Awaited<ReturnType<typeof dashboardData>>['series'] | undefined;
  const undo = new Error('undo');
  await handle.db
    .transaction()
    .execute(async (trx) => {
      await sql`
        insert into observation_head_stale (indicator_code, region_code, period_type)
        select indicator_code, region_code, period_type from observation_head`.execute(trx);
      await sql`delete from observation_head`.execute(trx);
      series = (await dashboardData(trx, region, asOf, length)).series;
      throw undo;
    })
    .catch((error: unknown) => {
      if (error !== undo) throw error;
    });
  return series;
}

describe.each(testDatabaseTargets())('the series heads on $kind', (target) => {
  let handle: DatabaseHandle;
  const run = async (fileName: string, lines: string[]) => {
    const report = await importObservations(handle.db, {
      fileName,
      bytes: new TextEncoder().encode(['indicator,region,period,value', ...lines].join('\n')),
      createdBy: 'test',
    });
    expect(report.status).toBe('applied');
    return report.batchId!;
  };
  const head = async (indicator: string, region: string) =>
    (
      await sql<{ depth: number; keys: string[]; values: number[] }>`
        select depth, period_keys as keys, observed_values as values from observation_head
        where indicator_code = ${indicator} and region_code = ${region}`.execute(handle.db)
    ).rows[0];
  const staleCount = async () =>
    (
      await sql<{ n: number }>`select count(*)::int as n from observation_head_stale`.execute(
        handle.db,
      )
    ).rows[0]!.n;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    await ensureIndicatorCatalogue(handle.db);
    await upsertRegions(handle.db, [testRegion('GM0518'), testRegion('GM0599')]);
  });
  afterAll(() => handle.close());

  it('keeps the newest periods of every series at their latest revision, built before commit', async () => {
    // 40 months of a monthly indicator (deeper than its head), with an age-group breakdown
    // the head leaves out
    await run('months.csv', [
      ...months(1, 40).map((m, i) => `bankruptcies,GM0518,${m},${i + 1}`),
      ...months(1, 3).map((m) => `bankruptcies,GM0599,${m},7`),
    ]);
    const depth = dashboardPointsNeeded('month', START_PAGE_SPARKLINE_LENGTH);
    const kept = await head('bankruptcies', 'GM0518');
    expect(kept?.depth).toBe(depth);
    expect(kept?.keys).toEqual(months(1, 40).slice(-depth));
    expect(kept?.values).toEqual(Array.from({ length: depth }, (_, i) => 40 - depth + i + 1));
    expect((await head('bankruptcies', 'GM0599'))?.keys).toEqual(months(1, 3));
    expect(await staleCount()).toBe(0);

    // a revision of the newest month: the head shows it, the earlier revision stays stored
    const revision = await run('revision.csv', [`bankruptcies,GM0518,${months(40, 1)[0]},99`]);
    expect((await head('bankruptcies', 'GM0518'))?.values.at(-1)).toBe(99);
    // rolled back: the earlier revision is the latest again
    await rollbackImportBatch(handle.db, revision, 'test');
    expect((await head('bankruptcies', 'GM0518'))?.values.at(-1)).toBe(40);
    expect(await staleCount()).toBe(0);
  });

  it('gives the start page the same points as the observations do', async () => {
    for (const length of [2, 12, START_PAGE_SPARKLINE_LENGTH]) {
      const page = await dashboardData(handle.db, 'GM0518', '2021-06-30', length);
      expect(page.series.get('bankruptcies')).toHaveLength(dashboardPointsNeeded('month', length));
      expect(page.series).toEqual(
        await pageFromObservations(handle, 'GM0518', '2021-06-30', length),
      );
    }
    // a longer sparkline than the head holds, and an asOf before the newest period: read
    // from the observations, and still right
    const longer = await dashboardData(handle.db, 'GM0518', '2021-06-30', 36);
    expect(longer.series.get('bankruptcies')?.map((p) => p.period.key)).toEqual(
      months(1, 40).slice(-36),
    );
    const earlier = await dashboardData(handle.db, 'GM0518', '2019-03-31', 12);
    expect(earlier.series.get('bankruptcies')?.at(-1)?.period.key).toBe('2019-03');
  });

  it('is never wrong when a writer forgets to refresh: the series is read from the observations', async () => {
    const batch = (
      await sql<{ id: number }>`select max(id)::int as id from import_batch`.execute(handle.db)
    ).rows[0]!.id;
    await sql`
      insert into observation (indicator_code, region_code, period_type, period_start,
        period_end, period_key, breakdown, revision, value, status, batch_id)
      values ('bankruptcies', 'GM0599', 'month', '2018-04-01', '2018-04-30', '2018-04', '', 1,
              123, 'final', ${batch})`.execute(handle.db);
    expect(await head('bankruptcies', 'GM0599')).toBeUndefined();
    expect(await staleCount()).toBe(1);
    const page = await dashboardData(handle.db, 'GM0599', '2021-06-30', 12);
    expect(page.series.get('bankruptcies')?.map((p) => p.value)).toEqual([7, 7, 7, 123]);
    // the next refresh (any writer's) builds it again
    expect(await refreshObservationHeads(handle.db)).toBe(1);
    expect((await head('bankruptcies', 'GM0599'))?.values).toEqual([7, 7, 7, 123]);
  });

  it('marks both series an update touches, the one a row left and the one it joined', async () => {
    await sql`
      update observation set region_code = 'GM0599', value = 77
      where indicator_code = 'bankruptcies' and region_code = 'GM0518'
        and period_key = '2019-06'`.execute(handle.db);
    expect(await head('bankruptcies', 'GM0518')).toBeUndefined();
    expect(await head('bankruptcies', 'GM0599')).toBeUndefined();
    expect(await staleCount()).toBe(2);
    const moved = await dashboardData(handle.db, 'GM0599', '2021-06-30', 12);
    expect(moved.series.get('bankruptcies')?.map((p) => p.value)).toEqual([7, 7, 7, 123, 77]);
    expect(await refreshObservationHeads(handle.db)).toBe(2);
    expect((await head('bankruptcies', 'GM0599'))?.values).toEqual([7, 7, 7, 123, 77]);
  });

  it('empties with the observations', async () => {
    await sql`truncate observation, import_rejection, import_batch`.execute(handle.db);
    const rows = await sql`select 1 from observation_head`.execute(handle.db);
    expect(rows.rows).toHaveLength(0);
    expect(await staleCount()).toBe(0);
  });
});

describe.each(testDatabaseTargets())('the migration that adds the heads, on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
  });
  afterAll(() => handle.close());

  it('builds the heads of the observations already stored', async () => {
    const migrator = new Migrator({ db: handle.db, provider: migrationProvider });
    const before = await migrator.migrateTo('20261124001300-ggd-regions');
    expect(before.error).toBeUndefined();
    await ensureIndicatorCatalogue(handle.db);
    await upsertRegions(handle.db, [testRegion('GM0518')]);
    // stored before the heads existed: 60 months with a revision of one, and a breakdown
    await sql`
      insert into import_batch (file_name, format, source, checksum, created_by, status,
        rows_read, observations_new, observations_revised, observations_unchanged,
        rejected_rows, empty_values, explanation, demo)
      values ('old.csv', 'csv', null, '', 'test', 'applied', 0, 0, 0, 0, 0, 0, '[]', true)`.execute(
      handle.db,
    );
    await sql`
      insert into observation (indicator_code, region_code, period_type, period_start,
        period_end, period_key, breakdown, revision, value, status, batch_id)
      select 'bankruptcies', 'GM0518', 'month', m, (m + interval '1 month' - interval '1 day')::date,
             to_char(m, 'YYYY-MM'), b.breakdown, r.revision, extract(month from m) * r.revision,
             'final', 1
      from generate_series(date '2020-01-01', date '2024-12-01', interval '1 month') as m,
           (values (''), ('leeftijd:15-24')) as b(breakdown),
           (values (1), (2)) as r(revision)
      where r.revision = 1 or m = date '2024-12-01'`.execute(handle.db);
    const after = await migrator.migrateToLatest();
    expect(after.error).toBeUndefined();
    const heads = await sql<{ depth: number; keys: string[]; values: number[] }>`
      select depth, period_keys as keys, observed_values as values
      from observation_head`.execute(handle.db);
    expect(heads.rows).toHaveLength(1); // the breakdown has no head
    expect(heads.rows[0]!.depth).toBe(53);
    expect(heads.rows[0]!.keys).toHaveLength(53);
    expect(heads.rows[0]!.keys.at(-1)).toBe('2024-12');
    expect(heads.rows[0]!.values.at(-1)).toBe(24); // December's second revision
    const page = await dashboardData(
      handle.db,
      'GM0518',
      '2025-01-31',
      START_PAGE_SPARKLINE_LENGTH,
    );
    expect(page.series.get('bankruptcies')?.every((p) => p.demo)).toBe(true);
    expect(page.series).toEqual(
      await pageFromObservations(handle, 'GM0518', '2025-01-31', START_PAGE_SPARKLINE_LENGTH),
    );
  });
});
