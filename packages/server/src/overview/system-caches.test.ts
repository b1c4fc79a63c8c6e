import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import {
  ensureIndicatorCatalogue,
  importObservations,
  latestMigration,
  loadPublicData,
  migrateDownAll,
  migrateToLatest,
  nlRegionsPublicDataSource,
  openDatabase,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { buildServer } from '../app.ts';

const SHARED = fileURLToPath(new URL('../../../../../shared/data', import.meta.url));

/**
 * /health keeps the schema version and /overview the count of observations; both must be
 * read again after the event that changes them (a migration, an import), and only then.
 */
describe('kept values of /health and /overview', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(handle.db);
    await loadPublicData(handle.db, SHARED, [nlRegionsPublicDataSource]);
    await ensureIndicatorCatalogue(handle.db);
    app = await buildServer({ handle, webRoot: null, sharedDataDir: SHARED });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  const observations = async (): Promise<number> => {
    const body = (await app.inject({ url: '/api/v1/overview' })).json() as {
      areas: { area: string; counts: { key: string; value: number }[] }[];
    };
    return body.areas
      .find((a) => a.area === 'societal-picture')!
      .counts.find((c) => c.key === 'observations')!.value;
  };

  it('counts observations again after an import, not on every request', async () => {
    const before = await observations();
    const report = await importObservations(handle.db, {
      fileName: 'one.csv',
      bytes: new TextEncoder().encode('indicator,region,period,value\nloneliness,GM0363,2021,12\n'),
      createdBy: 'test',
    });
    expect(report.status).toBe('applied');
    expect(await observations()).toBe(before + 1);
    // a row written behind the import path's back is not seen: the count is kept
    await sql`insert into observation (indicator_code, region_code, period_type, period_start,
      period_end, period_key, revision, value, status, batch_id)
      select indicator_code, region_code, period_type, period_start, period_end, period_key,
             revision + 1, value, status, batch_id from observation limit 1`.execute(handle.db);
    expect(await observations()).toBe(before + 1);
  });

  it('reads the schema version again after a migration', async () => {
    const version = async () =>
      (
        (await app.inject({ url: '/api/v1/health' })).json() as {
          database: { schemaVersion: string | null };
        }
      ).database.schemaVersion;
    expect(await version()).toBe(latestMigration);
    // behind the migrator's back: the kept version does not change
    await sql`delete from kysely_migration where name = ${latestMigration}`.execute(handle.db);
    expect(await version()).toBe(latestMigration);
    const overviewVersion = async () =>
      (
        (await app.inject({ url: '/api/v1/overview' })).json() as {
          database: { schemaVersion: string | null };
        }
      ).database.schemaVersion;
    expect(await overviewVersion()).toBe(latestMigration);
    // put the row back, so that migrating down undoes every migration (the latest one's
    // tables may depend on older ones)
    await sql`insert into kysely_migration (name, timestamp) values (${latestMigration}, ${new Date().toISOString()})`.execute(
      handle.db,
    );
    // a migration is announced, and the version read again
    await migrateDownAll(handle.db);
    expect(await version()).toBeNull();
  });
});
