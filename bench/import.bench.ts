import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DatabaseConfig } from '@weegschaal/storage';

// the product's packages are imported where they are used, so that the COPY child's peak
// memory is that of a bare driver and not of the whole application
const storage = () => import('@weegschaal/storage');

/**
 * `weegschaal import` of a 1,000,000-row observations CSV (long layout, international
 * convention, generated with a fixed seed: 342 gemeenten × daily, weekly and monthly
 * indicators), with full validation, against PostgreSQL's own `COPY` of the same rows, already
 * converted to the table's columns, into the same table on the same server, in the same run.
 * Both on PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL; skipped with a message when
 * neither is set) and on PGlite on disk (`COPY … FROM '/dev/blob'`). Each run is its own child
 * process, so its peak memory (max RSS) is its own; the table is emptied before each run. The
 * import child calls `importObservations` as the CLI does, from reading the file to the commit.
 *
 * BENCH_IMPORT_ROWS (default 1,000,000), BENCH_ROUNDS (default 2; fastest run counts),
 * BENCH_IMPORT_TARGETS=pglite,postgres (default both).
 */
const ROWS = Number(process.env['BENCH_IMPORT_ROWS'] ?? 1_000_000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 2);
const TARGETS = (process.env['BENCH_IMPORT_TARGETS'] ?? 'pglite,postgres').split(',');
const SHARED = resolve(
  process.env['WEEGSCHAAL_SHARED_DATA'] ??
    fileURLToPath(new URL('../../shared/data', import.meta.url)),
);
const here = fileURLToPath(import.meta.url);

const COPY_COLUMNS = [
  'indicator_code',
  'region_code',
  'period_type',
  'period_start',
  'period_end',
  'period_key',
  'breakdown',
  'revision',
  'value',
  'status',
  'batch_id',
] as const;
const COPY_SQL = `copy observation (${COPY_COLUMNS.join(', ')}) from`;

type Target = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

interface ChildReport {
  ms: number;
  cpuMs: number;
  maxRssMb: number;
  rows: number;
  valueSum: number;
}

/** mulberry32: small, fast and the same on every machine */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAILY = ['positive-tests', 'hospital-admissions', 'hospital-admissions-reported'];
const WEEKLY = ['sewage-rna'];
const MONTHLY = ['social-assistance', 'unemployment-benefits', 'school-absence-reports'];

/**
 * Writes the CSV the importer reads and, for the baseline, the same rows as COPY text in the
 * table's columns (periods resolved, revision 1, batch 1): what the importer ends up storing.
 */
