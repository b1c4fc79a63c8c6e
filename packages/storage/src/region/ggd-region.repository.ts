import { NATIONAL_REGION_CODE } from '@weegschaal/core';
import type { GgdDivision, Region } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import { chunksFor } from '../bulk/chunk.ts';
import { upsertRegions } from './region.repository.ts';

/** The gemeente codes of one municipal division (1 January of the year) in the registry. */
export async function gemeentenOfDivision(db: Executor, year: number): Promise<Set<string>> {
  const rows = await db
    .selectFrom('region')
    .select('code')
    .where('level', '=', 'gemeente')
    .where('division_from', '<=', year)
    .where((eb) => eb.or([eb('division_to', 'is', null), eb('division_to', '>=', year)]))
    .execute();
  return new Set(rows.map((r) => r.code));
}

export interface StoredGgdYear {
  /** gemeente → GGD code */
  memberships: Map<string, string>;
  /** GGD code → name */
  names: Map<string, string>;
}

export async function ggdMembershipsOfYear(db: Executor, year: number): Promise<StoredGgdYear> {
  const rows = await db
    .selectFrom('region_ggd_membership')
    .selectAll()
    .where('year', '=', year)
    .execute();
  return {
    memberships: new Map(rows.map((r) => [r.gemeente_code, r.ggd_code])),
    names: new Map(rows.map((r) => [r.ggd_code, r.ggd_name])),
  };
}

/**
 * Replaces one year's GGD division and brings the GGD-regio's and the gemeenten's GGD
 * parent up to date with every loaded year. The caller owns the transaction.
 */
export async function replaceGgdDivision(
  db: Executor,
  division: GgdDivision,
  source: string,
): Promise<void> {
  // the GGD codes must exist before the memberships refer to them; syncGgdRegions then
  // writes every GGD-regio whole (name, years, parent, population) from all loaded years
  await upsertRegions(
    db,
    division.regions.map((r) => ({ ...ggdRegion(r.code, r.name, division.year), parents: [] })),
  );
  await db.deleteFrom('region_ggd_membership').where('year', '=', division.year).execute();
  const names = new Map(division.regions.map((r) => [r.code, r.name]));
  const rows = [...division.memberships].map(([gemeente, ggd]) => ({
    year: division.year,
    gemeente_code: gemeente,
    ggd_code: ggd,
    ggd_name: names.get(ggd)!,
    source,
  }));
  for (const chunk of chunksFor(rows, 5)) {
    await db.insertInto('region_ggd_membership').values(chunk).execute();
  }
  await syncGgdRegions(db);
}

function ggdRegion(code: string, name: string, year: number): Region {
  return {
    code,
    name,
    displayName: null,
    level: 'ggd-regio',
    parents: [{ level: 'land', code: NATIONAL_REGION_CODE }],
    divisionFrom: year,
    divisionTo: null,
    border: false,
    shrinking: false,
    population: [],
  };
}

/**
 * Derives from the membership table, for every GGD code: its name (of the latest year it
 * appears in), its first and last year (null while it is in the latest loaded year), and
 * its population per year as the sum of its gemeenten when every one of them has a figure
 * for that year. And gives each gemeente its GGD-regio of the latest year that places it as
 * parent, because region_parent holds one parent per level. Also called after the gemeenten
 * are reloaded, which replaces their parents.
 */
export async function syncGgdRegions(db: Executor): Promise<void> {
  const rows = await db
    .selectFrom('region_ggd_membership as m')
    .leftJoin('region_population as p', (join) =>
      join.onRef('p.region_code', '=', 'm.gemeente_code').onRef('p.year', '=', 'm.year'),
    )
    .select(['m.year', 'm.gemeente_code', 'm.ggd_code', 'm.ggd_name', 'p.population'])
    .orderBy('m.year')
    .execute();
  if (rows.length === 0) return;
  const latestYear = Math.max(...rows.map((r) => r.year));
  const ggds = new Map<
    string,
    { name: string; first: number; last: number; perYear: Map<number, number | null> }
  >();
  const parentOf = new Map<string, string>();
  for (const r of rows) {
    const g = ggds.get(r.ggd_code) ?? {
      name: r.ggd_name,
      first: r.year,
      last: r.year,
      perYear: new Map<number, number | null>(),
    };
    // rows come by year: the last seen is the latest
    g.name = r.ggd_name;
    g.last = r.year;
    const sum = g.perYear.get(r.year);
    g.perYear.set(r.year, sum === null || r.population === null ? null : (sum ?? 0) + r.population);
    ggds.set(r.ggd_code, g);
    parentOf.set(r.gemeente_code, r.ggd_code);
  }
  const national = await db
    .selectFrom('region')
    .select('code')
    .where('code', '=', NATIONAL_REGION_CODE)
    .executeTakeFirst();
  const regions: Region[] = [...ggds].map(([code, g]) => ({
    ...ggdRegion(code, g.name, g.first),
    parents: national ? [{ level: 'land', code: NATIONAL_REGION_CODE }] : [],
    divisionTo: g.last === latestYear ? null : g.last,
    population: [...g.perYear]
      .filter((e): e is [number, number] => e[1] !== null)
      .map(([year, count]) => ({ year, count, source: `sum of its gemeenten (${year})` })),
  }));
  // a sum that no longer holds (a reloaded year placed a gemeente elsewhere) must not linger
  await db
    .deleteFrom('region_population')
    .where('region_code', 'in', (eb) =>
      eb.selectFrom('region').select('code').where('level', '=', 'ggd-regio'),
    )
    .execute();
  await upsertRegions(db, regions);
  await db.deleteFrom('region_parent').where('parent_level', '=', 'ggd-regio').execute();
  const parents = [...parentOf].map(([gemeente, ggd]) => ({
    region_code: gemeente,
    parent_code: ggd,
    parent_level: 'ggd-regio',
  }));
  for (const chunk of chunksFor(parents, 3)) {
    await db.insertInto('region_parent').values(chunk).execute();
  }
}
