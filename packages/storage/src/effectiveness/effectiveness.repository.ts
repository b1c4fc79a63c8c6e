import { sql } from 'kysely';
import {
  CONTEXT_LEVELS,
  SEASONS,
  SECTORS,
  VARIANTS,
  invalidInput,
  notFound,
  validateEffectivenessRange,
  validateFicheKey,
} from '@weegschaal/core';
import type { EffectivenessEstimate, OmtScenario, SectorRisk } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import { getMeasure } from '../measure/measure.repository.ts';
import type {
  EffectivenessEstimateRow,
  OmtScenarioRow,
  SectorRiskRow,
} from './effectiveness.table.ts';

function oneOf<T extends string>(values: readonly T[], value: string, what: string): T {
  const found = values.find((v) => v === value);
  if (!found) throw new Error(`${what} '${value}' in the database is unknown`);
  return found;
}

function toScenario(row: OmtScenarioRow): OmtScenario {
  return {
    code: row.code,
    nameNl: row.name_nl,
    nameEn: row.name_en,
    variant: oneOf(VARIANTS, row.variant, 'variant'),
    season: oneOf(SEASONS, row.season, 'season'),
    compliance: oneOf(CONTEXT_LEVELS, row.compliance, 'compliance'),
    vaccinationCoverage: oneOf(CONTEXT_LEVELS, row.vaccination_coverage, 'vaccination coverage'),
    demo: row.is_demo,
  };
}

function toEstimate(row: EffectivenessEstimateRow): EffectivenessEstimate {
  return {
    measureCode: row.measure_code,
    level: row.level,
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

function toSectorRisk(row: SectorRiskRow): SectorRisk {
  return {
    sector: oneOf(SECTORS, row.sector, 'sector'),
    risk: row.risk,
    rationale: row.rationale,
    demo: row.is_demo,
  };
}

export async function listScenarios(db: Executor): Promise<OmtScenario[]> {
  const rows = await db.selectFrom('omt_scenario').selectAll().orderBy('code').execute();
  return rows.map(toScenario);
}

export async function getScenario(db: Executor, code: string): Promise<OmtScenario> {
  const row = await db
    .selectFrom('omt_scenario')
    .selectAll()
    .where('code', '=', code)
    .executeTakeFirst();
  if (!row) throw notFound('Scenario', code);
  return toScenario(row);
}

export async function upsertScenario(db: Executor, s: OmtScenario): Promise<void> {
  const values = {
    code: s.code,
    name_nl: s.nameNl,
    name_en: s.nameEn,
    variant: s.variant,
    season: s.season,
    compliance: s.compliance,
    vaccination_coverage: s.vaccinationCoverage,
    is_demo: s.demo,
  };
  await db
    .insertInto('omt_scenario')
    .values(values)
    .onConflict((oc) => oc.column('code').doUpdateSet(values))
    .execute();
}

export async function listEffectivenessEstimates(
  db: Executor,
  filter: { scenarioCode?: string; measureCode?: string } = {},
): Promise<EffectivenessEstimate[]> {
  let query = db
    .selectFrom('effectiveness_estimate')
    .selectAll()
    .orderBy('scenario_code')
    .orderBy('measure_code')
    .orderBy('level');
  if (filter.scenarioCode) query = query.where('scenario_code', '=', filter.scenarioCode);
  if (filter.measureCode) query = query.where('measure_code', '=', filter.measureCode);
  return (await query.execute()).map(toEstimate);
}

export type EffectivenessEstimateInput = Omit<EffectivenessEstimate, 'updatedAt'>;

/** Creates or replaces the OMT's estimate for a measure-level in a scenario. */
export async function upsertEffectivenessEstimate(
  db: Executor,
  e: EffectivenessEstimateInput,
): Promise<EffectivenessEstimate> {
  const measure = await getMeasure(db, e.measureCode);
  await getScenario(db, e.scenarioCode);
  const problems = [...validateFicheKey(e, measure), ...validateEffectivenessRange(e)];
  if (e.author.trim() === '') problems.push({ name: 'author', reason: 'must not be empty' });
  if (problems.length > 0) throw invalidInput('The effectiveness estimate is invalid.', problems);
  const values = {
    measure_code: e.measureCode,
    level: e.level,
    scenario_code: e.scenarioCode,
    estimate: e.estimate,
    low: e.low,
    high: e.high,
    rationale: e.rationale,
    author: e.author,
    is_demo: e.demo,
  };
  const row = await db
    .insertInto('effectiveness_estimate')
    .values(values)
    .onConflict((oc) =>
      oc
        .columns(['measure_code', 'level', 'scenario_code'])
        .doUpdateSet({ ...values, updated_at: sql<string>`now()` }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
  return toEstimate(row);
}

export async function listSectorRisks(db: Executor): Promise<SectorRisk[]> {
  const rows = await db.selectFrom('sector_risk').selectAll().orderBy('sector').execute();
  return rows.map(toSectorRisk);
}

export async function upsertSectorRisk(db: Executor, r: SectorRisk): Promise<void> {
  const values = { sector: r.sector, risk: r.risk, rationale: r.rationale, is_demo: r.demo };
  await db
    .insertInto('sector_risk')
    .values(values)
    .onConflict((oc) => oc.column('sector').doUpdateSet(values))
    .execute();
}

/** Demo estimates keep their generated timestamp so that loading twice gives the same content. */
export async function insertDemoEffectivenessEstimates(
  db: Executor,
  estimates: readonly EffectivenessEstimate[],
): Promise<void> {
  if (estimates.length === 0) return;
  await db
    .insertInto('effectiveness_estimate')
    .values(
      estimates.map((e) => ({
        measure_code: e.measureCode,
        level: e.level,
        scenario_code: e.scenarioCode,
        estimate: e.estimate,
        low: e.low,
        high: e.high,
        rationale: e.rationale,
        author: e.author,
        is_demo: true,
        updated_at: e.updatedAt,
      })),
    )
    .onConflict((oc) => oc.columns(['measure_code', 'level', 'scenario_code']).doNothing())
    .execute();
}