async function generate(dir: string): Promise<{ csv: string; copy: string }> {
  const { parsePeriod, periodContaining } = await import('@weegschaal/core');
  const gemeenten = readFileSync(join(SHARED, 'nl-regions', 'gemeenten_2023.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0]!)
    .filter((code) => /^GM\d{4}$/.test(code));
  const next = random(2026);
  const csv: string[] = ['indicator,region,period,value,status'];
  const copy: string[] = [];
  let rows = 0;
  const add = (indicator: string, region: string, periodText: string, value: string) => {
    const status = next() < 0.05 ? 'provisional' : 'final';
    csv.push(`${indicator},${region},${periodText},${value},${status}`);
    const p = parsePeriod(periodText)!;
    copy.push(
      `${indicator}\t${region}\t${p.type}\t${p.start}\t${p.end}\t${p.key}\t\t1\t${value}\t${status}\t1`,
    );
    rows++;
  };
  const day = new Date(Date.UTC(2020, 2, 1));
  while (rows < ROWS) {
    const date = day.toISOString().slice(0, 10);
    const monday = day.getUTCDay() === 1;
    const firstOfMonth = day.getUTCDate() === 1;
    for (const gm of gemeenten) {
      for (const code of DAILY) {
        if (rows < ROWS) add(code, gm, date, String(Math.floor(next() * next() * 60)));
      }
      if (monday) {
        const key = periodContaining('week', date).key;
        for (const code of WEEKLY) if (rows < ROWS) add(code, gm, key, (next() * 900).toFixed(2));
      }
      if (firstOfMonth) {
        for (const code of MONTHLY) {
          if (rows < ROWS) add(code, gm, date.slice(0, 7), (next() * 400).toFixed(1));
        }
      }
    }
    day.setUTCDate(day.getUTCDate() + 1);
  }
  const csvPath = join(dir, 'observations.csv');
  const copyPath = join(dir, 'observations.copy');
  writeFileSync(csvPath, csv.join('\n') + '\n');
  writeFileSync(copyPath, copy.join('\n') + '\n');
  return { csv: csvPath, copy: copyPath };
}

function databaseConfig(target: Target): DatabaseConfig {
  return target.kind === 'postgres'
    ? { kind: 'postgres', url: target.url }
    : { kind: 'pglite', dataDir: target.dataDir, command: 'bench' };
}

const EMPTY_TABLES = 'truncate observation, import_rejection, import_batch restart identity';
const BASELINE_BATCH = `insert into import_batch (file_name, format, checksum, created_by, status,
  rows_read, observations_new, observations_revised, observations_unchanged, rejected_rows,
  empty_values, explanation) values ('baseline.copy', 'copy', '', 'bench', 'applied', 0, 0, 0, 0, 0, 0, '[]')`;
const CHECK = 'select count(*)::int as rows, sum(value)::float8 as "valueSum" from observation';

/**
 * The peak resident set of this process's own memory (VmHWM). Not resourceUsage().maxRSS:
 * on Linux that keeps the high-water mark of the parent that forked the child, which here
 * holds the generated files.
 */
function peakRssMb(): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Number(kb) / 1024 : process.resourceUsage().maxRSS / 1024;
}

function finish(start: bigint, cpu: NodeJS.CpuUsage, check: { rows: number; valueSum: number }) {
  const used = process.cpuUsage(cpu);
  const report: ChildReport = {
    ms: Number(process.hrtime.bigint() - start) / 1e6,
    cpuMs: (used.user + used.system) / 1000,
    maxRssMb: peakRssMb(),
    ...check,
  };
  return report;
}

/** The baseline: the server's own COPY of rows already in the table's shape. */
async function childCopy(target: Target, copyPath: string): Promise<ChildReport> {
  const data = readFileSync(copyPath);
  if (target.kind === 'postgres') {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    await client.query(EMPTY_TABLES);
    await client.query(BASELINE_BATCH);
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    await new Promise<void>((resolveCopy, reject) => {
      const stream = client.query(copyFrom(`${COPY_SQL} stdin`));
      stream.on('finish', resolveCopy);
      stream.on('error', reject);
      const chunk = 1 << 20;
      let offset = 0;
      const write = () => {
        while (offset < data.length) {
          const part = data.subarray(offset, offset + chunk);
          offset += chunk;
          if (!stream.write(part)) {
            stream.once('drain', write);
            return;
          }
        }
        stream.end();
      };
      write();
    });
    const report = finish(start, cpu, (await client.query(CHECK)).rows[0]);
    await client.end();
    return report;
  }
  const pglite = await PGlite.create(join(target.dataDir, 'pglite'));
  await pglite.exec(`${EMPTY_TABLES}; ${BASELINE_BATCH}`);
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  await pglite.query(`${COPY_SQL} '/dev/blob'`, [], { blob: new Blob([data]) });
  const report = finish(
    start,
    cpu,
    (await pglite.query<{ rows: number; valueSum: number }>(CHECK)).rows[0]!,
  );
  await pglite.close();
  return report;
}

/** The product: what `weegschaal import <file>` runs, from reading the file to the commit. */
async function childImport(target: Target, csvPath: string): Promise<ChildReport> {
  const { importObservations, openDatabase } = await storage();
  const handle = await openDatabase(databaseConfig(target));
  await sql.raw(EMPTY_TABLES).execute(handle.db);
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const bytes = readFileSync(csvPath);
  const report = await importObservations(handle.db, {
    fileName: 'observations.csv',
    bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    format: 'observations-csv',
    createdBy: 'bench',
  });
  if (report.status !== 'applied' || report.counts.observationsNew !== ROWS) {
    throw new Error(
      `import did not store every row: ${report.status}, ${JSON.stringify(report.counts)}, ` +
        JSON.stringify(report.rejections.slice(0, 3)),
    );
  }
  const check = await sql<{ rows: number; valueSum: number }>`${sql.raw(CHECK)}`.execute(handle.db);
  const result = finish(start, cpu, check.rows[0]!);
  await handle.close();
  return result;
}

function runChild(mode: 'copy' | 'import', target: Target, file: string): ChildReport {
  const child = spawnSync(process.execPath, [here, mode, JSON.stringify(target), file], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`${mode} on ${target.kind} failed`);
  return JSON.parse(child.stdout) as ChildReport;
}

async function prepare(target: Target): Promise<() => Promise<void>> {
  const { migrateToLatest, nlRegionsPublicDataSource, openDatabase } = await storage();
  if (target.kind === 'postgres') {
    const name = new URL(target.url).pathname.slice(1);
    const adminUrl = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL']!;
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`create database ${name}`);
    await client.end();
    const handle = await openDatabase(databaseConfig(target));
    await migrateToLatest(handle.db);
    await nlRegionsPublicDataSource.load(handle.db, SHARED);
    await handle.close();
    return async () => {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    };
  }
  const handle = await openDatabase(databaseConfig(target));
  await migrateToLatest(handle.db);
  await nlRegionsPublicDataSource.load(handle.db, SHARED);
  await handle.close();
  return async () => rmSync(target.dataDir, { recursive: true, force: true });
}

