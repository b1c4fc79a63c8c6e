import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase, verifyAuditLog } from '@weegschaal/storage';
import { runCli, startServer } from '../test-support/run-cli.ts';
import {
  createBenchDatabase,
  gemeenteCodes,
  hasSignalIntake,
  login,
  postgresAdminUrl,
  random,
  signalBody,
} from './support/bench-server.ts';
import type { BenchDatabase, BenchSession, Engine } from './support/bench-server.ts';

/**
 * Crash consistency: `weegschaal serve` is killed with SIGKILL at a random moment while
 * observation imports (POST /imports, one transaction each) and signal intakes (POST /signals)
 * are in flight; then the database is opened again — taking over the dead server's lock and
 * recovering from its write-ahead log, as a restarted server does — and checked:
 *
 * - every import batch is whole: its stored observations equal its recorded count, no
 *   observation points at a batch that does not exist, and every batch acknowledged with 201
 *   is there with exactly the acknowledged count; a file that was sent but not acknowledged
 *   is either wholly there (committed just before the kill; allowed) or wholly absent;
 * - signals: acknowledged (201) ≤ stored ≤ sent, cumulative over the runs. A signal stored
 *   but not acknowledged is one whose commit finished before the kill but whose answer did not
 *   reach the client: allowed, and counted;
 * - the audit hash chain verifies.
 *
 * The next run's `serve` is a second restart after the kill. At the end the server starts
 * once more, answers /health, stops cleanly, and `weegschaal audit verify` must pass.
 *
 *   node bench/crash-consistency.ts                 # long form: 20 runs per engine
 *   node bench/crash-consistency.ts --short         # CI form: 3 runs per engine
 *   node bench/crash-consistency.ts --runs 40 --engine pglite --seed 7
 */
export interface CrashOptions {
  runs: number;
  engines: Engine[];
  seed: number;
  /** observations per import file (342 gemeenten × days) */
  rowsPerImport: number;
  /** concurrent import streams, each on its own indicator so that they never revise the same keys */
  importStreams: number;
  signalWriters: number;
  /** the kill falls uniformly in this window after the writes start */
  killWindowMs: [number, number];
  log: (line: string) => void;
}

export interface CrashRun {
  engine: Engine;
  run: number;
  killAfterMs: number;
  staleLockTakenOver: boolean;
  importsSent: number;
  importsAcknowledged: number;
  batchesStored: number;
  batchesCommittedUnacknowledged: number;
  batchesAbsent: number;
  signalsSent: number;
  signalsAcknowledged: number;
  signalsStored: number;
  auditEntries: number;
  problems: string[];
}

export interface CrashReport {
  runs: CrashRun[];
  finalChecks: { engine: Engine; restartedAndStopped: boolean; auditVerify: string }[];
  signalsAvailable: boolean;
  problems: string[];
}

const DAILY = ['positive-tests', 'hospital-admissions', 'hospital-admissions-reported'];

interface SentFile {
  checksum: string;
  rows: number;
  acknowledged: { batchId: number; stored: number } | null;
}

