import { sql } from 'kysely';
import {
  IMPACT_GROUPS,
  MEASURE_CATEGORIES,
  MEASURE_CLUSTERS,
  SECTORS,
  notFound,
} from '@weegschaal/core';
import type { Measure } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { MeasureLevelRow, MeasureRow } from './measure.table.ts';

/** Narrow a stored code to its closed list; a stranger means the database was edited by hand. */
function oneOf<T extends string>(list: readonly T[], value: string, what: string): T {
  const found = list.find((c) => c === value);
  if (!found) throw new Error(`${what} '${value}' in the database is unknown`);
  return found;
}

function toMeasure(row: MeasureRow, levels: MeasureLevelRow[]): Measure {
  return {
    code: row.code,
    nameNl: row.name_nl,
    nameEn: row.name_en,
    category: oneOf(MEASURE_CATEGORIES, row.category, 'measure category'),
    oxcgrtCode: row.oxcgrt_code,
    cluster: oneOf(MEASURE_CLUSTERS, row.cluster, 'measure cluster'),
    sectors: row.sectors.map((s) => oneOf(SECTORS, s, 'sector')),
    groups: row.groups.map((g) => oneOf(IMPACT_GROUPS, g, 'group')),
    legalBasis: row.legal_basis,
    demo: row.is_demo,
    levels: levels
      .filter((l) => l.measure_code === row.code)
      .sort((a, b) => a.level - b.level)
      .map((l) => ({
        level: l.level,
        descriptionNl: l.description_nl,
        descriptionEn: l.description_en,
      })),
  };
}

export async function listMeasures(db: Executor): Promise<Measure[]> {
  const rows = await db.selectFrom('measure').selectAll().orderBy('code').execute();
  const levels = await db.selectFrom('measure_level').selectAll().execute();
  return rows.map((row) => toMeasure(row, levels));
}

export async function getMeasure(db: Executor, code: string): Promise<Measure> {
  const row = await db
    .selectFrom('measure')
    .selectAll()
    .where('code', '=', code)
    .executeTakeFirst();
  if (!row) throw notFound('Measure', code);
  const levels = await db
    .selectFrom('measure_level')
    .selectAll()
    .where('measure_code', '=', code)
    .execute();
  return toMeasure(row, levels);
}

/** Insert or replace a measure with its levels; the caller owns the transaction. */
export async function upsertMeasure(db: Executor, measure: Measure): Promise<void> {
  const values = {
    code: measure.code,
    name_nl: measure.nameNl,
    name_en: measure.nameEn,
    category: measure.category,
    oxcgrt_code: measure.oxcgrtCode,
    cluster: measure.cluster,
    sectors: measure.sectors,
    groups: measure.groups,
    legal_basis: measure.legalBasis,
    is_demo: measure.demo,
  };
  await db
    .insertInto('measure')
    .values(values)
    .onConflict((oc) => oc.column('code').doUpdateSet({ ...values, updated_at: sql`now()` }))
    .execute();
  await db.deleteFrom('measure_level').where('measure_code', '=', measure.code).execute();
  if (measure.levels.length > 0) {
    await db
      .insertInto('measure_level')
      .values(
        measure.levels.map((l) => ({
          measure_code: measure.code,
          level: l.level,
          description_nl: l.descriptionNl,
          description_en: l.descriptionEn,
        })),
      )
      .execute();
  }
}

export async function countMeasures(
  db: Executor,
): Promise<{ measures: number; levels: number; demo: number }> {
  const m = await db
    .selectFrom('measure')
    .select([
      sql<number>`count(*)::int`.as('measures'),
      sql<number>`count(*) filter (where is_demo)::int`.as('demo'),
    ])
    .executeTakeFirstOrThrow();
  const l = await db
    .selectFrom('measure_level')
    .select(sql<number>`count(*)::int`.as('levels'))
    .executeTakeFirstOrThrow();
  return { measures: m.measures, demo: m.demo, levels: l.levels };
}