const mb = (n: number) => `${n.toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'weegschaal-import-bench-'));
  try {
    const generated = await generate(work);
    console.log(
      `${ROWS.toLocaleString('en')} rows generated (seed 2026): ${(readFileSync(generated.csv).byteLength / 1e6).toFixed(1)} MB CSV; ` +
        `fastest of ${ROUNDS} runs per case, each in its own process; load average ${loadAverage()}`,
    );
    const targets: Target[] = [];
    if (TARGETS.includes('pglite')) targets.push({ kind: 'pglite', dataDir: join(work, 'pglite') });
    const url = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'];
    if (TARGETS.includes('postgres')) {
      if (url) {
        const u = new URL(url);
        u.pathname = `/weegschaal_bench_${randomBytes(5).toString('hex')}`;
        targets.push({ kind: 'postgres', url: u.toString() });
      } else {
        console.log('PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
      }
    }
    for (const target of targets) {
      const cleanup = await prepare(target);
      try {
        const copies: ChildReport[] = [];
        const imports: ChildReport[] = [];
        for (let r = 0; r < ROUNDS; r++) {
          copies.push(runChild('copy', target, generated.copy));
          imports.push(runChild('import', target, generated.csv));
        }
        const best = (list: ChildReport[]) => list.reduce((a, b) => (b.ms < a.ms ? b : a));
        const copy = best(copies);
        const imp = best(imports);
        if (
          copy.rows !== ROWS ||
          imp.rows !== ROWS ||
          Math.abs(copy.valueSum - imp.valueSum) > 1e-6 * Math.abs(copy.valueSum)
        ) {
          throw new Error(`the two loads differ: ${JSON.stringify({ copy, imp })}`);
        }
        const label = target.kind === 'postgres' ? 'PostgreSQL' : 'PGlite (on disk)';
        console.log(`\n${label}: both loads hold ${ROWS} rows with the same sum of values`);
        console.log(
          `  COPY baseline:  ${s(copy.ms)} (CPU in client ${s(copy.cpuMs)}), peak RSS ${mb(copy.maxRssMb)}`,
        );
        console.log(
          `  weegschaal import: ${s(imp.ms)} (CPU in client ${s(imp.cpuMs)}), peak RSS ${mb(imp.maxRssMb)}`,
        );
        console.log(
          `  ratio import/COPY: ${(imp.ms / copy.ms).toFixed(2)} (target ≤ 2)   all runs: COPY ${copies.map((c) => s(c.ms)).join(', ')}; import ${imports.map((c) => s(c.ms)).join(', ')}`,
        );
      } finally {
        await cleanup();
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}

const [, , mode, targetJson, file] = process.argv;
if (mode === 'generate') {
  // `node import.bench.ts generate <dir>`: only write the files, e.g. to profile the import
  console.log(await generate(targetJson!));
  process.exit(0);
} else if (mode === 'copy' || mode === 'import') {
  const target = JSON.parse(targetJson!) as Target;
  const report =
    mode === 'copy' ? await childCopy(target, file!) : await childImport(target, file!);
  process.stdout.write(JSON.stringify(report));
  process.exit(0);
} else {
  await main();
  process.exit(0);
}
