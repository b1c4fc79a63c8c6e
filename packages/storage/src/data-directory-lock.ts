import { mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '@weegschaal/core';

/**
 * PGlite is single-process: two processes opening one data directory corrupt it. Every
 * process that opens the embedded database first takes this lock; the owner records its
 * pid and, once it listens, its URL, so that a second process can say exactly who holds it.
 */
export interface LockOwner {
  pid: number;
  startedAt: string;
  command: string;
  url?: string;
}

export interface DataDirectoryLock {
  readonly path: string;
  /** record the URL the owning server listens on, for the message a second process prints */
  announceUrl(url: string): void;
  release(): void;
}

export class DataDirectoryInUseError extends DomainError {
  readonly owner: LockOwner;
  constructor(dataDir: string, owner: LockOwner) {
    const where = owner.url ? ` (server at ${owner.url})` : '';
    super(
      'unavailable',
      `The data directory ${dataDir} is in use by process ${owner.pid}${where}, started ${owner.startedAt} ` +
        `by "${owner.command}". The embedded database allows one process at a time: stop that process, ` +
        `use its HTTP API${owner.url ? ` at ${owner.url}/api/v1` : ''}, or choose another --data-dir.`,
    );
    this.owner = owner;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}

export function acquireDataDirectoryLock(dataDir: string, command: string): DataDirectoryLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'weegschaal.lock');
  const owner: LockOwner = { pid: process.pid, startedAt: new Date().toISOString(), command };

  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeFileSync(fd, JSON.stringify(owner));
      closeSync(fd);
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        const current = readOwner(path);
        if (current?.pid === process.pid) rmSync(path, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return {
        path,
        announceUrl(url) {
          owner.url = url;
          writeFileSync(path, JSON.stringify(owner));
        },
        release,
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const existing = readOwner(path);
      if (existing && existing.pid !== process.pid && isAlive(existing.pid)) {
        throw new DataDirectoryInUseError(dataDir, existing);
      }
      // a stale lock from a process that died (or a half-written one): take it over
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${path}`);
}
