import { sql } from 'kysely';
import { OBSERVATION_STATUSES, PERIOD_TYPES } from '@weegschaal/core';
import type { Observation, ObservationInput, PeriodType } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import { copyInto, copyNumber, copyText } from '../bulk/copy.ts';

export interface RevisionCounts {
  new: number;
  revised: number;
  unchanged: number;
}

/**
 * Observations ready for the store: PostgreSQL's COPY text of the staging table's columns,
 * in chunks of about a megabyte, with the codes they use (for the integrity guard) and, per
 * indicator and period type, the regions and the range of periods they cover (to see whether
 * any of them could already be stored). A large import encodes each value as soon as it is
 * validated, so no list of objects is held.
 */
export interface StagedObservations {
  chunks: string[];
  count: number;
  indicatorCodes: Set<string>;
  regionCodes: Set<string>;
  coverage: SeriesCoverage[];
}

/** The periods of one indicator (of one period type) a batch covers, and in which regions. */
export interface SeriesCoverage {
  indicatorCode: string;
  periodType: PeriodType;
  regionCodes: Set<string>;
  /** first and last period start, YYYY-MM-DD */
  from: string;
  to: string;
}

const CHUNK_CHARS = 1 << 20;
const STAGE_COLUMNS =
  'indicator_code, region_code, period_type, period_start, period_end, period_key, ' +
  'breakdown, value, lower_bound, upper_bound, status';

export function observationStager(): {
  add(observation: ObservationInput): void;
  finish(): StagedObservations;
} {
  const chunks: string[] = [];
  const coverage = new Map<string, Map<PeriodType, SeriesCoverage>>();
  const regionCodes = new Set<string>();
  let count = 0;
  // lines are joined per chunk: appending to one string would keep a rope of every piece
  let lines: string[] = [];
  let chars = 0;
  return {
    add(o) {
      const p = o.period;
      const line =
        `${copyText(o.indicatorCode)}\t${copyText(o.regionCode)}\t${p.type}\t${p.start}\t${p.end}\t` +
        `${p.key}\t${copyText(o.breakdown)}\t${copyNumber(o.value)}\t${copyNumber(o.lower)}\t` +
        `${copyNumber(o.upper)}\t${o.status}\n`;
      lines.push(line);
      chars += line.length;
      count++;
      regionCodes.add(o.regionCode);
      let byType = coverage.get(o.indicatorCode);
      if (!byType) coverage.set(o.indicatorCode, (byType = new Map()));
      const series = byType.get(p.type);
      if (!series) {
        byType.set(p.type, {
          indicatorCode: o.indicatorCode,
          periodType: p.type,
          regionCodes: new Set([o.regionCode]),
          from: p.start,
          to: p.start,
        });
      } else {
        series.regionCodes.add(o.regionCode);
        if (p.start < series.from) series.from = p.start;
        if (p.start > series.to) series.to = p.start;
      }
      if (chars >= CHUNK_CHARS) {
        chunks.push(lines.join(''));
        lines = [];
        chars = 0;
      }
    },
    finish() {
      if (lines.length > 0) chunks.push(lines.join(''));
      lines = [];
      chars = 0;
      return {
        chunks,
        count,
        indicatorCodes: new Set(coverage.keys()),
        regionCodes,
        coverage: [...coverage.values()].flatMap((byType) => [...byType.values()]),
      };
    },
  };
}

export function stageObservations(observations: readonly ObservationInput[]): StagedObservations {
  const stager = observationStager();
  for (const o of observations) stager.add(o);
  return stager.finish();
}

/**
 * True when the store holds no value at all — other than the batch's own — for these
 * indicators, period types and regions within the periods covered: then every value is new
 * (revision 1). Conservative (it ignores breakdowns and looks at ranges, not keys) and cheap:
 * a range scan of the key index per region.
 */
async function noneStoredYet(
  db: Executor,
  batchId: number,
  staged: StagedObservations,
): Promise<boolean> {
  for (const series of staged.coverage) {
    const found = await sql<{ found: boolean }>`
      select exists (
        select 1 from observation o
        where o.indicator_code = ${series.indicatorCode}
          and o.region_code = any(${[...series.regionCodes]}::text[])
          and o.period_type = ${series.periodType}
          and o.period_start between ${series.from}::date and ${series.to}::date
          and o.batch_id <> ${batchId}
      ) as found`.execute(db);
    if (found.rows[0]?.found !== false) return false;
  }
  return true;
}

