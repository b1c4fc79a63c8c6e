import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPostgresTool, postgresToolConnection } from './postgres-tools.ts';
import { backupFormatOf } from './database-backup.ts';

const dir = mkdtempSync(join(tmpdir(), 'weegschaal-pgtools-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeTool(folder: string, name: string): string {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}

describe('finding the PostgreSQL client programs', () => {
  const lib = join(dir, 'lib');
  it('takes PATH first, then the newest /usr/lib/postgresql/<major>/bin', () => {
    fakeTool(join(lib, '9', 'bin'), 'pg_dump');
    const newest = fakeTool(join(lib, '16', 'bin'), 'pg_dump');
    fakeTool(join(lib, '15', 'bin'), 'pg_dump');
    expect(findPostgresTool('pg_dump', { PATH: join(dir, 'empty') }, lib)).toBe(newest);
    const onPath = fakeTool(join(dir, 'bin'), 'pg_dump');
    expect(findPostgresTool('pg_dump', { PATH: join(dir, 'bin') }, lib)).toBe(onPath);
  });

  it('says what to install when it is nowhere', () => {
    expect(() => findPostgresTool('pg_restore', { PATH: '' }, join(dir, 'none'))).toThrow(
      /pg_restore was not found on PATH nor in .*apt-get install postgresql-client/,
    );
  });

  it('keeps the password off the command line', () => {
    expect(postgresToolConnection('postgres://anna:ge%40heim@db:5432/weegschaal')).toEqual({
      dbname: 'postgres://anna@db:5432/weegschaal',
      env: { PGPASSWORD: 'ge@heim' },
    });
    expect(postgresToolConnection('postgres://db/weegschaal').env).toEqual({});
  });

  it('tells the two backup formats apart by their first bytes, and refuses anything else', () => {
    expect(backupFormatOf(new Uint8Array([0x1f, 0x8b, 8]), 'a')).toBe('pglite-data-dir');
    expect(backupFormatOf(new TextEncoder().encode('PGDMP\x01'), 'b')).toBe('pg-dump-custom');
    expect(() => backupFormatOf(new TextEncoder().encode('id,name'), 'c.csv')).toThrow(
      'c.csv is not a Weegschaal backup',
    );
  });
});
