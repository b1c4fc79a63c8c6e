import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { contentHash, openDatabase } from '@weegschaal/storage';
import type { DatabaseConfig } from '@weegschaal/storage';
import { runCli } from '../../../../test-support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'weegschaal-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function hashOf(config: DatabaseConfig): Promise<string> {
  const handle = await openDatabase(config);
  try {
    return await contentHash(handle.db);
  } finally {
    await handle.close();
  }
}

/** Content worth comparing: an account (with its audit entry) and an imported batch. */
async function fill(cli: (...args: string[]) => ReturnType<typeof runCli>, tag: string) {
  expect((await cli('migrate')).code).toBe(0);
  const add = await cli('users', 'add', `anna-${tag}`, '--role', 'secretariat');
  expect(add.code, add.stderr).toBe(0);
  const csv = join(dir, `trust-${tag}.csv`);
  writeFileSync(
    csv,
    'indicator;regio;periode;waarde\ntrust-in-government;NL01;2021-Q1;38,5\n' +
      'trust-in-government;GM0363;2021-Q1;41,0\n',
  );
  const imported = await cli('import', csv);
  expect(imported.code, imported.stderr).toBe(0);
}

// each case starts several CLI processes, each opening the database: minutes on a busy machine
describe('weegschaal backup and restore, embedded database (PGlite)', { timeout: 300_000 }, () => {
  const source = join(dir, 'source');
  const target = join(dir, 'target');
  const file = join(dir, 'weegschaal.backup');
  const inDir = (dataDir: string) => ({ kind: 'pglite' as const, dataDir, command: 'test' });
  const cliIn =
    (dataDir: string) =>
    (...args: string[]) =>
      runCli(['--data-dir', dataDir, ...args]);

  it('round-trips the whole content: the restored database hashes the same and its audit trail verifies', async () => {
    await fill(cliIn(source), 'pglite');
    const before = await hashOf(inDir(source));

    const backup = await cliIn(source)('backup', file);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(
      /PGlite data directory, gzipped tar, \d+ bytes, SHA-256 [0-9a-f]{64}/,
    );
    expect([...readFileSync(file).subarray(0, 2)]).toEqual([0x1f, 0x8b]);

    const restore = await cliIn(target)('restore', file);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toContain(`into ${target}.`);
    expect(await hashOf(inDir(target))).toBe(before);
    const verify = await cliIn(target)('audit', 'verify');
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toContain('Audit trail intact');
  });

  it('refuses to overwrite a database without --force, and with it brings back the backed-up state', async () => {
    const backedUp = await hashOf(inDir(source));
    expect((await cliIn(source)('users', 'add', 'bert', '--role', 'secretariat')).code).toBe(0);
    expect(await hashOf(inDir(source))).not.toBe(backedUp);

    const refused = await cliIn(source)('restore', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('restore refuses to overwrite it');
    expect(refused.stderr).toContain('--force');

    const forced = await cliIn(source)('restore', file, '--force');
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toContain('replacing the data that were there');
    expect(await hashOf(inDir(source))).toBe(backedUp);
  });

  it('says what is wrong with a file that is no backup, and with a backup for the other engine', async () => {
    const bogus = join(dir, 'bogus.backup');
    writeFileSync(bogus, 'indicator,region\n');
    const notBackup = await cliIn(join(dir, 'empty'))('restore', bogus);
    expect(notBackup.code).toBe(1);
    expect(notBackup.stderr).toContain('is not a Weegschaal backup');

    const missing = await cliIn(join(dir, 'empty'))('restore', join(dir, 'nope.backup'));
    expect(missing.stderr).toContain('does not exist');

    const wrongEngine = await runCli(['restore', file], {
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    });
    expect(wrongEngine.code).toBe(1);
    expect(wrongEngine.stderr).toContain('is a backup of the embedded database (PGlite)');
  });
});

const adminUrl = process.env['TEST_DATABASE_URL'];

describe.skipIf(!adminUrl)(
  'weegschaal backup and restore, PostgreSQL (pg_dump)',
  { timeout: 300_000 },
  () => {
    const names = ['a', 'b'].map((s) => `weegschaal_backup_${s}_${randomBytes(4).toString('hex')}`);
    const urlOf = (name: string) => {
      const url = new URL(adminUrl ?? '');
      url.pathname = `/${name}`;
      return url.toString();
    };
    const [sourceUrl, targetUrl] = names.map(urlOf) as [string, string];
    const file = join(dir, 'weegschaal.pgdump');
    const cliOn =
      (url: string) =>
      (...args: string[]) =>
        runCli(args, { DATABASE_URL: url });

    async function admin(statement: string): Promise<void> {
      const handle = await openDatabase({ kind: 'postgres', url: adminUrl ?? '' });
      try {
        await sql.raw(statement).execute(handle.db);
      } finally {
        await handle.close();
      }
    }
    afterAll(async () => {
      for (const name of names) await admin(`drop database if exists ${name} with (force)`);
    });

    it('round-trips through pg_dump/pg_restore with the same content hash, refusing a non-empty target without --force', async () => {
      for (const name of names) await admin(`create database ${name}`);
      await fill(cliOn(sourceUrl), 'pg');
      const before = await hashOf({ kind: 'postgres', url: sourceUrl });

      const backup = await cliOn(sourceUrl)('backup', file);
      expect(backup.code, backup.stderr).toBe(0);
      expect(backup.stdout).toContain('pg_dump custom format');
      expect(backup.stdout).not.toContain('weegschaal@'); // the password never shows
      expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('PGDMP');

      const restore = await cliOn(targetUrl)('restore', file);
      expect(restore.code, restore.stderr).toBe(0);
      expect(await hashOf({ kind: 'postgres', url: targetUrl })).toBe(before);
      expect((await cliOn(targetUrl)('audit', 'verify')).code).toBe(0);

      expect((await cliOn(targetUrl)('users', 'add', 'bert', '--role', 'secretariat')).code).toBe(
        0,
      );
      const refused = await cliOn(targetUrl)('restore', file);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('restore refuses to overwrite it');
      const forced = await cliOn(targetUrl)('restore', file, '--force');
      expect(forced.code, forced.stderr).toBe(0);
      expect(await hashOf({ kind: 'postgres', url: targetUrl })).toBe(before);

      const wrongEngine = await runCli(['--data-dir', join(dir, 'empty-pg'), 'restore', file]);
      expect(wrongEngine.stderr).toContain('is a PostgreSQL backup (pg_dump)');
    });
  },
);
