import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { DataDirectoryInUseError, acquireDataDirectoryLock } from './data-directory-lock.ts';
import { openDatabase } from './database.ts';
import { migrateToLatest } from './migrator.ts';
import { setMeta, getMeta } from './app-meta/app-meta.repository.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'weegschaal-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('data directory lock', () => {
  it('refuses a second owner while another live process holds it, naming pid and URL', async () => {
    const dir = tempDir();
    // a real second process holds the lock, as the server would
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(
        join(dir, 'weegschaal.lock'),
        JSON.stringify({
          pid: holder.pid,
          startedAt: 'now',
          command: 'serve',
          url: 'http://127.0.0.1:9999',
        }),
      );
      let error: unknown;
      try {
        acquireDataDirectoryLock(dir, 'demo');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DataDirectoryInUseError);
      expect((error as Error).message).toContain(`process ${holder.pid}`);
      expect((error as Error).message).toContain('http://127.0.0.1:9999/api/v1');
    } finally {
      holder.kill();
    }
  });

  it('takes over a stale lock left by a process that died', async () => {
    const dir = tempDir();
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.on('exit', resolve));
    writeFileSync(
      join(dir, 'weegschaal.lock'),
      JSON.stringify({ pid: dead.pid, startedAt: 'x', command: 'serve' }),
    );
    const lock = acquireDataDirectoryLock(dir, 'demo');
    expect(existsSync(lock.path)).toBe(true);
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
  });

  it('keeps the embedded data across close and reopen, and locks while open', async () => {
    const dir = tempDir();
    const first = await openDatabase({ kind: 'pglite', dataDir: dir, command: 'test' });
    await migrateToLatest(first.db);
    await setMeta(first.db, 'probe', 'kept');
    await first.close();

    const second = await openDatabase({ kind: 'pglite', dataDir: dir, command: 'test' });
    try {
      expect(await getMeta(second.db, 'probe')).toBe('kept');
      expect(existsSync(join(dir, 'weegschaal.lock'))).toBe(true);
    } finally {
      await second.close();
    }
    expect(existsSync(join(dir, 'weegschaal.lock'))).toBe(false);
  });
});
