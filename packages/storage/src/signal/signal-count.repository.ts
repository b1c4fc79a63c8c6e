import { sql } from 'kysely';
import {
  NATIONAL_REGION_CODE,
  isSignalDomain,
  isTargetGroup,
  isoWeekEnd,
  isoWeekStart,
} from '@weegschaal/core';
import type {
  SignalCountLevel,
  SignalDomain,
  SignalWeeklyCount,
  TargetGroup,
} from '@weegschaal/core';
import type { Executor } from '../database.ts';

export interface SignalCountFilter {
  level: SignalCountLevel;
  /** first ISO week, 2025-W01 */
  fromWeek?: string;
  /** last ISO week, inclusive */
  toWeek?: string;
  /** only signals inside this region (any level) */
  regionCode?: string;
  domain?: SignalDomain;
  targetGroup?: TargetGroup;
  /** split by domain / by group (default both); a field not split is null in the result */
  groupBy?: { domain?: boolean; targetGroup?: boolean };
  /** leave demo signals out */
  excludeDemo?: boolean;
}

/**
 * Signals per ISO week of observation, per region at the requested level, by domain and
 * group. These counts are what remains after the retention period, and the series the early
 * warning runs on. Weeks without signals are not returned (fill them with weekRange()).
 * Veiligheidsregio and provincie come from the region registry (region_parent); without it
 * loaded those levels are empty. 'wijk' counts only signals given at wijk or buurt precision.
 */
export async function signalWeeklyCounts(
  db: Executor,
  filter: SignalCountFilter,
): Promise<SignalWeeklyCount[]> {
  const byDomain = filter.groupBy?.domain ?? true;
  const byGroup = filter.groupBy?.targetGroup ?? true;
  const regionExpr = (() => {
    switch (filter.level) {
      case 'land':
        return sql<string>`${NATIONAL_REGION_CODE}::text`;
      case 'gemeente':
        return sql<string>`s.gemeente_code`;
      case 'wijk':
        return sql<string>`s.wijk_code`;
      case 'veiligheidsregio':
      case 'provincie':
        return sql<string>`p.parent_code`;
      default: {
        const unreachable: never = filter.level;
        throw new Error(`unknown level ${String(unreachable)}`);
      }
    }
  })();
  const join =
    filter.level === 'veiligheidsregio' || filter.level === 'provincie'
      ? sql`join region_parent p on p.region_code = s.gemeente_code and p.parent_level = ${filter.level}`
      : sql``;
  const conditions = [sql`true`];
  if (filter.level === 'wijk') conditions.push(sql`s.wijk_code is not null`);
  if (filter.fromWeek)
    conditions.push(sql`s.observed_on >= ${isoWeekStart(filter.fromWeek)}::date`);
  if (filter.toWeek) conditions.push(sql`s.observed_on <= ${isoWeekEnd(filter.toWeek)}::date`);
  if (filter.domain) conditions.push(sql`s.domain = ${filter.domain}`);
  if (filter.targetGroup) conditions.push(sql`s.target_group = ${filter.targetGroup}`);
  if (filter.excludeDemo) conditions.push(sql`not s.is_demo`);
  if (filter.regionCode) {
    const r = filter.regionCode;
    conditions.push(
      sql`(s.region_code = ${r} or s.gemeente_code = ${r} or s.wijk_code = ${r} or ${r} = ${NATIONAL_REGION_CODE}
        or s.gemeente_code in (select rp.region_code from region_parent rp where rp.parent_code = ${r}))`,
    );
  }
  const domainExpr = byDomain ? sql`s.domain` : sql`null::text`;
  const groupExpr = byGroup ? sql`s.target_group` : sql`null::text`;
  const result = await sql<{
    region_code: string;
    iso_week: string;
    domain: string | null;
    target_group: string | null;
    n: number;
  }>`
    select ${regionExpr} as region_code,
           to_char(s.observed_on, 'IYYY-"W"IW') as iso_week,
           ${domainExpr} as domain,
           ${groupExpr} as target_group,
           count(*)::int as n
      from signal s ${join}
     where ${sql.join(conditions, sql` and `)}
     group by 1, 2, 3, 4
     order by 1, 2, 3, 4`.execute(db);
  return result.rows.map((r) => ({
    regionCode: r.region_code,
    isoWeek: r.iso_week,
    domain: r.domain !== null && isSignalDomain(r.domain) ? r.domain : null,
    targetGroup: r.target_group !== null && isTargetGroup(r.target_group) ? r.target_group : null,
    count: Number(r.n),
  }));
}
