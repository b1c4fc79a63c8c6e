import { sql } from 'kysely';
import {
  invalidInput,
  notFound,
  validateBundle,
  validateEffectivenessRange,
} from '@weegschaal/core';
import type { Bundle, BundleEffectivenessEstimate } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import { listMeasures } from '../measure/measure.repository.ts';
import { getScenario } from '../effectiveness/effectiveness.repository.ts';
import type { BundleEffectivenessEstimateRow, BundleMemberRow, BundleRow } from './bundle.table.ts';

function toBundle(row: BundleRow, members: BundleMemberRow[]): Bundle {
  return {
    code: row.code,
    nameNl: row.name_nl,
    nameEn: row.name_en,
    description: row.description,
    members: members
      .filter((m) => m.bundle_code === row.code)
      .sort((a, b) => a.position - b.position)
      .map((m) => ({ measureCode: m.measure_code, level: m.level })),
    demo: row.is_demo,
  };
}

function toEstimate(row: BundleEffectivenessEstimateRow): BundleEffectivenessEstimate {
  return {
    bundleCode: row.bundle_code,
    scenarioCode: row.scenario_code,
    estimate: row.estimate,
    low: row.low,
    high: row.high,
    rationale: row.rationale,
    author: row.author,
    updatedAt: new Date(row.updated_at).toISOString(),
    demo: row.is_demo,
  };
}

export async function listBundles(db: Executor): Promise<Bundle[]> {
  const rows = await db.selectFrom('bundle').selectAll().orderBy('code').execute();
  const members = await db.selectFrom('bundle_member').selectAll().execute();
  return rows.map((r) => toBundle(r, members));
}

export async function getBundle(db: Executor, code: string): Promise<Bundle> {
  const row = await db.selectFrom('bundle').selectAll().where('code', '=', code).executeTakeFirst();
  if (!row) throw notFound('Bundle', code);
  const members = await db
    .selectFrom('bundle_member')
    .selectAll()
    .where('bundle_code', '=', code)
    .execute();
  return toBundle(row, members);
}

/** Creates or replaces a bundle with its members; the caller owns the transaction. */
export async function upsertBundle(db: Executor, bundle: Bundle): Promise<Bundle> {
  const problems = validateBundle(bundle, await listMeasures(db));
  if (problems.length > 0) throw invalidInput('The bundle is invalid.', problems);
  const values = {
    code: bundle.code,
    name_nl: bundle.nameNl,
    name_en: bundle.nameEn,
    description: bundle.description,
    is_demo: bundle.demo,
  };
  await db
    .insertInto('bundle')
    .values(values)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet({ ...values, updated_at: sql<string>`now()` }),
    )
    .execute();
  await db.deleteFrom('bundle_member').where('bundle_code', '=', bundle.code).execute();
  await db
    .insertInto('bundle_member')
    .values(
      bundle.members.map((m, position) => ({
        bundle_code: bundle.code,
        measure_code: m.measureCode,
        level: m.level,
        position,
      })),
    )
    .execute();
  return getBundle(db, bundle.code);
}

export async function listBundleEstimates(
  db: Executor,
  filter: { bundleCode?: string; scenarioCode?: string } = {},
): Promise<BundleEffectivenessEstimate[]> {
  let query = db
    .selectFrom('bundle_effectiveness_estimate')
    .selectAll()
    .orderBy('bundle_code')
    .orderBy('scenario_code');
  if (filter.bundleCode) query = query.where('bundle_code', '=', filter.bundleCode);
  if (filter.scenarioCode) query = query.where('scenario_code', '=', filter.scenarioCode);
  return (await query.execute()).map(toEstimate);
}

export type BundleEstimateInput = Omit<BundleEffectivenessEstimate, 'updatedAt'>;

export async function upsertBundleEstimate(
  db: Executor,
  e: BundleEstimateInput,
  options: { updatedAt?: string } = {},
): Promise<BundleEffectivenessEstimate> {
  await getBundle(db, e.bundleCode);
  await getScenario(db, e.scenarioCode);
  const problems = validateEffectivenessRange(e);
  if (e.author.trim() === '') problems.push({ name: 'author', reason: 'must not be empty' });
  if (problems.length > 0) throw invalidInput('The bundle estimate is invalid.', problems);
  const values = {
    bundle_code: e.bundleCode,
    scenario_code: e.scenarioCode,
    estimate: e.estimate,
    low: e.low,
    high: e.high,
    rationale: e.rationale,
    author: e.author,
    is_demo: e.demo,
    updated_at: options.updatedAt ?? sql<string>`now()`,
  };
  const row = await db
    .insertInto('bundle_effectiveness_estimate')
    .values(values)
    .onConflict((oc) => oc.columns(['bundle_code', 'scenario_code']).doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
  return toEstimate(row);
}

export async function countBundles(db: Executor): Promise<{ bundles: number; demo: number }> {
  return db
    .selectFrom('bundle')
    .select([
      sql<number>`count(*)::int`.as('bundles'),
      sql<number>`count(*) filter (where is_demo)::int`.as('demo'),
    ])
    .executeTakeFirstOrThrow();
}
