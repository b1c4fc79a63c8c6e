import { sql } from 'kysely';
import {
  COMPOSITE_AGGREGATIONS,
  COMPOSITE_LEVELS,
  NORMALISATIONS,
  PERIOD_TYPES,
  REGION_LEVELS,
  conflict,
  invalidInput,
  notFound,
  periodTypeOfFrequency,
  regionLevelOfCompositeLevel,
  validateCompositeIndexInput,
} from '@weegschaal/core';
import type {
  CompositeComponent,
  CompositeIndexInput,
  CompositeIndexRecord,
  CompositeLevel,
  CompositeObservation,
  ImputationRule,
  InvalidParam,
  PeriodType,
  UncertaintySettings,
} from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { CompositeIndexRow } from './composite-index.table.ts';

/** Narrow a stored code to its closed list; a stranger means the database was edited by hand. */
function oneOf<T extends string>(list: readonly T[], value: string, what: string): T {
  const found = list.find((c) => c === value);
  if (!found) throw new Error(`${what} '${value}' in the database is unknown`);
  return found;
}

function toRecord(row: CompositeIndexRow): CompositeIndexRecord {
  // jsonb comes back parsed from both drivers; it was validated before it was written
  return {
    id: row.id,
    code: row.code,
    nameNl: row.name_nl,
    nameEn: row.name_en,
    descriptionNl: row.description_nl,
    descriptionEn: row.description_en,
    components: row.components as CompositeComponent[],
    normalisation: oneOf(NORMALISATIONS, row.normalisation, 'normalisation'),
    aggregation: oneOf(COMPOSITE_AGGREGATIONS, row.aggregation, 'aggregation'),
    referencePeriod: row.reference_period,
    minMaxFloor: row.min_max_floor,
    imputation: row.imputation as ImputationRule,
    uncertainty: row.uncertainty as UncertaintySettings,
    level: oneOf(COMPOSITE_LEVELS, row.level, 'composite level'),
    periodType: oneOf(PERIOD_TYPES, row.period_type, 'period type'),
    author: row.author,
    demo: row.is_demo,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

function toValues(input: CompositeIndexInput) {
  return {
    code: input.code,
    name_nl: input.nameNl,
    name_en: input.nameEn,
    description_nl: input.descriptionNl,
    description_en: input.descriptionEn,
    // jsonb parameters are sent as JSON text: an array would otherwise become a PostgreSQL array
    components: JSON.stringify(input.components),
    normalisation: input.normalisation,
    aggregation: input.aggregation,
    reference_period: input.referencePeriod,
    min_max_floor: input.minMaxFloor,
    imputation: JSON.stringify(input.imputation),
    uncertainty: JSON.stringify(input.uncertainty),
    level: input.level,
    period_type: input.periodType,
    author: input.author,
    is_demo: input.demo,
  };
}

const isUuid = (id: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/**
 * The definition must be sound on its own (core) and fit the catalogue: every indicator
 * exists, is observed per the index's period type (periods are not converted) and at least
 * as finely as the index's level. All problems are reported at once.
 */
async function validateAgainstCatalogue(db: Executor, input: CompositeIndexInput): Promise<void> {
  validateCompositeIndexInput(input);
  const codes = input.components.map((c) => c.indicatorCode);
  const rows = await db
    .selectFrom('indicator')
    .select(['code', 'frequency', 'lowest_level'])
    .where('code', 'in', codes)
    .execute();
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const levelRank = REGION_LEVELS.indexOf(regionLevelOfCompositeLevel(input.level));
  const problems: InvalidParam[] = [];
  input.components.forEach((c, i) => {
    const name = `components[${i}].indicatorCode`;
    const row = byCode.get(c.indicatorCode);
    if (!row) {
      problems.push({ name, reason: 'no indicator with this code', value: c.indicatorCode });
      return;
    }
    const type = periodTypeOfFrequency(
      row.frequency as Parameters<typeof periodTypeOfFrequency>[0],
    );
    if (type !== input.periodType) {
      problems.push({
        name,
        reason: `observed per ${type}, the index per ${input.periodType}: periods are not converted`,
        value: c.indicatorCode,
      });
    }
    if (REGION_LEVELS.indexOf(row.lowest_level as (typeof REGION_LEVELS)[number]) < levelRank) {
      problems.push({
        name,
        reason: `observed no finer than ${row.lowest_level}, the index is per ${input.level}`,
        value: c.indicatorCode,
      });
    }
  });
  if (problems.length > 0) {
    throw invalidInput(`The composite index '${input.code}' does not fit the catalogue.`, problems);
  }
}

export async function listCompositeIndices(db: Executor): Promise<CompositeIndexRecord[]> {
  const rows = await db.selectFrom('composite_index').selectAll().orderBy('code').execute();
  return rows.map(toRecord);
}

export async function getCompositeIndex(db: Executor, id: string): Promise<CompositeIndexRecord> {
  if (!isUuid(id)) throw notFound('Composite index', id);
  const row = await db
    .selectFrom('composite_index')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Composite index', id);
  return toRecord(row);
}

async function assertCodeFree(db: Executor, code: string, exceptId: string | null): Promise<void> {
  let query = db.selectFrom('composite_index').select('id').where('code', '=', code);
  if (exceptId) query = query.where('id', '!=', exceptId);
  if (await query.executeTakeFirst()) {
    throw conflict(`A composite index with the code '${code}' exists already.`);
  }
}

export async function createCompositeIndex(
  db: Executor,
  input: CompositeIndexInput,
): Promise<CompositeIndexRecord> {
  await validateAgainstCatalogue(db, input);
  await assertCodeFree(db, input.code, null);
  const row = await db
    .insertInto('composite_index')
    .values(toValues(input))
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

/** Replaces the definition; the author becomes the one who changed it last. */
export async function updateCompositeIndex(
  db: Executor,
  id: string,
  input: CompositeIndexInput,
): Promise<CompositeIndexRecord> {
  await getCompositeIndex(db, id);
  await validateAgainstCatalogue(db, input);
  await assertCodeFree(db, input.code, id);
  const row = await db
    .updateTable('composite_index')
    .set({ ...toValues(input), updated_at: sql`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

export async function deleteCompositeIndex(db: Executor, id: string): Promise<void> {
  await getCompositeIndex(db, id);
  await db.deleteFrom('composite_index').where('id', '=', id).execute();
}

/**
 * Inserts or replaces the index with this code, keeping its id, so that loading demo
 * content twice gives the same rows.
 */
export async function upsertCompositeIndexByCode(
  db: Executor,
  input: CompositeIndexInput,
): Promise<CompositeIndexRecord> {
  const existing = await db
    .selectFrom('composite_index')
    .select('id')
    .where('code', '=', input.code)
    .executeTakeFirst();
  return existing ? updateCompositeIndex(db, existing.id, input) : createCompositeIndex(db, input);
}

export interface CompositeInputFilter {
  indicatorCodes: readonly string[];
  level: CompositeLevel;
  periodType: PeriodType;
  /** first and last day (inclusive) of the periods wanted, YYYY-MM-DD */
  from?: string;
  to?: string;
  /**
   * a period key loaded even outside from–to: the reference period of distance-to-reference,
   * without which no value in the window could be normalised
   */
  alsoPeriodKey?: string | null;
}

export interface CompositeInputs {
  observations: CompositeObservation[];
  /** true when any observation came from a demo batch */
  demo: boolean;
}

/**
 * What an index computes from: the latest revision of every whole-population observation of
 * its indicators, for the current regions of its level and its period type. Every region of
 * the level is returned even when one region is asked for, because min-max and z-scores are
 * taken over all regions so that a value means the same for each of them.
 */
export async function listCompositeInputs(
  db: Executor,
  filter: CompositeInputFilter,
): Promise<CompositeInputs> {
  if (filter.indicatorCodes.length === 0) return { observations: [], demo: false };
  const level = regionLevelOfCompositeLevel(filter.level);
  const conditions = [
    sql`o.indicator_code in (${sql.join(filter.indicatorCodes.map((c) => sql`${c}`))})`,
    sql`o.period_type = ${filter.periodType}`,
    sql`o.breakdown = ''`,
    sql`o.region_code in (select code from region where level = ${level} and division_to is null)`,
  ];
  const window = [sql`true`];
  if (filter.from) window.push(sql`o.period_end >= ${filter.from}::date`);
  if (filter.to) window.push(sql`o.period_start <= ${filter.to}::date`);
  conditions.push(
    filter.alsoPeriodKey
      ? sql`((${sql.join(window, sql` and `)}) or o.period_key = ${filter.alsoPeriodKey})`
      : sql.join(window, sql` and `),
  );
  const rows = await sql<{
    indicator_code: string;
    region_code: string;
    period_key: string;
    period_start: string;
    period_end: string;
    value: number;
    demo: boolean;
  }>`
    select distinct on (o.indicator_code, o.region_code, o.period_start)
           o.indicator_code, o.region_code, o.period_key, o.period_start, o.period_end,
           o.value, b.demo
    from observation o join import_batch b on b.id = o.batch_id
    where ${sql.join(conditions, sql` and `)}
    order by o.indicator_code, o.region_code, o.period_start, o.revision desc`.execute(db);
  return {
    observations: rows.rows.map((r) => ({
      indicatorCode: r.indicator_code,
      regionCode: r.region_code,
      period: {
        type: filter.periodType,
        key: r.period_key,
        start: r.period_start,
        end: r.period_end,
      },
      value: r.value,
    })),
    demo: rows.rows.some((r) => r.demo),
  };
}

/**
 * A token that changes whenever what an index computes from can have changed: observations
 * only change by an import batch (a new batch, or a rollback) and regions by the registry.
 * Cheap (both tables are small), so a computed index can be cached under it.
 */
export async function compositeInputVersion(db: Executor): Promise<string> {
  const row = await sql<{ batches: string; regions: string }>`
    select
      (select coalesce(max(id), 0) || ':' || count(rolled_back_at) from import_batch) as batches,
      (select count(*) || ':' || coalesce(max(updated_at)::text, '') from region) as regions
  `.execute(db);
  const r = row.rows[0]!;
  return `${r.batches}|${r.regions}`;
}
