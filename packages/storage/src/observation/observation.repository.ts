import { sql } from 'kysely';
import { OBSERVATION_STATUSES, PERIOD_TYPES } from '@weegschaal/core';
import type { Observation, ObservationInput, PeriodType } from '@weegschaal/core';
import type { Executor } from '../database.ts';

/** Rows per statement: the values travel as 11 array parameters, not one per cell. */
const ROWS_PER_STATEMENT = 5000;

export interface RevisionCounts {
  new: number;
  revised: number;
  unchanged: number;
}

/**
 * Stores observations as new revisions: a key without a value gets revision 1, a key whose
 * latest value, bounds or status differ gets the next revision, and an identical value is
 * left alone (so loading the same file twice changes nothing). Earlier revisions are never
 * touched. The values are passed as arrays and unnested, which keeps every statement at
 * 12 bind parameters whatever the number of rows. The caller owns the transaction.
 */
export async function storeObservationRevisions(
  db: Executor,
  batchId: number,
  observations: readonly ObservationInput[],
): Promise<RevisionCounts> {
  const counts: RevisionCounts = { new: 0, revised: 0, unchanged: 0 };
  for (let n = 0; n < observations.length; n += ROWS_PER_STATEMENT) {
    const chunk = observations.slice(n, n + ROWS_PER_STATEMENT);
    const column = <T>(f: (o: ObservationInput) => T) => chunk.map(f);
    const result = await sql<{ new: number; revised: number }>`
      with input as (
        select * from unnest(
          ${column((o) => o.indicatorCode)}::text[], ${column((o) => o.regionCode)}::text[],
          ${column((o) => o.period.type)}::text[], ${column((o) => o.period.start)}::date[],
          ${column((o) => o.period.end)}::date[], ${column((o) => o.period.key)}::text[],
          ${column((o) => o.breakdown)}::text[], ${column((o) => o.value)}::float8[],
          ${column((o) => o.lower)}::float8[], ${column((o) => o.upper)}::float8[],
          ${column((o) => o.status)}::text[]
        ) as u(indicator_code, region_code, period_type, period_start, period_end, period_key,
               breakdown, value, lower_bound, upper_bound, status)
      ), compared as (
        select i.*, l.revision as prev_revision, l.value as prev_value, l.status as prev_status,
               l.lower_bound as prev_lower, l.upper_bound as prev_upper
        from input i
        left join lateral (
          select o.revision, o.value, o.status, o.lower_bound, o.upper_bound
          from observation o
          where o.indicator_code = i.indicator_code and o.region_code = i.region_code
            and o.period_type = i.period_type and o.period_start = i.period_start
            and o.breakdown = i.breakdown
          order by o.revision desc
          limit 1
        ) l on true
      ), inserted as (
        insert into observation (indicator_code, region_code, period_type, period_start,
          period_end, period_key, breakdown, revision, value, lower_bound, upper_bound, status,
          batch_id)
        select indicator_code, region_code, period_type, period_start, period_end, period_key,
          breakdown, coalesce(prev_revision, 0) + 1, value, lower_bound, upper_bound, status,
          ${batchId}
        from compared
        where prev_revision is null
          or prev_value is distinct from value or prev_status is distinct from status
          or prev_lower is distinct from lower_bound or prev_upper is distinct from upper_bound
        returning revision
      )
      select count(*) filter (where revision = 1)::int as new,
             count(*) filter (where revision > 1)::int as revised
      from inserted`.execute(db);
    const row = result.rows[0] ?? { new: 0, revised: 0 };
    counts.new += row.new;
    counts.revised += row.revised;
    counts.unchanged += chunk.length - row.new - row.revised;
  }
  return counts;
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

interface Row {
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

function toObservation(row: Row): StoredObservation {
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
    ? sql<Row>`
        select o.*, b.demo from observation o join import_batch b on b.id = o.batch_id
        where ${where}
        order by o.indicator_code, o.region_code, o.period_start, o.period_type, o.breakdown,
                 o.revision desc
        limit ${limit}`
    : sql<Row>`
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
 * revisions, periods starting on or before asOf): what the dashboard needs, in one query.
 */
export async function recentSeriesForRegion(
  db: Executor,
  region: string,
  asOf: string,
  points: number,
): Promise<Map<string, StoredObservation[]>> {
  const rows = await sql<Row>`
    select * from (
      select latest.*, row_number() over (partition by indicator_code order by period_start desc) as rank
      from (
        select distinct on (o.indicator_code, o.period_type, o.period_start)
               o.*, b.demo
        from observation o join import_batch b on b.id = o.batch_id
        where o.region_code = ${region} and o.breakdown = '' and o.period_start <= ${asOf}::date
        order by o.indicator_code, o.period_type, o.period_start, o.revision desc
      ) latest
    ) ranked
    where rank <= ${points}
    order by indicator_code, period_start`.execute(db);
  const series = new Map<string, StoredObservation[]>();
  for (const row of rows.rows) {
    const o = toObservation(row);
    const list = series.get(o.indicatorCode);
    if (list) list.push(o);
    else series.set(o.indicatorCode, [o]);
  }
  return series;
}