function importFile(stream: number, serial: number, rows: number, gemeenten: string[]): string {
  const indicator = DAILY[stream % DAILY.length] ?? 'positive-tests';
  const lines = ['indicator,region,period,value'];
  const day = new Date(Date.UTC(2021, 0, 1));
  // every file carries its own serial as the value: each row is a new revision, never unchanged
  while (lines.length - 1 < rows) {
    const date = day.toISOString().slice(0, 10);
    for (const gm of gemeenten) {
      if (lines.length - 1 < rows) lines.push(`${indicator},${gm},${date},${serial}`);
    }
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return `${lines.join('\n')}\n`;
}

interface Writers {
  files: SentFile[];
  signalsSent: number;
  signalsAcknowledged: number;
  /** answers that are no part of a crash: a 5xx, a refused import (each a problem) */
  failures: string[];
  done: Promise<void>;
  /** resolves at the first acknowledged import */
  firstAcknowledged: Promise<void>;
}

function startWriters(
  url: string,
  session: BenchSession,
  options: CrashOptions,
  serialBase: number,
  gemeenten: string[],
  signalsAvailable: boolean,
): Writers {
  const writers: Writers = {
    files: [],
    signalsSent: 0,
    signalsAcknowledged: 0,
    failures: [],
    done: Promise.resolve(),
    firstAcknowledged: Promise.resolve(),
  };
  let acknowledged = (): void => {};
  writers.firstAcknowledged = new Promise((r) => (acknowledged = r));
  let serial = serialBase;
  const importLoop = async (stream: number) => {
    for (;;) {
      const content = importFile(stream, serial++, options.rowsPerImport, gemeenten);
      const file: SentFile = {
        checksum: createHash('sha256').update(content).digest('hex'),
        rows: options.rowsPerImport,
        acknowledged: null,
      };
      writers.files.push(file);
      const response = await fetch(`${url}/api/v1/imports`, {
        method: 'POST',
        headers: session.headers,
        body: JSON.stringify({ fileName: `crash-${file.checksum.slice(0, 8)}.csv`, content }),
      });
      const body = (await response.json()) as {
        batchId: number;
        status: string;
        counts: { observationsNew: number; observationsRevised: number };
      };
      if (response.status !== 201 || body.status !== 'applied') {
        writers.failures.push(`import answered ${response.status}: ${JSON.stringify(body)}`);
        return;
      }
      file.acknowledged = {
        batchId: body.batchId,
        stored: body.counts.observationsNew + body.counts.observationsRevised,
      };
      acknowledged();
    }
  };
  const signalLoop = async (writer: number) => {
    for (let n = 0; ; n++) {
      writers.signalsSent++;
      const response = await fetch(`${url}/api/v1/signals`, {
        method: 'POST',
        headers: session.headers,
        body: signalBody(n, gemeenten[(writer * 31 + n) % gemeenten.length] ?? 'GM0363'),
      });
      await response.arrayBuffer();
      if (response.status === 429) {
        // the intake's rate limit: refused, nothing written; wait as the answer asks
        await new Promise((r) => setTimeout(r, 200));
        continue;
      }
      if (response.status === 201) writers.signalsAcknowledged++;
      else writers.failures.push(`signal intake answered ${response.status}`);
    }
  };
  const loops = [
    ...Array.from({ length: options.importStreams }, (_, s) => importLoop(s)),
    ...Array.from({ length: signalsAvailable ? options.signalWriters : 0 }, (_, w) =>
      signalLoop(w),
    ),
  ];
  // every loop ends when the server dies under it (a refused or reset connection)
  writers.done = Promise.allSettled(loops).then((results) => {
    for (const r of results) {
      if (r.status === 'rejected' && !isConnectionError(r.reason)) {
        writers.failures.push(String(r.reason));
      }
    }
  });
  return writers;
}

/** "signal intake answered 500" × 66 rather than 66 lines */
function summariseFailures(failures: string[]): string[] {
  const counts = new Map<string, number>();
  for (const f of failures) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts].map(([f, n]) => (n > 1 ? `${f} (${n}×)` : f));
}

function isConnectionError(error: unknown): boolean {
  const text = String(error instanceof Error ? `${error.message} ${String(error.cause)}` : error);
  return /fetch failed|ECONNRESET|ECONNREFUSED|socket|other side closed|terminated/i.test(text);
}

interface Totals {
  signalsSent: number;
  signalsAcknowledged: number;
  files: SentFile[];
}

async function check(bench: BenchDatabase, totals: Totals, signalsAvailable: boolean) {
  const problems: string[] = [];
  const handle = await openDatabase(bench.config);
  try {
    const batches = await sql<{ id: number; checksum: string; recorded: number; stored: number }>`
      select b.id, b.checksum, b.observations_new + b.observations_revised as recorded,
             (select count(*) from observation o where o.batch_id = b.id)::int as stored
        from import_batch b where b.source is null and b.status = 'applied'`.execute(handle.db);
    const byChecksum = new Map(batches.rows.map((b) => [b.checksum, b]));
    for (const b of batches.rows) {
      if (Number(b.stored) !== Number(b.recorded)) {
        problems.push(`batch ${b.id} is half-written: ${b.stored} of ${b.recorded} observations`);
      }
    }
    const orphans = await sql<{ n: number }>`
      select count(*)::int as n from observation o
       where not exists (select 1 from import_batch b where b.id = o.batch_id)`.execute(handle.db);
    if (Number(orphans.rows[0]?.n) !== 0) {
      problems.push(`${orphans.rows[0]?.n} observations belong to no batch`);
    }
    let committedUnacknowledged = 0;
    let absent = 0;
    for (const file of totals.files) {
      const stored = byChecksum.get(file.checksum);
      if (file.acknowledged) {
        if (!stored) problems.push(`acknowledged batch ${file.acknowledged.batchId} is lost`);
        else if (Number(stored.stored) !== file.acknowledged.stored) {
          problems.push(
            `acknowledged batch ${stored.id}: ${stored.stored} observations stored, ${file.acknowledged.stored} acknowledged`,
          );
        }
      } else if (stored) committedUnacknowledged++;
      else absent++;
    }
    let signalsStored = 0;
    if (signalsAvailable) {
      const count = await sql<{ n: number }>`select count(*)::int as n from signal`.execute(
        handle.db,
      );
      signalsStored = Number(count.rows[0]?.n ?? 0);
      if (signalsStored < totals.signalsAcknowledged) {
        problems.push(
          `signals lost: ${signalsStored} stored, ${totals.signalsAcknowledged} acknowledged`,
        );
      }
      if (signalsStored > totals.signalsSent) {
        problems.push(`more signals stored (${signalsStored}) than sent (${totals.signalsSent})`);
      }
    }
    const audit = await verifyAuditLog(handle.db);
    if (!audit.ok) {
      problems.push(
        `audit chain broken at entry ${audit.firstBroken?.seq}: ${audit.firstBroken?.reason}`,
      );
    }
    return {
      problems,
      batchesStored: batches.rows.length,
      committedUnacknowledged,
      absent,
      signalsStored,
      auditEntries: audit.checked,
    };
  } finally {
    await handle.close();
  }
}

