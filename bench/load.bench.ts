import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { Options, Result } from 'autocannon';
import { sql } from 'kysely';
import { loadDemoSeries, openDatabase } from '@weegschaal/storage';
import { startServerScript } from '../test-support/run-cli.ts';
import type { RunningServer } from '../test-support/run-cli.ts';
import {
  createBenchDatabase,
  hasSignalIntake,
  login,
  postgresAdminUrl,
  signalBody,
} from './support/bench-server.ts';
import type { BenchDatabase, Engine } from './support/bench-server.ts';

/**
 * Load on loopback: 200 concurrent readers on the dashboard and indicator endpoints plus 10
 * writers posting signals, at once, against a server in its own process; then a count of
 * what was stored against what was acknowledged. The baseline is a trivial Fastify route in
 * its own process, driven by the same 200 connections in the same run: the ratios show what
 * our stack costs under concurrency, independent of the machine. The server's RSS is read
 * before and after the run.
 *
 * The server is `weegschaal serve`'s own composition (buildServer, migrations, the same
 * database) with the per-client rate limits off: all ten writers share one address and one
 * account, which the intake limit (60 a minute) would refuse. Without the signal intake in
 * the build the writers post one-row observation imports instead, and say so.
 *
 *   node bench/load.bench.ts            # long form: 60 s per engine (PGlite, and PostgreSQL
 *                                       # when BENCH_DATABASE_URL or TEST_DATABASE_URL is set)
 *   node bench/load.bench.ts --short    # CI form: 8 s, baseline 4 s
 *   --engine pglite|postgres, --duration <s>
 */
export interface LoadOptions {
  engines: Engine[];
  durationSeconds: number;
  baselineSeconds: number;
  readers: number;
  writers: number;
  log: (line: string) => void;
}

export interface LoadResult {
  engine: Engine;
  writeEndpoint: 'POST /api/v1/signals' | 'POST /api/v1/imports';
  baseline: Stats;
  readers: Stats;
  writers: Stats;
  writesAcknowledged: number;
  writesStored: number;
  /** stored without a 201 having arrived: only possible for a write whose connection failed */
  writesStoredUnacknowledged: number;
  serverErrors: number;
  rssBeforeMb: number;
  /** at the middle of the run: growth after it, not the warm-up before it, would be a leak */
  rssHalfwayMb: number;
  rssAfterMb: number;
}

interface Stats {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  status5xx: number;
  statusCounts: Record<string, number>;
}

const READ_PATHS = [
  '/api/v1/dashboard',
  '/api/v1/dashboard?region=GM0363',
  '/api/v1/indicators',
  '/api/v1/indicators/unemployment-rate',
  '/api/v1/observations?indicator=trust-in-government&region=NL01',
];

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

function stats(result: Result): Stats {
  const statusCounts: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) {
    statusCounts[code] = count;
  }
  return {
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    status5xx: result['5xx'],
    statusCounts,
  };
}

function rssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

function cannon(options: Options): Promise<Result> {
  return autocannon({ ...options, timeout: 30 });
}

/**
 * The writers: each posts, waits for the answer, and posts again until the time is up; the
 * answer to the last one is awaited too, so every write sent is answered and counted (autocannon
 * drops what is in flight at the end, and on one PGlite connection behind 200 readers a write
 * can take longer than a short run).
 */
async function write(
  url: string,
  headers: Record<string, string>,
  request: { path: string; body: string },
  options: LoadOptions,
): Promise<Stats> {
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  let errors = 0;
  const started = performance.now();
  const until = started + options.durationSeconds * 1000;
  const writer = async () => {
    do {
      const t = performance.now();
      try {
        const response = await fetch(`${url}${request.path}`, {
          method: 'POST',
          headers,
          body: request.body,
        });
        await response.arrayBuffer();
        statusCounts[response.status] = (statusCounts[response.status] ?? 0) + 1;
        latencies.push(performance.now() - t);
      } catch {
        errors++;
      }
    } while (performance.now() < until);
  };
  await Promise.all(Array.from({ length: options.writers }, writer));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  const count = (f: (code: number) => boolean) =>
    Object.entries(statusCounts).reduce((n, [code, c]) => n + (f(Number(code)) ? c : 0), 0);
  return {
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    errors,
    timeouts: 0,
    non2xx: count((code) => code < 200 || code >= 300),
    status5xx: count((code) => code >= 500),
    statusCounts,
  };
}

