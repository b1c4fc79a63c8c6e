import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRegion } from '../../../../test-support/test-region.ts';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import { openDatabase } from '../database.ts';
import type { DatabaseHandle } from '../database.ts';
import { upsertRegions } from '../region/region.repository.ts';
import { ensureIndicatorCatalogue } from '../indicator/indicator.repository.ts';
import { importObservations, rollbackImportBatch } from '../imports/observation-importer.ts';
import { watchObservationChanges } from './observation-changes.ts';
import type { ObservationChange } from './observation-changes.ts';

const nl = testRegion('NL01', { name: 'Nederland' });

const until = async (done: () => boolean) => {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 50));
};

describe.each(testDatabaseTargets())('announcing changed observations on $kind', (target) => {
  let handle: DatabaseHandle;
  const heard: (ObservationChange | null)[] = [];
  let stop: () => Promise<void>;
  const run = (text: string, dryRun = false) =>
    importObservations(handle.db, {
      fileName: 'x.csv',
      bytes: new TextEncoder().encode(`indicator,region,period,value\n${text}\n`),
      createdBy: 'test',
      dryRun,
    });
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    await ensureIndicatorCatalogue(handle.db);
    await upsertRegions(handle.db, [nl]);
    stop = await watchObservationChanges(handle, (change) => heard.push(change));
  });
  afterAll(async () => {
    await stop();
    await handle.close();
  });

  it('tells the watchers when a batch commits or is rolled back, and only then', async () => {
    await run('consumer-confidence,NL01,2021-03,-10', true); // dry run
    await run('consumer-confidence,NL01,2021-03,-1000'); // rejected: out of range
    expect(heard).toEqual([]);
    const applied = await run('consumer-confidence,NL01,2021-03,-10');
    // in this process at once, after the commit
    expect(heard).toContainEqual({ batchId: applied.batchId, kind: 'applied' });
    await rollbackImportBatch(handle.db, applied.batchId!, 'test');
    expect(heard).toContainEqual({ batchId: applied.batchId, kind: 'rolled-back' });
    await stop();
    const count = heard.length;
    await run('consumer-confidence,NL01,2021-04,-9');
    expect(heard).toHaveLength(count);
  });

  it.runIf(target.kind === 'postgres')(
    'tells other processes on PostgreSQL, through NOTIFY at the commit',
    async () => {
      // the same database through a pool of its own, as another process would reach it
      const url = new URL(process.env['TEST_DATABASE_URL']!);
      url.pathname = new URL(handle.location).pathname;
      const other = await openDatabase({ kind: 'postgres', url: url.toString() });
      const elsewhere: (ObservationChange | null)[] = [];
      const unwatch = await watchObservationChanges(handle, (change) => elsewhere.push(change));
      try {
        const write = (text: string, dryRun = false) =>
          importObservations(other.db, {
            fileName: 'y.csv',
            bytes: new TextEncoder().encode(`indicator,region,period,value\n${text}\n`),
            createdBy: 'test',
            dryRun,
          });
        await write('consumer-confidence,NL01,2021-06,-7', true);
        const report = await write('consumer-confidence,NL01,2021-05,-8');
        await until(() => elsewhere.length > 0);
        await new Promise((r) => setTimeout(r, 200));
        expect(elsewhere).toEqual([{ batchId: report.batchId, kind: 'applied' }]);
      } finally {
        await unwatch();
        await other.close();
      }
    },
  );
});
