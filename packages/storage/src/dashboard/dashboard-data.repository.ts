import { sql } from 'kysely';
import {
  FREQUENCIES,
  OBSERVATION_STATUSES,
  PERIOD_TYPES,
  dashboardPointsNeeded,
  periodTypeOfFrequency,
} from '@weegschaal/core';
import type { Indicator, SeriesPoint } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import { preparedStatement } from '../bulk/copy.ts';
import { indicatorsFromRows } from '../indicator/indicator.repository.ts';
import type { IndicatorRow } from '../indicator/indicator.table.ts';

export interface DashboardData {
  /** null when the region does not exist */
  region: { code: string; name: string } | null;
  indicators: Indicator[];
  /** per indicator code: the newest points, oldest first */
  series: Map<string, SeriesPoint[]>;
}

/** [indicator, period type, then per point, oldest first: starts, ends, keys, values, statuses, demos] */
type SeriesColumns = [string, string, string[], string[], string[], number[], string[], boolean[]];

/**
 * The catalogue as last read, per database, with its version (count and last update): a page
 * build reads the catalogue again only when the version in the database differs.
 */
const catalogues = new WeakMap<object, { version: string; indicators: Indicator[] }>();

/**
 * Everything the start page of one region is built from — the region's name, the indicator
 * catalogue and each indicator's newest points (the latest revision of each period of the
 * indicator's own period type, whole population, started by asOf; as many as the tile needs
 * for its sparkline and its trend window, dashboardPointsNeeded).
 *
 * Each series comes from its head (observation_head: one row, sliced to the newest n), all in
 * one statement and one round trip, with the catalogue only when it changed since this process
 * last read it. A series whose head will not do — deeper than the head, newer than asOf, or
 * marked stale by a writer that did not refresh — is read from the observations in a second
 * statement; both give the same points. A series with neither head nor stale mark has no
 * observations.
 */
export async function dashboardData(
  db: Executor,
  regionCode: string,
  asOf: string,
  sparklineLength: number,
): Promise<DashboardData> {
  const known = catalogues.get(db);
  const perFrequency = JSON.stringify(
    FREQUENCIES.map((frequency) => ({
      frequency,
      period_type: periodTypeOfFrequency(frequency),
      n: dashboardPointsNeeded(frequency, sparklineLength),
    })),
  );
  const result = await sql<{
    region: { code: string; name: string } | null;
    version: string;
    indicators: IndicatorRow[] | null;
    series: SeriesColumns[];
    unread: string[];
  }>`${sql.raw(preparedStatement('dashboard-data'))}
    with catalogue as (
      select count(*) || '/' || coalesce(max(updated_at)::text, '') as version from indicator
    ), heads as (
      select i.code, f.period_type, h.newest_start <= ${asOf}::date and f.n <= h.depth as usable,
             h.period_starts, h.period_ends, h.period_keys, h.observed_values, h.statuses,
             h.demos, greatest(1, cardinality(h.period_starts) - f.n + 1) as a,
             h.indicator_code is null and st.indicator_code is not null as stale
      from indicator i
      join json_to_recordset(${perFrequency}::json) as f(frequency text, period_type text, n int)
        on f.frequency = i.frequency
      left join observation_head h
        on h.indicator_code = i.code and h.region_code = ${regionCode}
       and h.period_type = f.period_type
      left join observation_head_stale st
        on st.indicator_code = i.code and st.region_code = ${regionCode}
       and st.period_type = f.period_type
    )
    select
      (select json_build_object('code', r.code, 'name', coalesce(r.display_name, r.name))
       from region r where r.code = ${regionCode}) as region,
      c.version,
      case when c.version = ${known?.version ?? ''} then null
           else (select coalesce(json_agg(i), '[]'::json) from indicator i) end as indicators,
      (select coalesce(json_agg(json_build_array(code, period_type, period_starts[a:],
                period_ends[a:], period_keys[a:], observed_values[a:], statuses[a:], demos[a:])),
              '[]'::json)
       from heads where usable) as series,
      (select coalesce(json_agg(code), '[]'::json) from heads where not usable or stale) as unread
    from catalogue c`.execute(db);
  const row = result.rows[0]!;
  let indicators = known?.indicators;
  if (row.indicators !== null || !indicators) {
    indicators = indicatorsFromRows(row.indicators ?? []);
    catalogues.set(db, { version: row.version, indicators });
  }
  const columns =
    row.unread.length === 0
      ? row.series
      : [
          ...row.series,
          ...(await fromObservations(db, regionCode, asOf, perFrequency, row.unread)),
        ];
  const series = new Map<string, SeriesPoint[]>();
  for (const [code, type, starts, ends, keys, values, statuses, demos] of columns) {
    const periodType = oneOf(PERIOD_TYPES, type);
    series.set(
      code,
      starts.map((start, i) => ({
        period: { type: periodType, key: keys[i]!, start, end: ends[i]! },
        value: values[i]!,
        status: oneOf(OBSERVATION_STATUSES, statuses[i]!),
        demo: demos[i]!,
      })),
    );
  }
  return { region: row.region, indicators, series };
}

/** The same columns for the named indicators, read from the observations themselves. */
async function fromObservations(
  db: Executor,
  regionCode: string,
  asOf: string,
  perFrequency: string,
  codes: readonly string[],
): Promise<SeriesColumns[]> {
  const result = await sql<{ columns: SeriesColumns }>`
    select json_build_array(i.code, f.period_type,
             array_agg(p.period_start order by p.period_start),
             array_agg(p.period_end order by p.period_start),
             array_agg(p.period_key order by p.period_start),
             array_agg(p.value order by p.period_start),
             array_agg(p.status order by p.period_start),
             array_agg(p.demo order by p.period_start)) as columns
    from indicator i
    join json_to_recordset(${perFrequency}::json) as f(frequency text, period_type text, n int)
      on f.frequency = i.frequency
    cross join lateral (
      select distinct on (o.period_start) o.period_start, o.period_end, o.period_key, o.value,
             o.status, b.demo
      from observation o join import_batch b on b.id = o.batch_id
      where o.indicator_code = i.code and o.region_code = ${regionCode}
        and o.period_type = f.period_type
        and o.breakdown = '' and o.period_start <= ${asOf}::date
      order by o.period_start desc, o.revision desc
      limit f.n
    ) p
    where i.code = any(${[...codes]}::text[])
    group by i.code, f.period_type`.execute(db);
  return result.rows.map((r) => r.columns);
}

function oneOf<T extends string>(list: readonly T[], value: string): T {
  const found = list.find((x) => x === value);
  if (!found) throw new Error(`'${value}' in the database is none of ${list.join(', ')}`);
  return found;
}