async function countWrites(bench: BenchDatabase, signals: boolean): Promise<number> {
  const handle = await openDatabase(bench.config);
  try {
    const result = signals
      ? await sql<{ n: number }>`select count(*)::int as n from signal`.execute(handle.db)
      : await sql<{ n: number }>`select count(*)::int as n from import_batch
          where file_name = 'load-writer.csv'`.execute(handle.db);
    return Number(result.rows[0]?.n ?? 0);
  } finally {
    await handle.close();
  }
}

async function loadEngine(engine: Engine, options: LoadOptions): Promise<LoadResult> {
  const bench = await createBenchDatabase(engine, 'load');
  let server: RunningServer | null = null;
  let baselineServer: RunningServer | null = null;
  try {
    const seeded = await openDatabase(bench.config);
    try {
      await loadDemoSeries(seeded.db);
    } finally {
      await seeded.close();
    }
    baselineServer = await startServerScript([here('./support/trivial-server.ts')]);
    const baseline = stats(
      await cannon({
        url: `${baselineServer.url}/trivial`,
        connections: options.readers,
        duration: options.baselineSeconds,
      }),
    );
    await baselineServer.stop();
    baselineServer = null;

    server = await startServerScript([here('./support/load-server.ts')], {
      BENCH_DB_CONFIG: JSON.stringify(bench.config),
    });
    const session = await login(server.url);
    const signals = await hasSignalIntake(server.url);
    const writeRequest = signals
      ? { path: '/api/v1/signals', body: signalBody(0, 'GM0363') }
      : {
          path: '/api/v1/imports',
          body: JSON.stringify({
            fileName: 'load-writer.csv',
            content: 'indicator,region,period,value\nloneliness,GM0363,2021,14\n',
          }),
        };
    // warm the caches and the JIT, so that "before" is the server as it runs, not as it booted
    await cannon({
      url: server.url,
      connections: 10,
      amount: 200,
      requests: READ_PATHS.map((path) => ({ path })),
    });
    const rssBeforeMb = rssMb(server.child.pid);
    const pid = server.child.pid;
    let rssHalfwayMb = 0;
    const halfway = setTimeout(
      () => (rssHalfwayMb = rssMb(pid)),
      (options.durationSeconds * 1000) / 2,
    );

    const [readers, writeStats] = await Promise.all([
      cannon({
        url: server.url,
        connections: options.readers,
        duration: options.durationSeconds,
        requests: READ_PATHS.map((path) => ({ method: 'GET', path })),
      }),
      write(server.url, session.headers, writeRequest, options),
    ]);
    const rssAfterMb = rssMb(server.child.pid);
    clearTimeout(halfway);
    await server.stop();
    server = null;

    const writesAcknowledged = writeStats.statusCounts['201'] ?? 0;
    const writesStored = await countWrites(bench, signals);
    const readStats = stats(readers);
    return {
      engine,
      writeEndpoint: signals ? 'POST /api/v1/signals' : 'POST /api/v1/imports',
      baseline,
      readers: readStats,
      writers: writeStats,
      writesAcknowledged,
      writesStored,
      writesStoredUnacknowledged: writesStored - writesAcknowledged,
      serverErrors: readStats.status5xx + writeStats.status5xx,
      rssBeforeMb,
      rssHalfwayMb,
      rssAfterMb,
    };
  } finally {
    await server?.stop();
    await baselineServer?.stop();
    await bench.drop();
  }
}