/** Imports (and the loaders) take turns: between the check above and the load nothing may land. */
const OBSERVATION_WRITE_LOCK = 7_020_001;

/**
 * Stores the parts of one batch as they come, in the caller's transaction, while the caller
 * reads and validates the next part: `add` waits only when two parts are already waiting.
 * The parts must hold different keys (the import's duplicate check sees to that). `discard`
 * stops storing (a rejected row was found: the caller will roll back); `finish` waits for the
 * rest and gives the counts. See storeObservationRevisions for how each part is stored.
 */
export interface ObservationLoader {
  add(part: StagedObservations): Promise<void>;
  discard(): void;
  finish(): Promise<RevisionCounts>;
}

export function observationLoader(db: Executor, batchId: number): ObservationLoader {
  const counts: RevisionCounts = { new: 0, revised: 0, unchanged: 0 };
  const waiting: StagedObservations[] = [];
  let discarded = false;
  let failure: unknown = null;
  let running: Promise<void> | null = null;
  let wake: (() => void) | null = null;
  let locked = false;

  const store = async (part: StagedObservations) => {
    if (part.count === 0) return;
    if (!locked) {
      // held until the caller's transaction ends
      await sql`select pg_advisory_xact_lock(${OBSERVATION_WRITE_LOCK})`.execute(db);
      locked = true;
    }
    const stored = (await noneStoredYet(db, batchId, part))
      ? await copyNew(db, batchId, part)
      : await storeRevisions(db, batchId, part);
    counts.new += stored.new;
    counts.revised += stored.revised;
    counts.unchanged += stored.unchanged;
  };
  const work = async () => {
    try {
      for (let part = waiting.shift(); part && !discarded; part = waiting.shift()) {
        await store(part);
        wake?.();
      }
    } catch (error) {
      failure = error;
      wake?.();
    } finally {
      running = null;
    }
  };
  const check = () => {
    if (failure !== null) throw failure;
  };
  return {
    async add(part) {
      check();
      if (discarded) return;
      waiting.push(part);
      running ??= work();
      while (waiting.length > 2 && failure === null) {
        await new Promise<void>((resolve) => (wake = resolve));
      }
      check();
    },
    discard() {
      discarded = true;
      waiting.length = 0;
    },
    async finish() {
      while (running) await running;
      check();
      return counts;
    },
  };
}

async function copyNew(
  db: Executor,
  batchId: number,
  part: StagedObservations,
): Promise<RevisionCounts> {
  const suffix = `\t1\t${batchId}\n`;
  await copyInto(
    db,
    `observation (${STAGE_COLUMNS}, revision, batch_id)`,
    mapIterable(part.chunks, (chunk) => chunk.replaceAll('\n', suffix)),
  );
  return { new: part.count, revised: 0, unchanged: 0 };
}

async function storeRevisions(
  db: Executor,
  batchId: number,
  part: StagedObservations,
): Promise<RevisionCounts> {
  await sql`
    create temporary table observation_stage (
      indicator_code text not null, region_code text not null, period_type text not null,
      period_start date not null, period_end date not null, period_key text not null,
      breakdown text not null, value double precision not null,
      lower_bound double precision, upper_bound double precision, status text not null
    ) on commit drop`.execute(db);
  await copyInto(db, `observation_stage (${STAGE_COLUMNS})`, part.chunks);
  const result = await sql<{ new: number; revised: number }>`
    with inserted as (
      insert into observation (indicator_code, region_code, period_type, period_start,
        period_end, period_key, breakdown, revision, value, lower_bound, upper_bound, status,
        batch_id)
      select s.indicator_code, s.region_code, s.period_type, s.period_start, s.period_end,
        s.period_key, s.breakdown, coalesce(l.revision, 0) + 1, s.value, s.lower_bound,
        s.upper_bound, s.status, ${batchId}
      from observation_stage s
      left join lateral (
        select o.revision, o.value, o.status, o.lower_bound, o.upper_bound
        from observation o
        where o.indicator_code = s.indicator_code and o.region_code = s.region_code
          and o.period_type = s.period_type and o.period_start = s.period_start
          and o.breakdown = s.breakdown
        order by o.revision desc
        limit 1
      ) l on true
      where l.revision is null
        or l.value is distinct from s.value or l.status is distinct from s.status
        or l.lower_bound is distinct from s.lower_bound
        or l.upper_bound is distinct from s.upper_bound
      order by s.indicator_code, s.region_code, s.period_type, s.period_start, s.breakdown
      returning revision
    )
    select count(*) filter (where revision = 1)::int as new,
           count(*) filter (where revision > 1)::int as revised
    from inserted`.execute(db);
  // the next part (or batch) in this transaction gets a new staging table
  await sql`drop table observation_stage`.execute(db);
  const row = result.rows[0] ?? { new: 0, revised: 0 };
  return { new: row.new, revised: row.revised, unchanged: part.count - row.new - row.revised };
}

