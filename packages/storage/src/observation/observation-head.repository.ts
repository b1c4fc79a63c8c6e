import { sql } from 'kysely';
import { FREQUENCIES, START_PAGE_SPARKLINE_LENGTH, dashboardPointsNeeded } from '@weegschaal/core';
import type { Executor } from '../database.ts';

/** The deepest a head is kept (survey waves: a year of weekly waves), and the migration's depth. */
export const OBSERVATION_HEAD_MAX_DEPTH = 53;

/**
 * How deep a series' head is kept, per its indicator's frequency: what the start page reads
 * (its sparkline and the trend window). A reader that needs more reads the observations.
 */
export function observationHeadDepths(): { frequency: string; depth: number }[] {
  return FREQUENCIES.map((frequency) => ({
    frequency,
    depth: dashboardPointsNeeded(frequency, START_PAGE_SPARKLINE_LENGTH),
  }));
}

/**
 * Builds again the heads of every series marked stale (by the triggers on observation, for
 * whatever wrote to it in this transaction) and clears the marks; returns how many series were
 * stale. Every writer of observations calls it before it commits; one that did not would leave
 * its series without a head, read the slower way until the next writer's refresh, never wrong.
 * A series with no observations left gets no head (readers take that to mean no data).
 */
export async function refreshObservationHeads(db: Executor): Promise<number> {
  const result = await sql<{ n: number }>`
    with stale as (
      delete from observation_head_stale
      returning indicator_code, region_code, period_type
    ), built as (
      insert into observation_head (indicator_code, region_code, period_type, depth,
        newest_start, period_starts, period_ends, period_keys, observed_values, statuses, demos)
      select s.indicator_code, s.region_code, s.period_type, d.depth, max(p.period_start),
             array_agg(p.period_start order by p.period_start),
             array_agg(p.period_end order by p.period_start),
             array_agg(p.period_key order by p.period_start),
             array_agg(p.value order by p.period_start),
             array_agg(p.status order by p.period_start),
             array_agg(p.demo order by p.period_start)
      from stale s
      left join indicator i on i.code = s.indicator_code
      left join json_to_recordset(${JSON.stringify(observationHeadDepths())}::json)
        as known(frequency text, depth int) on known.frequency = i.frequency
      -- a reader takes a series without a head as one without observations: every stale
      -- series with observations gets one, also of an indicator not (yet) in the catalogue
      cross join lateral (select coalesce(known.depth, ${sql.lit(OBSERVATION_HEAD_MAX_DEPTH)}) as depth) d
      cross join lateral (
        select distinct on (o.period_start) o.period_start, o.period_end, o.period_key,
               o.value, o.status, b.demo
        from observation o join import_batch b on b.id = o.batch_id
        where o.indicator_code = s.indicator_code and o.region_code = s.region_code
          and o.period_type = s.period_type and o.breakdown = ''
        order by o.period_start desc, o.revision desc
        limit d.depth
      ) p
      group by s.indicator_code, s.region_code, s.period_type, d.depth
      on conflict (indicator_code, region_code, period_type) do update
        set depth = excluded.depth, newest_start = excluded.newest_start,
            period_starts = excluded.period_starts, period_ends = excluded.period_ends,
            period_keys = excluded.period_keys, observed_values = excluded.observed_values,
            statuses = excluded.statuses, demos = excluded.demos
      returning 1
    )
    select (select count(*) from stale)::int as n`.execute(db);
  return result.rows[0]?.n ?? 0;
}
