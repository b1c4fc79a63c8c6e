import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompiledQuery, sql } from 'kysely';
import pg from 'pg';
import {
  FREQUENCIES,
  dashboardPointsNeeded,
  indicatorCatalogue,
  periodContaining,
  periodTypeOfFrequency,
  shiftPeriod,
} from '@weegschaal/core';
import type { Indicator, Period, PeriodType } from '@weegschaal/core';
import {
  copyInto,
  importObservations,
  migrateToLatest,
  nlRegionsPublicDataSource,
  openDatabase,
  refreshObservationHeads,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { buildServer } from '@weegschaal/server';

/**
 * The start page API (`GET /api/v1/dashboard`, in-process inject) for every gemeente, each
 * with every indicator, over 10 million observations (all gemeenten × all 57 indicators,
 * generated with a fixed seed — days, weeks, months, quarters, years and survey waves, with
 * revisions and breakdowns the page must skip — and loaded by COPY), against the single
 * hand-written SQL query per page that returns the same numbers (each indicator's newest
 * periods as the page uses them: latest, previous, the 12 of the sparkline and the whole
 * trend window), in the same run. Before timing, both are checked
 * to give the same numbers for every gemeente. Then the cached case: an import through the
 * real import path invalidates the dashboard cache, the pages are built once again, and from
 * then on served from the cache.
 *
 * PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL) holds the 10 million; PGlite (in
 * memory) runs the same with BENCH_DASHBOARD_PGLITE_ROWS (default 1,000,000; 0 skips it).
 * BENCH_DASHBOARD_ROWS (default 10,000,000), BENCH_ROUNDS (default 3; the fastest round counts),
 * BENCH_DASHBOARD_DATABASE=name keeps (or reuses) the loaded PostgreSQL database.
 */
const ROWS = Number(process.env['BENCH_DASHBOARD_ROWS'] ?? 10_000_000);
const PGLITE_ROWS = Number(process.env['BENCH_DASHBOARD_PGLITE_ROWS'] ?? 1_000_000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const KEEP = process.env['BENCH_DASHBOARD_DATABASE'];
const AS_OF = '2025-01-15';
const POINTS = 12;
const SHARED = resolve(
  process.env['WEEGSCHAAL_SHARED_DATA'] ??
    fileURLToPath(new URL('../../shared/data', import.meta.url)),
);

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

const PERIOD_TYPE: Record<Indicator['frequency'], PeriodType> = {
  day: 'day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
  irregular: 'day',
};
/** periods per series for each frequency except days, which fill up to the number of rows */
const FIXED_PERIODS: Record<Exclude<Indicator['frequency'], 'day'>, number> = {
  week: 520,
  month: 240,
  quarter: 80,
  year: 25,
  irregular: 60,
};

/** The newest period of a series and the ones before it, newest first. */
function periodsBack(indicator: Indicator, count: number): Period[] {
  const last = periodContaining(PERIOD_TYPE[indicator.frequency], '2024-12-31');
  const step = indicator.frequency === 'irregular' ? 14 : 1; // a survey wave every two weeks
  return Array.from({ length: count }, (_, i) => shiftPeriod(last, -i * step));
}

/** One in ten periods (the fourth, the 14th, …) has a second revision. */
const revisionsOf = (periodIndex: number) => (periodIndex % 10 === 3 ? 2 : 1);

/**
 * Every gemeente × indicator series: the fixed periods per frequency, one in ten periods with
 * a second revision, monthly series also for one age group (a breakdown the page skips), and
 * the daily series as long as it takes to reach `rows` (what one more day would overshoot
 * goes as extra revisions of the first daily values). COPY text in the table's columns.
 */
function* generate(gemeenten: readonly string[], rows: number): Generator<string> {
  const indicators = indicatorCatalogue();
  const next = random(2026);
  // fewer rows (PGlite): every series shorter in proportion
  const scale = Math.min(1, rows / 10_000_000);
  const fixed = (f: Exclude<Indicator['frequency'], 'day'>) =>
    Math.max(3, Math.round(FIXED_PERIODS[f] * scale));
  const seriesRows = (periods: number) => periods + Math.floor((periods + 6) / 10);
  const total = (days: number) =>
    gemeenten.length *
    indicators.reduce(
      (sum, i) =>
        sum +
        seriesRows(i.frequency === 'day' ? days : fixed(i.frequency)) *
          (i.frequency === 'month' ? 2 : 1),
      0,
    );
  let days = 1;
  while (total(days + 1) <= rows) days++;
  let extra = rows - total(days);
  const periods = new Map(
    indicators.map((i) => [
      i.code,
      periodsBack(i, i.frequency === 'day' ? days : fixed(i.frequency)),
    ]),
  );
  let written = 0;
  let lines: string[] = [];
  for (const gm of gemeenten) {
    for (const indicator of indicators) {
      const max = indicator.validMax ?? 1000;
      const min = indicator.validMin ?? 0;
      const breakdowns = indicator.frequency === 'month' ? ['', 'leeftijd:15-24'] : [''];
      periods.get(indicator.code)!.forEach((p, index) => {
        for (const b of breakdowns) {
          let revisions = revisionsOf(index);
          if (revisions === 1 && extra > 0 && indicator.frequency === 'day') {
            revisions = 2;
            extra--;
          }
          for (let r = 1; r <= revisions; r++) {
            const value = Math.round((min + next() * (max - min)) * 100) / 100;
            const status = r === revisions ? 'final' : 'provisional';
            lines.push(
              `${indicator.code}\t${gm}\t${p.type}\t${p.start}\t${p.end}\t${p.key}\t${b}\t${r}\t${value}\t${status}\t1\n`,
            );
            written++;
          }
        }
      });
      if (lines.length >= 20_000) {
        yield lines.join('');
        lines = [];
      }
    }
  }
  if (lines.length > 0) yield lines.join('');
  if (written !== rows) throw new Error(`generated ${written} rows, not ${rows}`);
}

const COPY_INTO =
  'observation (indicator_code, region_code, period_type, period_start, period_end, ' +
  'period_key, breakdown, revision, value, status, batch_id)';
const BATCH = `insert into import_batch (file_name, format, source, checksum, created_by, status,
  rows_read, observations_new, observations_revised, observations_unchanged, rejected_rows,
  empty_values, explanation) values ('generated', 'copy', 'bench', '', 'bench', 'applied',
  0, 0, 0, 0, 0, 0, '[]')`;

async function gemeenteCodes(handle: DatabaseHandle): Promise<string[]> {
  const rows = await sql<{ code: string }>`
    select code from region where level = 'gemeente' and division_to is null order by code`.execute(
    handle.db,
  );
  return rows.rows.map((r) => r.code);
}

async function observationCount(handle: DatabaseHandle): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::int as n from observation`.execute(handle.db);
  return r.rows[0]!.n;
}

/**
 * Loads the generated rows with COPY, the indexes dropped first and built again after, all in
 * one transaction: a failed load leaves the table as it was.
 */
async function load(handle: DatabaseHandle, rows: number): Promise<void> {
  const gemeenten = await gemeenteCodes(handle);
  const start = Date.now();
  await handle.db.transaction().execute(async (trx) => {
    await sql`truncate observation, import_rejection, import_batch restart identity`.execute(trx);
    await sql.raw(BATCH).execute(trx);
    const indexes = await sql<{ def: string; name: string; key: boolean }>`
      select pg_get_indexdef(i.indexrelid) as def, c.relname as name, i.indisprimary as key
      from pg_index i join pg_class c on c.oid = i.indexrelid
      where i.indrelid = 'observation'::regclass`.execute(trx);
    if (!indexes.rows.some((i) => i.key)) throw new Error('observation has no primary key');
    for (const index of indexes.rows) {
      await sql
        .raw(
          index.key
            ? `alter table observation drop constraint ${index.name}`
            : `drop index ${index.name}`,
        )
        .execute(trx);
    }
    await copyInto(trx, COPY_INTO, generate(gemeenten, rows));
    for (const index of indexes.rows) {
      await sql.raw(index.def).execute(trx);
      if (index.key) {
        await sql
          .raw(
            `alter table observation add constraint ${index.name} primary key using index ${index.name}`,
          )
          .execute(trx);
      }
    }
    // as every writer of observations does before it commits (the triggers marked them stale)
    await refreshObservationHeads(trx);
  });
  await sql`analyze`.execute(handle.db);
  console.log(
    `  loaded ${rows.toLocaleString('en')} rows by COPY (indexes built after) in ${((Date.now() - start) / 1000).toFixed(0)} s`,
  );
}

interface SqlPoint {
  indicator_code: string;
  period_key: string;
  value: number;
  status: string;
  demo: boolean;
}

/**
 * The baseline: one hand-written query per page, every indicator's newest periods of its own
 * period type (latest revision, whole population, started by asOf), as many as the page uses
 * — the sparkline's 12 and the whole trend window (28 days, 13 weeks, a year of survey
 * waves) — the numbers the page shows as latest value, change, sparkline and trend mark,
 * straight down the key index.
 */
const NEEDED = FREQUENCIES.map(
  (f) => `('${f}', '${periodTypeOfFrequency(f)}', ${dashboardPointsNeeded(f, POINTS)})`,
).join(', ');
const BASELINE_SQL = `
  select i.code as indicator_code, p.period_key, p.value, p.status, p.demo
  from indicator i
  join (values ${NEEDED}) as f(frequency, period_type, n) on f.frequency = i.frequency
  cross join lateral (
    select * from (
      select distinct on (o.period_start) o.period_start, o.period_key, o.value, o.status, b.demo
      from observation o join import_batch b on b.id = o.batch_id
      where o.indicator_code = i.code and o.region_code = $1 and o.period_type = f.period_type
        and o.breakdown = '' and o.period_start <= $2::date
      order by o.period_start desc, o.revision desc
      limit f.n
    ) newest
    order by period_start
  ) p
  order by i.code, p.period_start`;

/**
 * Not the baseline, printed for what it tells: the same numbers by hand from the series' heads
 * that the page reads (observation_head), so a reader sees how much of the page's time is
 * its own work rather than reading the data.
 */
const HEAD_SQL = `
  select i.code as indicator_code, h.period_keys[a:] as keys, h.observed_values[a:] as values
  from indicator i
  join (values ${NEEDED}) as f(frequency, period_type, n) on f.frequency = i.frequency
  join observation_head h
    on h.indicator_code = i.code and h.region_code = $1 and h.period_type = f.period_type
  cross join lateral (select greatest(1, cardinality(h.period_keys) - f.n + 1) as a) first
  where h.newest_start <= $2::date
  order by i.code`;

type RunSql = (region: string) => Promise<SqlPoint[]>;

/** Through the same driver and pool as the API, one statement per page. */
const baseline =
  (handle: DatabaseHandle): RunSql =>
  async (region) =>
    (await handle.db.executeQuery<SqlPoint>(CompiledQuery.raw(BASELINE_SQL, [region, AS_OF]))).rows;

const fromHeads =
  (handle: DatabaseHandle) =>
  async (region: string): Promise<number> =>
    (await handle.db.executeQuery(CompiledQuery.raw(HEAD_SQL, [region, AS_OF]))).rows.length;

interface Tile {
  indicatorCode: string;
  latest: { period: { key: string }; value: number } | null;
  previous: { period: { key: string }; value: number } | null;
  sparkline: { periodKey: string; value: number }[];
  trend: { window: { from: string; to: string; points: number } } | null;
}

function assertSameNumbers(
  region: string,
  body: { themes: { tiles: Tile[] }[] },
  points: SqlPoint[],
) {
  const byIndicator = new Map<string, SqlPoint[]>();
  for (const p of points) {
    const list = byIndicator.get(p.indicator_code) ?? [];
    list.push(p);
    byIndicator.set(p.indicator_code, list);
  }
  const tiles = body.themes.flatMap((t) => t.tiles);
  if (tiles.length !== indicatorCatalogue().length) {
    throw new Error(
      `${region}: ${tiles.length} tiles for ${indicatorCatalogue().length} indicators`,
    );
  }
  for (const tile of tiles) {
    const expected = byIndicator.get(tile.indicatorCode) ?? [];
    const sparkline = tile.sparkline.map((s) => `${s.periodKey}=${s.value}`).join(' ');
    const want = expected
      .slice(-POINTS)
      .map((p) => `${p.period_key}=${p.value}`)
      .join(' ');
    // the trend was tested on the SQL's points inside its window
    const inWindow = tile.trend
      ? expected.filter((p) => {
          const key = p.period_key;
          return key >= tile.trend!.window.from && key <= tile.trend!.window.to;
        }).length
      : 0;
    const latest = expected.at(-1);
    const previous = expected.at(-2);
    if (
      sparkline !== want ||
      (tile.latest?.value ?? null) !== (latest?.value ?? null) ||
      (tile.latest?.period.key ?? null) !== (latest?.period_key ?? null) ||
      (tile.previous?.value ?? null) !== (previous?.value ?? null) ||
      (tile.trend !== null && tile.trend.window.points !== inWindow)
    ) {
      throw new Error(
        `${region} ${tile.indicatorCode}: the API and the SQL differ\n  API ${sparkline}\n  SQL ${want}`,
      );
    }
  }
}

async function timeRound(regions: readonly string[], each: (region: string) => Promise<unknown>) {
  const start = process.hrtime.bigint();
  for (const region of regions) await each(region);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function measure(label: string, handle: DatabaseHandle) {
  const runSql = baseline(handle);
  const runHeads = fromHeads(handle);
  const app = await buildServer({ handle, webRoot: null, sharedDataDir: SHARED });
  await app.ready();
  const gemeenten = await gemeenteCodes(handle);
  const page = async (region: string, headers: Record<string, string> = {}) => {
    const res = await app.inject({
      url: `/api/v1/dashboard?region=${region}&asOf=${AS_OF}&sparklineLength=${POINTS}`,
      headers,
    });
    if (res.statusCode !== 200) throw new Error(`${region}: ${res.statusCode} ${res.body}`);
    return res;
  };
  const gzipPage = (region: string) => page(region, { 'accept-encoding': 'gzip, deflate, br' });
  // the check, which also warms both paths
  for (const region of gemeenten) {
    assertSameNumbers(region, (await page(region)).json(), await runSql(region));
  }
  const invalidate = async () => {
    // a real (one-row) import through the import path: it must empty the cache
    const report = await importObservations(handle.db, {
      fileName: 'invalidate.csv',
      bytes: new TextEncoder().encode(
        `indicator,region,period,value\nloneliness,${gemeenten[0]},2024,${Math.round(Math.random() * 1000) / 10}\n`,
      ),
      createdBy: 'bench',
    });
    if (report.status !== 'applied') throw new Error(JSON.stringify(report.rejections));
  };
  const apiMs: number[] = [];
  const apiGzipMs: number[] = [];
  const sqlMs: number[] = [];
  const headMs: number[] = [];
  const cachedMs: number[] = [];
  const gzipMs: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    await invalidate(); // every page of the next round is built
    apiMs.push(await timeRound(gemeenten, page));
    sqlMs.push(await timeRound(gemeenten, runSql));
    headMs.push(await timeRound(gemeenten, runHeads));
    await invalidate();
    apiGzipMs.push(await timeRound(gemeenten, gzipPage));
  }
  await invalidate();
  // the pages of the new data are right, then come from the cache
  const first = gemeenten[0]!;
  assertSameNumbers(first, (await page(first)).json(), await runSql(first));
  await timeRound(gemeenten, page);
  await timeRound(gemeenten, gzipPage); // each page gzipped once
  for (let r = 0; r < ROUNDS; r++) {
    cachedMs.push(await timeRound(gemeenten, page));
    gzipMs.push(await timeRound(gemeenten, gzipPage));
  }
  await app.close();

  const best = (list: number[]) => Math.min(...list);
  const per = (ms: number) => `${((ms / gemeenten.length) * 1000).toFixed(0)} µs/page`;
  const sqlBest = best(sqlMs);
  const ratio = (ms: number, digits = 2) => (ms / sqlBest).toFixed(digits);
  console.log(
    `\n${label}: ${gemeenten.length} gemeenten × ${indicatorCatalogue().length} indicators, asOf ${AS_OF}, ${POINTS} points; API and SQL agree on every page`,
  );
  console.log(
    `  hand-written SQL, one query per page:         ${per(sqlBest)}   (rounds: ${sqlMs.map((m) => per(m)).join(', ')})`,
  );
  console.log(
    `  (the same numbers by hand from the heads:     ${per(best(headMs))}   ratio ${ratio(best(headMs))}; information, not the baseline)`,
  );
  console.log(
    `  GET /api/v1/dashboard, built:                 ${per(best(apiMs))}   ratio ${ratio(best(apiMs))} (target ≤ 1.5; cache emptied by an import before each round)`,
  );
  console.log(
    `  built, gzip (Accept-Encoding: gzip):          ${per(best(apiGzipMs))}   ratio ${ratio(best(apiGzipMs))}`,
  );
  console.log(
    `  from the cache, JSON (about 170 kB):          ${per(best(cachedMs))}   ratio ${ratio(best(cachedMs), 3)}`,
  );
  console.log(
    `  from the cache, gzip (Accept-Encoding: gzip): ${per(best(gzipMs))}   ratio ${ratio(best(gzipMs), 3)} (target ≤ 0.1)`,
  );
}

async function postgres(url: string): Promise<void> {
  const name = KEEP ?? `weegschaal_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
  if (exists.rowCount === 0) await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: target.toString() });
  try {
    await migrateToLatest(handle.db);
    await nlRegionsPublicDataSource.load(handle.db, SHARED);
    if ((await observationCount(handle)) < ROWS) await load(handle, ROWS);
    else console.log(`  reusing ${name} (${ROWS.toLocaleString('en')} rows or more)`);
    await measure(
      `PostgreSQL, ${(await observationCount(handle)).toLocaleString('en')} observations`,
      handle,
    );
  } finally {
    await handle.close();
    if (!KEEP) {
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    }
  }
}

async function pglite(): Promise<void> {
  const handle = await openDatabase({ kind: 'pglite-memory' });
  try {
    await migrateToLatest(handle.db);
    await nlRegionsPublicDataSource.load(handle.db, SHARED);
    await load(handle, PGLITE_ROWS);
    await measure(
      `PGlite in memory, ${(await observationCount(handle)).toLocaleString('en')} observations (a smaller N than on PostgreSQL)`,
      handle,
    );
  } finally {
    await handle.close();
  }
}

console.log(
  `load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}; fastest of ${ROUNDS} rounds`,
);
const url = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'];
if (url) await postgres(url);
else console.log('PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
if (PGLITE_ROWS > 0) await pglite();
process.exit(0);
