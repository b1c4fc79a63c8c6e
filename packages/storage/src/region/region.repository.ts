import { sql } from 'kysely';
import { REGION_LEVELS, notFound } from '@weegschaal/core';
import type { MunicipalRedivision, Region, RegionLevel } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import { chunksFor } from '../bulk/chunk.ts';
import type {
  RegionParentRow,
  RegionPopulationRow,
  RegionRedivisionRow,
  RegionRow,
} from './region.table.ts';

function toLevel(value: string): RegionLevel {
  const level = REGION_LEVELS.find((l) => l === value);
  if (!level) throw new Error(`region level '${value}' in the database is unknown`);
  return level;
}

function toRegion(
  row: RegionRow,
  parents: RegionParentRow[],
  population: RegionPopulationRow[],
): Region {
  return {
    code: row.code,
    name: row.name,
    displayName: row.display_name,
    level: toLevel(row.level),
    parents: parents
      .map((p) => ({ level: toLevel(p.parent_level), code: p.parent_code }))
      .sort((a, b) => REGION_LEVELS.indexOf(a.level) - REGION_LEVELS.indexOf(b.level)),
    divisionFrom: row.division_from,
    divisionTo: row.division_to,
    border: row.is_border,
    shrinking: row.is_shrinking,
    population: population
      .map((p) => ({ year: p.year, count: p.population, source: p.source }))
      .sort((a, b) => a.year - b.year),
  };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

export interface RegionFilter {
  level?: RegionLevel;
  /** regions that lie in this one */
  parent?: string;
  /** only codes of the current municipal division */
  currentOnly?: boolean;
}

export async function listRegions(db: Executor, filter: RegionFilter = {}): Promise<Region[]> {
  let query = db.selectFrom('region').selectAll('region');
  if (filter.level) query = query.where('region.level', '=', filter.level);
  if (filter.currentOnly) query = query.where('region.division_to', 'is', null);
  if (filter.parent) {
    const parent = filter.parent;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('region_parent')
          .select('region_parent.region_code')
          .whereRef('region_parent.region_code', '=', 'region.code')
          .where('region_parent.parent_code', '=', parent),
      ),
    );
  }
  const rows = await query.orderBy('region.code').execute();
  if (rows.length === 0) return [];
  const codes = rows.map((r) => r.code);
  const parents = groupBy(
    await db.selectFrom('region_parent').selectAll().where('region_code', 'in', codes).execute(),
    (p) => p.region_code,
  );
  const population = groupBy(
    await db
      .selectFrom('region_population')
      .selectAll()
      .where('region_code', 'in', codes)
      .execute(),
    (p) => p.region_code,
  );
  return rows.map((r) => toRegion(r, parents.get(r.code) ?? [], population.get(r.code) ?? []));
}

export async function getRegion(db: Executor, code: string): Promise<Region> {
  const row = await db.selectFrom('region').selectAll().where('code', '=', code).executeTakeFirst();
  if (!row) throw notFound('Region', code);
  const parents = await db
    .selectFrom('region_parent')
    .selectAll()
    .where('region_code', '=', code)
    .execute();
  const population = await db
    .selectFrom('region_population')
    .selectAll()
    .where('region_code', '=', code)
    .execute();
  return toRegion(row, parents, population);
}

/** The regions directly or indirectly inside one region, e.g. the gemeenten of a VR. */
export async function listChildren(
  db: Executor,
  code: string,
): Promise<{ code: string; name: string; level: RegionLevel }[]> {
  const rows = await db
    .selectFrom('region_parent')
    .innerJoin('region', 'region.code', 'region_parent.region_code')
    .select(['region.code', 'region.name', 'region.level'])
    .where('region_parent.parent_code', '=', code)
    .where('region.division_to', 'is', null)
    .orderBy('region.code')
    .execute();
  return rows.map((r) => ({ code: r.code, name: r.name, level: toLevel(r.level) }));
}

