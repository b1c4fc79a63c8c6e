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
import { indicatorsFromRows } from '../indicator/indicator.repository.ts';
import type { IndicatorRow } from '../indicator/indicator.table.ts';

export interface DashboardData {
  /** null when the region does not exist */
  region: { code: string; name: string } | null;
  indicators: Indicator[];
  /** per indicator code: the newest points, oldest first */
  series: Map<string, SeriesPoint[]>;
}

/** [indicator, period type, start, end, key, value, status, demo] */
type PointTuple = [string, string, string, string, string, number, string, boolean];

/**
 * The catalogue as last read, per database, with its version (count and last update): a page
 * build reads the catalogue again only when the version in the database differs.
 */
const catalogues = new WeakMap<object, { version: string; indicators: Indicator[] }>();

/**
 * Everything the start page of one region is built from — the region's name, the indicator
 * catalogue and each indicator's newest points (the latest revision of each period of the
 * indicator's own period type, whole population, started by asOf; as many as the tile needs
 * for its sparkline and its trend window, dashboardPointsNeeded) — in one statement and one
 * round trip. The parts travel as JSON built by the server, the points as arrays (no key
 * repeated 700 times), and the catalogue only when it changed since this process last read it.
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
    points: PointTuple[];
  }>`
    with catalogue as (
      select count(*) || '/' || coalesce(max(updated_at)::text, '') as version from indicator
    )
    select
      (select json_build_object('code', r.code, 'name', coalesce(r.display_name, r.name))
       from region r where r.code = ${regionCode}) as region,
      c.version,
      case when c.version = ${known?.version ?? ''} then null
           else (select coalesce(json_agg(i), '[]'::json) from indicator i) end as indicators,
      (select coalesce(json_agg(json_build_array(i.code, p.period_type, p.period_start,
                p.period_end, p.period_key, p.value, p.status, p.demo)), '[]'::json)
       from indicator i
       join json_to_recordset(${perFrequency}::json) as f(frequency text, period_type text, n int)
         on f.frequency = i.frequency
       cross join lateral (
         select * from (
           select distinct on (o.period_start) o.period_type, o.period_start,
                  o.period_end, o.period_key, o.value, o.status, b.demo
           from observation o join import_batch b on b.id = o.batch_id
           where o.indicator_code = i.code and o.region_code = ${regionCode}
             and o.period_type = f.period_type
             and o.breakdown = '' and o.period_start <= ${asOf}::date
           order by o.period_start desc, o.revision desc
           limit f.n
         ) last
         order by period_start
       ) p) as points
    from catalogue c`.execute(db);
  const row = result.rows[0]!;
  let indicators = known?.indicators;
  if (row.indicators !== null || !indicators) {
    indicators = indicatorsFromRows(row.indicators ?? []);
    catalogues.set(db, { version: row.version, indicators });
  }
  const series = new Map<string, SeriesPoint[]>();
  for (const [code, type, start, end, key, value, status, demo] of row.points) {
    const point: SeriesPoint = {
      period: { type: oneOf(PERIOD_TYPES, type), key, start, end },
      value,
      status: oneOf(OBSERVATION_STATUSES, status),
      demo,
    };
    const list = series.get(code);
    if (list) list.push(point);
    else series.set(code, [point]);
  }
  return { region: row.region, indicators, series };
}

function oneOf<T extends string>(list: readonly T[], value: string): T {
  const found = list.find((x) => x === value);
  if (!found) throw new Error(`'${value}' in the database is none of ${list.join(', ')}`);
  return found;
}
