import { spawn } from 'node:child_process';
import { accessSync, constants, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * The PostgreSQL client programs (pg_dump, pg_restore) come from the operating system, not
 * from npm: their format is the one every PostgreSQL operator already knows how to restore.
 * Debian puts them on PATH through wrappers, and the real binaries under
 * /usr/lib/postgresql/<major>/bin; the newest major wins, as a newer pg_dump reads older
 * servers but not the other way round.
 */
export type PostgresTool = 'pg_dump' | 'pg_restore';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findPostgresTool(
  tool: PostgresTool,
  env: NodeJS.ProcessEnv = process.env,
  libRoot = '/usr/lib/postgresql',
): string {
  const onPath = (env['PATH'] ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .map((dir) => join(dir, tool));
  let majors: string[] = [];
  try {
    majors = readdirSync(libRoot)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
  } catch {
    // no Debian-style installation: PATH only
  }
  const candidates = [...onPath, ...majors.map((m) => join(libRoot, m, 'bin', tool))];
  const found = candidates.find(isExecutable);
  if (!found) {
    throw new Error(
      `${tool} was not found on PATH nor in ${libRoot}/<version>/bin. A PostgreSQL backup needs the ` +
        `PostgreSQL client programs of the server's major version or newer ` +
        `(Debian/Ubuntu: apt-get install postgresql-client).`,
    );
  }
  return found;
}

/**
 * The connection for a client program: the URL without its password on the command line
 * (where `ps` would show it to every user of the machine); the password travels in PGPASSWORD.
 */
export function postgresToolConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    dbname: parsed.toString(),
    env: password === '' ? {} : { PGPASSWORD: password },
  };
}

/** Runs a client program; rejects with its own error text when it fails. */
export function runPostgresTool(
  path: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(path, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${path} failed (exit ${code}): ${stderr.trim() || stdout.trim()}`));
    });
  });
}