function lockHeldByDeadProcess(bench: BenchDatabase): boolean {
  if (!bench.dataDir) return false;
  const path = join(bench.dataDir, 'weegschaal.lock');
  if (!existsSync(path)) return false;
  const { pid } = JSON.parse(readFileSync(path, 'utf8')) as { pid: number };
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

async function crashEngine(engine: Engine, options: CrashOptions, report: CrashReport) {
  const bench = await createBenchDatabase(engine, 'crash');
  const gemeenten = gemeenteCodes();
  const next = random(options.seed);
  const totals: Totals = { signalsSent: 0, signalsAcknowledged: 0, files: [] };
  try {
    for (let run = 1; run <= options.runs; run++) {
      const server = await startServer(bench.cliArgs, [], {
        ...bench.cliEnv,
        WEEGSCHAAL_PUBLIC_DATA: 'none',
      });
      if (run === 1) report.signalsAvailable = await hasSignalIntake(server.url);
      const session = await login(server.url);
      const [min, max] = options.killWindowMs;
      const writers = startWriters(
        server.url,
        session,
        options,
        run * 1000,
        gemeenten,
        report.signalsAvailable,
      );
      // odd runs kill at a random moment from the start (often before any commit); even runs
      // at a random moment after the first acknowledged import, so that acknowledged batches
      // are there to lose
      const started = Date.now();
      if (run % 2 === 0) {
        await Promise.race([writers.firstAcknowledged, new Promise((r) => setTimeout(r, 60_000))]);
      }
      await new Promise((r) => setTimeout(r, Math.round(min + next() * (max - min))));
      const killAfterMs = Date.now() - started;
      const exited = new Promise((r) => server.child.once('exit', r));
      server.child.kill('SIGKILL');
      await exited;
      await writers.done;
      totals.files.push(...writers.files);
      totals.signalsSent += writers.signalsSent;
      totals.signalsAcknowledged += writers.signalsAcknowledged;

      const staleLockTakenOver = lockHeldByDeadProcess(bench);
      const result = await check(bench, totals, report.signalsAvailable);
      const problems = [...result.problems, ...summariseFailures(writers.failures)];
      if (engine === 'pglite' && !staleLockTakenOver) {
        problems.push('the killed server left no lock behind: the stale-lock path was not tested');
      }
      const row: CrashRun = {
        engine,
        run,
        killAfterMs,
        staleLockTakenOver,
        importsSent: writers.files.length,
        importsAcknowledged: writers.files.filter((f) => f.acknowledged).length,
        batchesStored: result.batchesStored,
        batchesCommittedUnacknowledged: result.committedUnacknowledged,
        batchesAbsent: result.absent,
        signalsSent: totals.signalsSent,
        signalsAcknowledged: totals.signalsAcknowledged,
        signalsStored: result.signalsStored,
        auditEntries: result.auditEntries,
        problems,
      };
      report.runs.push(row);
      report.problems.push(...problems.map((p) => `${engine} run ${run}: ${p}`));
      options.log(
        `${engine} run ${run}: killed after ${killAfterMs} ms; imports sent ${row.importsSent}, ` +
          `acknowledged ${row.importsAcknowledged}; batches stored ${row.batchesStored} ` +
          `(${row.batchesCommittedUnacknowledged} committed but unacknowledged, all runs), absent ${row.batchesAbsent}; ` +
          (report.signalsAvailable
            ? `signals sent/acknowledged/stored ${row.signalsSent}/${row.signalsAcknowledged}/${row.signalsStored}; `
            : 'signals: intake not in this build; ') +
          `audit ${row.auditEntries} entries ok` +
          `${engine === 'pglite' ? `; stale lock taken over: ${staleLockTakenOver ? 'yes' : 'NO'}` : ''}` +
          `${problems.length ? ` — PROBLEMS: ${problems.join('; ')}` : ''}`,
      );
    }
    // the last restart: the server starts over the last kill, answers, and stops cleanly
    const server = await startServer(bench.cliArgs, [], {
      ...bench.cliEnv,
      WEEGSCHAAL_PUBLIC_DATA: 'none',
    });
    const health = await fetch(`${server.url}/api/v1/health`);
    await health.arrayBuffer();
    const stopped = await server.stop();
    const verify = await runCli([...bench.cliArgs, 'audit', 'verify'], bench.cliEnv);
    const restartedAndStopped = health.status === 200 && stopped === 0;
    if (!restartedAndStopped) {
      report.problems.push(`${engine}: restart answered ${health.status}, stop exited ${stopped}`);
    }
    if (verify.code !== 0) report.problems.push(`${engine}: audit verify: ${verify.stderr.trim()}`);
    report.finalChecks.push({
      engine,
      restartedAndStopped,
      auditVerify: (verify.stdout || verify.stderr).trim(),
    });
    options.log(
      `${engine}: final restart ok: ${restartedAndStopped}; ${(verify.stdout || verify.stderr).trim()}`,
    );
  } finally {
    await bench.drop();
  }
}

export async function crashConsistency(options: CrashOptions): Promise<CrashReport> {
  const report: CrashReport = { runs: [], finalChecks: [], signalsAvailable: false, problems: [] };
  for (const engine of options.engines) await crashEngine(engine, options, report);
  return report;
}

export function defaultEngines(): Engine[] {
  return postgresAdminUrl() ? ['pglite', 'postgres'] : ['pglite'];
}

export function summarise(report: CrashReport): string[] {
  const lines: string[] = [];
  for (const engine of new Set(report.runs.map((r) => r.engine))) {
    const runs = report.runs.filter((r) => r.engine === engine);
    const last = runs[runs.length - 1];
    const sum = (f: (r: CrashRun) => number) => runs.reduce((a, r) => a + f(r), 0);
    lines.push(
      `${engine}: ${runs.length} SIGKILLs; imports sent ${sum((r) => r.importsSent)}, acknowledged ` +
        `${sum((r) => r.importsAcknowledged)}, stored whole ${last?.batchesStored ?? 0} ` +
        `(of which committed but unacknowledged ${last?.batchesCommittedUnacknowledged ?? 0}), ` +
        `wholly absent ${last?.batchesAbsent ?? 0}, half-written 0 unless listed below; ` +
        (report.signalsAvailable
          ? `signals sent ${last?.signalsSent ?? 0}, acknowledged ${last?.signalsAcknowledged ?? 0}, stored ${last?.signalsStored ?? 0}; `
          : 'signals: the intake route is not in this build; ') +
        `stale locks taken over ${runs.filter((r) => r.staleLockTakenOver).length}; ` +
        `audit entries ${last?.auditEntries ?? 0}, chain verified after every kill`,
    );
  }
  lines.push(
    report.problems.length === 0
      ? 'No inconsistency.'
      : `INCONSISTENCIES (${report.problems.length}):\n  ${report.problems.join('\n  ')}`,
  );
  return lines;
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (import.meta.main) {
  const short = process.argv.includes('--short');
  const engine = argument('--engine');
  const report = await crashConsistency({
    runs: Number(argument('--runs') ?? (short ? 3 : 20)),
    engines: engine ? [engine === 'postgres' ? 'postgres' : 'pglite'] : defaultEngines(),
    seed: Number(argument('--seed') ?? 2026),
    rowsPerImport: Number(argument('--rows') ?? 10_000),
    importStreams: 2,
    signalWriters: 4,
    killWindowMs: [100, short ? 1500 : 3000],
    log: (line) => console.log(line),
  });
  console.log(summarise(report).join('\n'));
  process.exit(report.problems.length === 0 ? 0 : 1);
}
