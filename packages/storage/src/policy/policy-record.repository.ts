import { sql } from 'kysely';
import {
  computeStringencyIndex,
  isOxcgrtIndicatorCode,
  policyLevelEntries,
} from '@weegschaal/core';
import type { PolicyCountry, PolicyDay, PolicyLevels } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { PolicyRecordRow } from './policy-record.table.ts';

// PostgreSQL allows 65,535 bind parameters per statement; this stays well below it
const CHUNK = 2000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function toFlag(value: number | null): 0 | 1 | null {
  return value === 0 || value === 1 ? value : null;
}

/**
 * Replaces the stored record of each country over the span of days given (levels and
 * indices), and stores the Stringency Index computed from the levels next to the published
 * one. The caller owns the transaction, so that an import is all or nothing.
 */
export async function replacePolicyDays(
  db: Executor,
  days: readonly PolicyDay[],
  sourceFile: string,
): Promise<{ days: number; records: number }> {
  const spans = new Map<string, { from: string; to: string }>();
  for (const day of days) {
    const span = spans.get(day.countryCode);
    if (!span) spans.set(day.countryCode, { from: day.date, to: day.date });
    else {
      if (day.date < span.from) span.from = day.date;
      if (day.date > span.to) span.to = day.date;
    }
  }
  for (const [country, { from, to }] of spans) {
    for (const table of ['policy_record', 'policy_index'] as const) {
      await db
        .deleteFrom(table)
        .where('country_code', '=', country)
        .where('date', '>=', from)
        .where('date', '<=', to)
        .execute();
    }
  }
  const indexRows = days.map((day) => ({
    country_code: day.countryCode,
    date: day.date,
    country_name: day.countryName,
    stringency_index: day.published.stringencyIndex,
    government_response_index: day.published.governmentResponseIndex,
    containment_health_index: day.published.containmentHealthIndex,
    economic_support_index: day.published.economicSupportIndex,
    stringency_index_computed: computeStringencyIndex(day.levels).value,
    source_file: sourceFile,
  }));
  const recordRows = days.flatMap((day) =>
    policyLevelEntries(day.levels).map((entry) => ({
      country_code: day.countryCode,
      date: day.date,
      indicator: entry.code,
      level: entry.level,
      flag: entry.flag,
    })),
  );
  for (const rows of chunks(indexRows, CHUNK / 5)) {
    await db.insertInto('policy_index').values(rows).execute();
  }
  for (const rows of chunks(recordRows, CHUNK)) {
    await db.insertInto('policy_record').values(rows).execute();
  }
  return { days: indexRows.length, records: recordRows.length };
}

/** The levels per day of one country, oldest first; days without records are absent. */
export async function listPolicyLevels(
  db: Executor,
  countryCode: string,
  range: { from?: string; to?: string } = {},
): Promise<{ date: string; levels: PolicyLevels }[]> {
  let query = db
    .selectFrom('policy_record')
    .selectAll()
    .where('country_code', '=', countryCode)
    .orderBy('date')
    .orderBy('indicator');
  if (range.from) query = query.where('date', '>=', range.from);
  if (range.to) query = query.where('date', '<=', range.to);
  const rows: PolicyRecordRow[] = await query.execute();
  const days: { date: string; levels: PolicyLevels }[] = [];
  for (const row of rows) {
    if (!isOxcgrtIndicatorCode(row.indicator)) {
      throw new Error(`policy_record holds unknown indicator '${row.indicator}'`);
    }
    let day = days.at(-1);
    if (!day || day.date !== row.date) {
      day = { date: row.date, levels: {} };
      days.push(day);
    }
    day.levels[row.indicator] = { level: row.level, flag: toFlag(row.flag) };
  }
  return days;
}

export async function listPolicyCountries(db: Executor): Promise<PolicyCountry[]> {
  const rows = await db
    .selectFrom('policy_index')
    .select([
      'country_code',
      sql<string>`max(country_name)`.as('country_name'),
      sql<string>`min(date)::text`.as('first_date'),
      sql<string>`max(date)::text`.as('last_date'),
      sql<number>`count(*)::int`.as('days'),
    ])
    .groupBy('country_code')
    .orderBy('country_code')
    .execute();
  return rows.map((r) => ({
    countryCode: r.country_code,
    countryName: r.country_name,
    firstDate: r.first_date,
    lastDate: r.last_date,
    days: r.days,
  }));
}

export async function countPolicyRecords(
  db: Executor,
): Promise<{ countries: number; days: number; records: number }> {
  const index = await db
    .selectFrom('policy_index')
    .select([
      sql<number>`count(distinct country_code)::int`.as('countries'),
      sql<number>`count(*)::int`.as('days'),
    ])
    .executeTakeFirstOrThrow();
  const records = await db
    .selectFrom('policy_record')
    .select(sql<number>`count(*)::int`.as('records'))
    .executeTakeFirstOrThrow();
  return { ...index, records: records.records };
}