export async function regionCodes(db: Executor): Promise<Set<string>> {
  const rows = await db.selectFrom('region').select('code').execute();
  return new Set(rows.map((r) => r.code));
}

/** Insert or replace regions with their parents and population; the caller owns the transaction. */
export async function upsertRegions(db: Executor, regions: readonly Region[]): Promise<void> {
  for (const chunk of chunksFor(regions, 8)) {
    const values = chunk.map((r) => ({
      code: r.code,
      name: r.name,
      display_name: r.displayName,
      level: r.level,
      division_from: r.divisionFrom,
      division_to: r.divisionTo,
      is_border: r.border,
      is_shrinking: r.shrinking,
    }));
    await db
      .insertInto('region')
      .values(values)
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          display_name: eb.ref('excluded.display_name'),
          level: eb.ref('excluded.level'),
          division_from: eb.ref('excluded.division_from'),
          division_to: eb.ref('excluded.division_to'),
          is_border: eb.ref('excluded.is_border'),
          is_shrinking: eb.ref('excluded.is_shrinking'),
          updated_at: sql`now()`,
        })),
      )
      .execute();
  }
  const codes = regions.map((r) => r.code);
  for (const chunk of chunksFor(codes, 1)) {
    await db.deleteFrom('region_parent').where('region_code', 'in', chunk).execute();
  }
  const parents = regions.flatMap((r) =>
    r.parents.map((p) => ({ region_code: r.code, parent_code: p.code, parent_level: p.level })),
  );
  for (const chunk of chunksFor(parents, 3)) {
    await db.insertInto('region_parent').values(chunk).execute();
  }
  const population = regions.flatMap((r) =>
    r.population.map((p) => ({
      region_code: r.code,
      year: p.year,
      population: p.count,
      source: p.source,
    })),
  );
  for (const chunk of chunksFor(population, 4)) {
    await db
      .insertInto('region_population')
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(['region_code', 'year']).doUpdateSet((eb) => ({
          population: eb.ref('excluded.population'),
          source: eb.ref('excluded.source'),
        })),
      )
      .execute();
  }
}

export async function replaceRedivisions(
  db: Executor,
  redivisions: readonly MunicipalRedivision[],
): Promise<void> {
  await db.deleteFrom('region_redivision').execute();
  const rows = redivisions.flatMap((r) =>
    r.successors.map((s) => ({
      old_code: r.oldCode,
      successor_code: s.code,
      effective_on: r.effectiveOn,
      kind: r.kind,
      part: s.part,
    })),
  );
  for (const chunk of chunksFor(rows, 5)) {
    await db.insertInto('region_redivision').values(chunk).execute();
  }
}

export interface RegionRedivisionLink {
  oldCode: string;
  successorCode: string;
  effectiveOn: string;
  kind: 'merger' | 'split';
  part: string | null;
}

function toLink(row: RegionRedivisionRow): RegionRedivisionLink {
  return {
    oldCode: row.old_code,
    successorCode: row.successor_code,
    effectiveOn: row.effective_on,
    kind: row.kind,
    part: row.part,
  };
}

/** Re-divisions a code took part in, as the old code or as the successor. */
export async function redivisionsOf(db: Executor, code: string): Promise<RegionRedivisionLink[]> {
  const rows = await db
    .selectFrom('region_redivision')
    .selectAll()
    .where((eb) => eb.or([eb('old_code', '=', code), eb('successor_code', '=', code)]))
    .orderBy('effective_on')
    .orderBy('old_code')
    .execute();
  return rows.map(toLink);
}

export async function countRegions(db: Executor): Promise<Record<RegionLevel, number>> {
  const rows = await db
    .selectFrom('region')
    .select(['level', sql<number>`count(*)::int`.as('n')])
    .where('division_to', 'is', null)
    .groupBy('level')
    .execute();
  const counts = Object.fromEntries(REGION_LEVELS.map((l) => [l, 0])) as Record<
    RegionLevel,
    number
  >;
  for (const r of rows) counts[toLevel(r.level)] = r.n;
  return counts;
}
