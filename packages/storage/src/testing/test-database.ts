import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../database.ts';
import type { DatabaseHandle, DatabaseKind } from '../database.ts';

/**
 * Storage tests run on every database the product supports: PGlite always, and a real
 * PostgreSQL server when TEST_DATABASE_URL is set. Under CI=true a missing server is a
 * failure, never a silent skip. Each test database is new and empty, so test files can
 * run in parallel and migrate up and down freely.
 */
export interface TestDatabaseTarget {
  kind: DatabaseKind;
  open(): Promise<DatabaseHandle>;
}

export function testDatabaseTargets(env: NodeJS.ProcessEnv = process.env): TestDatabaseTarget[] {
  const targets: TestDatabaseTarget[] = [
    { kind: 'pglite', open: () => openDatabase({ kind: 'pglite-memory' }) },
  ];
  const url = env['TEST_DATABASE_URL'];
  if (url) {
    targets.push({ kind: 'postgres', open: () => openFreshPostgres(url) });
  } else if (env['CI'] === 'true') {
    throw new Error(
      'CI=true but TEST_DATABASE_URL is not set: the PostgreSQL storage tests must run in CI. ' +
        'Run the tests through .ci/run, which starts PostgreSQL and sets it.',
    );
  }
  return targets;
}

async function openFreshPostgres(adminUrl: string): Promise<DatabaseHandle> {
  const name = `weegschaal_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
