import { sql } from 'kysely';
import { MEASURE_CATEGORIES, notFound } from '@weegschaal/core';
import type { Measure, MeasureCategory } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { MeasureLevelRow, MeasureRow } from './measure.table.ts';

function toCategory(value: string): MeasureCategory {
  const category = MEASURE_CATEGORIES.find((c) => c === value);
  if (!category) throw new Error(`measure category '${value}' in the database is unknown`);
  return category;
}

function toMeasure(row: MeasureRow, levels: MeasureLevelRow[]): Measure {
  return {
    code: row.code,
    nameNl: row.name_nl,
    nameEn: row.name_en,
    category: toCategory(row.category),
    oxcgrtCode: row.oxcgrt_code,
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
