import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import {
  createUser,
  migrateToLatest,
  nlRegionsPublicDataSource,
  openDatabase,
} from '@weegschaal/storage';
import type { DatabaseConfig } from '@weegschaal/storage';

/**
 * What the crash and load scripts share: a database of their own on either engine (a
 * temporary data directory, or a new database on the PostgreSQL server), migrated, with the
 * regions loaded and one secretariat account; and a logged-in HTTP session against a
 * `weegschaal serve` child process.
 */
export type Engine = 'pglite' | 'postgres';

export const SHARED_DATA = resolve(
  process.env['WEEGSCHAAL_SHARED_DATA'] ??
    fileURLToPath(new URL('../../../shared/data', import.meta.url)),
);

export const BENCH_USER = 'bench-secretariat';
export const BENCH_PASSWORD = 'bench password for loopback only';

export interface BenchDatabase {
  engine: Engine;
  config: DatabaseConfig;
  /** arguments before the command (`--data-dir …`) and environment for the CLI */
  cliArgs: string[];
  cliEnv: NodeJS.ProcessEnv;
  /** the data directory (PGlite) — where the lock file lives */
  dataDir: string | null;
  drop(): Promise<void>;
}

/** PostgreSQL for the scripts: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else none. */
export function postgresAdminUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  return env['BENCH_DATABASE_URL'] || env['TEST_DATABASE_URL'] || null;
}

async function adminStatement(adminUrl: string, statement: string): Promise<void> {
  const admin = await openDatabase({ kind: 'postgres', url: adminUrl });
  try {
    await sql.raw(statement).execute(admin.db);
  } finally {
    await admin.close();
  }
}

export async function createBenchDatabase(engine: Engine, label: string): Promise<BenchDatabase> {
  let bench: BenchDatabase;
  if (engine === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), `weegschaal-${label}-`));
    bench = {
      engine,
      config: { kind: 'pglite', dataDir, command: label },
      cliArgs: ['--data-dir', dataDir],
      cliEnv: {},
      dataDir,
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  } else {
    const adminUrl = postgresAdminUrl();
    if (!adminUrl) throw new Error('no PostgreSQL: set BENCH_DATABASE_URL or TEST_DATABASE_URL');
    const name = `weegschaal_${label.replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`;
    await adminStatement(adminUrl, `create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    bench = {
      engine,
      config: { kind: 'postgres', url: url.toString() },
      cliArgs: [],
      cliEnv: { DATABASE_URL: url.toString() },
      dataDir: null,
      drop: () => adminStatement(adminUrl, `drop database if exists ${name} with (force)`),
    };
  }
  const handle = await openDatabase(bench.config);
  try {
    await migrateToLatest(handle.db);
    await nlRegionsPublicDataSource.load(handle.db, SHARED_DATA);
    await createUser(
      handle.db,
      { userId: null, username: label, role: 'system' },
      {
        username: BENCH_USER,
        displayName: 'Bench secretariat',
        role: 'secretariat',
        department: null,
        password: BENCH_PASSWORD,
      },
      new Date(),
    );
  } finally {
    await handle.close();
  }
  return bench;
}

export function gemeenteCodes(): string[] {
  return readFileSync(join(SHARED_DATA, 'nl-regions', 'gemeenten_2023.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0] ?? '')
    .filter((code) => /^GM\d{4}$/.test(code));
}

export interface BenchSession {
  /** headers for a logged-in write: the session cookie and the CSRF token */
  headers: Record<string, string>;
}

export async function login(baseUrl: string): Promise<BenchSession> {
  const response = await fetch(`${baseUrl}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: BENCH_USER, password: BENCH_PASSWORD }),
  });
  if (response.status !== 201) {
    throw new Error(`login failed: ${response.status} ${await response.text()}`);
  }
  const cookie = (response.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const body = (await response.json()) as { csrfToken: string };
  return {
    headers: { cookie, 'x-csrf-token': body.csrfToken, 'content-type': 'application/json' },
  };
}

/** Whether this build has the signal intake: its OpenAPI document lists POST /signals. */
export async function hasSignalIntake(url: string): Promise<boolean> {
  const response = await fetch(`${url}/api/v1/openapi.json`);
  const document = (await response.json()) as { paths?: Record<string, { post?: unknown }> };
  return Boolean(document.paths?.['/signals']?.post);
}

/** A signal intake as a practice circle would send it (the contract of POST /signals). */
export function signalBody(n: number, gemeente: string): string {
  return JSON.stringify({
    text: `Bench signal ${n}: jongeren melden meer eenzaamheid na de sluiting van het buurthuis.`,
    region: gemeente,
    observedOn: '2026-11-02',
    domain: 'mental-health',
    targetGroup: 'young-people',
    knowledgeSource: 'seen',
  });
}

/** mulberry32: small, fast and the same on every machine */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