export async function loadBench(options: LoadOptions): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  for (const engine of options.engines) {
    const result = await loadEngine(engine, options);
    for (const line of describeLoad(result, options)) options.log(line);
    results.push(result);
  }
  return results;
}

/**
 * A lost write is one acknowledged with 201 and not stored. Every write sent is answered (the
 * writers wait for the last answers), so stored must equal acknowledged; only a write whose
 * connection failed may be stored without its 201.
 */
export function loadProblems(result: LoadResult): string[] {
  const problems: string[] = [];
  if (result.serverErrors > 0) problems.push(`${result.serverErrors} responses were 5xx`);
  if (result.writesStored < result.writesAcknowledged) {
    problems.push(
      `lost writes: ${result.writesAcknowledged} acknowledged, ${result.writesStored} stored`,
    );
  }
  if (result.writesStoredUnacknowledged > result.writers.errors) {
    problems.push(
      `${result.writesStoredUnacknowledged} writes stored without a 201 (connection errors: ${result.writers.errors})`,
    );
  }
  if (result.writers.non2xx > 0) {
    problems.push(
      `writers got ${result.writers.non2xx} non-2xx answers: ${JSON.stringify(result.writers.statusCounts)}`,
    );
  }
  return problems;
}

export function describeLoad(result: LoadResult, options: LoadOptions): string[] {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const row = (label: string, s: Stats) =>
    `${label.padEnd(34)} ${s.perSecond.toFixed(0).padStart(7)} req/s  p50 ${ms(s.p50).padStart(9)}  p99 ${ms(s.p99).padStart(9)}  ` +
    `requests ${s.requests}, errors ${s.errors}, timeouts ${s.timeouts}, non-2xx ${s.non2xx}, 5xx ${s.status5xx}`;
  const b = result.baseline;
  const r = result.readers;
  return [
    `--- ${result.engine}: ${options.readers} readers + ${options.writers} writers (${result.writeEndpoint}${result.writeEndpoint.endsWith('imports') ? ': signals intake not in this build' : ''}), ${options.durationSeconds} s, loopback`,
    row(`baseline trivial route (${options.baselineSeconds} s)`, b),
    row('readers (dashboard, indicators)', r),
    row(`writers (${result.writeEndpoint})`, result.writers),
    `ratios vs baseline: throughput ${(b.perSecond / Math.max(r.perSecond, 0.001)).toFixed(1)}× lower, ` +
      `p50 ${(r.p50 / Math.max(b.p50, 0.001)).toFixed(1)}×, p99 ${(r.p99 / Math.max(b.p99, 0.001)).toFixed(1)}×`,
    `writes: acknowledged ${result.writesAcknowledged}, stored ${result.writesStored} ` +
      `(stored without a 201: ${result.writesStoredUnacknowledged}); 5xx: ${result.serverErrors}`,
    `server RSS before ${result.rssBeforeMb} MB, halfway ${result.rssHalfwayMb} MB, after ${result.rssAfterMb} MB`,
  ];
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (import.meta.main) {
  const short = process.argv.includes('--short');
  const engine = argument('--engine');
  const options: LoadOptions = {
    engines: engine
      ? [engine === 'postgres' ? 'postgres' : 'pglite']
      : postgresAdminUrl()
        ? ['pglite', 'postgres']
        : ['pglite'],
    durationSeconds: Number(argument('--duration') ?? (short ? 8 : 60)),
    baselineSeconds: short ? 4 : 20,
    readers: 200,
    writers: 10,
    log: (line) => console.log(line),
  };
  if (!postgresAdminUrl())
    console.log('PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
  const results = await loadBench(options);
  const problems = results.flatMap((r) => loadProblems(r).map((p) => `${r.engine}: ${p}`));
  console.log(
    problems.length === 0 ? 'No 5xx, no lost writes.' : `PROBLEMS:\n  ${problems.join('\n  ')}`,
  );
  process.exit(problems.length === 0 ? 0 : 1);
}
