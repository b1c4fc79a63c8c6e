import type { PolicyIndexDay } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { PolicyIndexRow } from './policy-index.table.ts';

function toPolicyIndexDay(row: PolicyIndexRow): PolicyIndexDay {
  return {
    countryCode: row.country_code,
    date: row.date,
    published: {
      stringencyIndex: row.stringency_index,
      governmentResponseIndex: row.government_response_index,
      containmentHealthIndex: row.containment_health_index,
      economicSupportIndex: row.economic_support_index,
    },
    computedStringencyIndex: row.stringency_index_computed,
  };
}

/** The indices per country per day, by country then date. */
export async function listPolicyIndexDays(
  db: Executor,
  filter: { countries?: readonly string[]; from?: string; to?: string } = {},
): Promise<PolicyIndexDay[]> {
  let query = db.selectFrom('policy_index').selectAll().orderBy('country_code').orderBy('date');
  if (filter.countries && filter.countries.length > 0) {
    query = query.where('country_code', 'in', filter.countries);
  }
  if (filter.from) query = query.where('date', '>=', filter.from);
  if (filter.to) query = query.where('date', '<=', filter.to);
  const rows = await query.execute();
  return rows.map(toPolicyIndexDay);
}
