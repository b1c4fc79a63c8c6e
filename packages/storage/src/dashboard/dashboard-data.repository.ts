import { sql } from 'kysely';
import type { Indicator } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import { indicatorsFromRows } from '../indicator/indicator.repository.ts';
import type { IndicatorRow } from '../indicator/indicator.table.ts';
import { newestPointsQuery, seriesByIndicator } from '../observation/observation.repository.ts';
import type {
  ObservationWithDemoRow,
  StoredObservation,
} from '../observation/observation.repository.ts';

export interface DashboardData {
  /** null when the region does not exist */
  region: { code: string; name: string } | null;
  indicators: Indicator[];
  /** per indicator code: the newest points, oldest first */
  series: Map<string, StoredObservation[]>;
}

/**
 * Everything the start page of one region is built from — the region's name, the indicator
 * catalogue and each indicator's newest points — in one statement and one round trip: the
 * parts travel as JSON built by the server, which costs less than a round trip each.
 */
export async function dashboardData(
  db: Executor,
  regionCode: string,
  asOf: string,
  points: number,
): Promise<DashboardData> {
  const result = await sql<{
    region: { code: string; name: string } | null;
    indicators: IndicatorRow[];
    points: ObservationWithDemoRow[];
  }>`
    select
      (select json_build_object('code', r.code, 'name', coalesce(r.display_name, r.name))
       from region r where r.code = ${regionCode}) as region,
      (select coalesce(json_agg(i), '[]'::json) from indicator i) as indicators,
      (select coalesce(json_agg(p), '[]'::json)
       from (${newestPointsQuery(regionCode, asOf, points)}) p) as points`.execute(db);
  const row = result.rows[0]!;
  return {
    region: row.region,
    indicators: indicatorsFromRows(row.indicators),
    series: seriesByIndicator(row.points),
  };
}