/**
 * Stores observations as new revisions: a key without a value gets revision 1, a key whose
 * latest value, bounds or status differ gets the next revision, and an identical value is
 * left alone (so loading the same file twice changes nothing). Earlier revisions are never
 * touched. When no value can be stored yet for the periods and regions a batch covers — the
 * usual bulk load of new periods — its rows go straight into the table with COPY, as revision
 * 1. Otherwise they go with COPY into a temporary staging table and from there in one
 * set-based statement that compares each with its latest revision, in key order (so the key's
 * index grows at its right edge rather than at random places). The caller owns the
 * transaction, which must come from openDatabase (whose drivers can COPY; bulk/copy.ts).
 */
export async function storeObservationRevisions(
  db: Executor,
  batchId: number,
  observations: StagedObservations | readonly ObservationInput[],
): Promise<RevisionCounts> {
  const staged = Array.isArray(observations)
    ? stageObservations(observations as readonly ObservationInput[])
    : (observations as StagedObservations);
  const loader = observationLoader(db, batchId);
  await loader.add(staged);
  return loader.finish();
}

function* mapIterable<T, U>(items: Iterable<T>, f: (item: T) => U): Iterable<U> {
  for (const item of items) yield f(item);
}

export async function deleteObservationsOfBatch(db: Executor, batchId: number): Promise<number> {
  const result = await db
    .deleteFrom('observation')
    .where('batch_id', '=', batchId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface ObservationFilter {
  indicator?: string;
  region?: string;
  /** regions that lie in this one (e.g. all gemeenten of VR13) */
  regionParent?: string;
  periodType?: PeriodType;
  /** first and last day (inclusive) of the periods wanted, YYYY-MM-DD */
  from?: string;
  to?: string;
  breakdown?: string;
  /** every stored revision instead of the latest only */
  includeRevisions?: boolean;
  limit?: number;
}

export interface StoredObservation extends Observation {
  /** true when the batch that stored it is generated demo data */
  demo: boolean;
}

/** An observation row with its batch's demo flag, from a query or as JSON */
export interface ObservationWithDemoRow {
  indicator_code: string;
  region_code: string;
  period_type: string;
  period_start: string;
  period_end: string;
  period_key: string;
  breakdown: string;
  revision: number;
  value: number;
  lower_bound: number | null;
  upper_bound: number | null;
  status: string;
  batch_id: number;
  recorded_at: Date | string;
  demo: boolean;
}

export function toObservation(row: ObservationWithDemoRow): StoredObservation {
  const type = PERIOD_TYPES.find((t) => t === row.period_type);
  const status = OBSERVATION_STATUSES.find((s) => s === row.status);
  if (!type || !status)
    throw new Error(`observation with unknown type or status: ${JSON.stringify(row)}`);
  return {
    indicatorCode: row.indicator_code,
    regionCode: row.region_code,
    period: { type, key: row.period_key, start: row.period_start, end: row.period_end },
    breakdown: row.breakdown,
    value: row.value,
    lower: row.lower_bound,
    upper: row.upper_bound,
    status,
    revision: row.revision,
    batchId: row.batch_id,
    recordedAt: new Date(row.recorded_at).toISOString(),
    demo: row.demo,
  };
}

/**
 * Observations in key order (indicator, region, period, breakdown), the latest revision of
 * each key unless includeRevisions asks for the history (then newest revision first).
 */
export async function listObservations(
  db: Executor,
  filter: ObservationFilter = {},
): Promise<StoredObservation[]> {
  const conditions = [sql`true`];
  if (filter.indicator) conditions.push(sql`o.indicator_code = ${filter.indicator}`);
  if (filter.region) conditions.push(sql`o.region_code = ${filter.region}`);
  if (filter.regionParent) {
    conditions.push(
      sql`o.region_code in (select region_code from region_parent where parent_code = ${filter.regionParent})`,
    );
  }
  if (filter.periodType) conditions.push(sql`o.period_type = ${filter.periodType}`);
  if (filter.from) conditions.push(sql`o.period_end >= ${filter.from}::date`);
  if (filter.to) conditions.push(sql`o.period_start <= ${filter.to}::date`);
  if (filter.breakdown !== undefined) conditions.push(sql`o.breakdown = ${filter.breakdown}`);
  const where = sql.join(conditions, sql` and `);
  const limit = filter.limit ?? 100_000;
  const query = filter.includeRevisions
    ? sql<ObservationWithDemoRow>`
        select o.*, b.demo from observation o join import_batch b on b.id = o.batch_id
        where ${where}
        order by o.indicator_code, o.region_code, o.period_start, o.period_type, o.breakdown,
                 o.revision desc
        limit ${limit}`
    : sql<ObservationWithDemoRow>`
        select * from (
          select distinct on (o.indicator_code, o.region_code, o.period_type, o.period_start,
                              o.breakdown)
                 o.*, b.demo
          from observation o join import_batch b on b.id = o.batch_id
          where ${where}
          order by o.indicator_code, o.region_code, o.period_type, o.period_start, o.breakdown,
                   o.revision desc
        ) latest
        order by indicator_code, region_code, period_start, period_type, breakdown
        limit ${limit}`;
  return (await query.execute(db)).rows.map(toObservation);
}

export async function countObservations(db: Executor): Promise<{ stored: number; demo: number }> {
  const row = await db
    .selectFrom('observation')
    .innerJoin('import_batch', 'import_batch.id', 'observation.batch_id')
    .select([
      sql<number>`count(*)::int`.as('stored'),
      sql<number>`count(*) filter (where import_batch.demo)::int`.as('demo'),
    ])
    .executeTakeFirstOrThrow();
  return row;
}

/**
 * The newest `points` periods of every indicator for one region (whole population, latest
 * revision, periods starting on or before asOf), oldest first: per indicator a walk down the
 * key index from asOf that stops after `points` periods, so its cost does not grow with the
 * history stored. (An indicator has one period type: the import reads every period as its
 * frequency's.)
 */
export function newestPointsQuery(region: string, asOf: string, points: number) {
  return sql<ObservationWithDemoRow>`
    select newest.* from indicator i
    cross join lateral (
      select * from (
        select distinct on (o.period_type, o.period_start) o.*, b.demo
        from observation o join import_batch b on b.id = o.batch_id
        where o.indicator_code = i.code and o.region_code = ${region} and o.breakdown = ''
          and o.period_start <= ${asOf}::date
        order by o.period_type desc, o.period_start desc, o.revision desc
        limit ${points}
      ) last
      order by period_start
    ) newest`;
}

export function seriesByIndicator(
  rows: readonly ObservationWithDemoRow[],
): Map<string, StoredObservation[]> {
  const series = new Map<string, StoredObservation[]>();
  for (const row of rows) {
    const o = toObservation(row);
    const list = series.get(o.indicatorCode);
    if (list) list.push(o);
    else series.set(o.indicatorCode, [o]);
  }
  return series;
}

/** What the dashboard needs of one region's series, in one query (newestPointsQuery). */
export async function recentSeriesForRegion(
  db: Executor,
  region: string,
  asOf: string,
  points: number,
): Promise<Map<string, StoredObservation[]>> {
  return seriesByIndicator((await newestPointsQuery(region, asOf, points).execute(db)).rows);
}
