import { sql } from 'kysely';
import { criterionLeaves, invalidInput, validateFrameworkScore } from '@weegschaal/core';
import type { FrameworkScore, InvalidParam } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { WeighingScoreRow } from './framework.table.ts';
import { assertDraft, getFramework } from './framework.repository.ts';

/** The value judgements of a framework version: one per package and criterion. */
export type FrameworkScoreInput = Omit<FrameworkScore, 'updatedAt'>;

function toScore(row: WeighingScoreRow): FrameworkScore {
  return {
    packageCode: row.package_code,
    criterionId: row.criterion_id,
    value: row.value,
    low: row.low,
    high: row.high,
    rationale: row.rationale,
    author: row.author,
    source: row.source,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export async function listFrameworkScores(
  db: Executor,
  frameworkId: string,
): Promise<FrameworkScore[]> {
  const rows = await db
    .selectFrom('weighing_score')
    .selectAll()
    .where('framework_id', '=', frameworkId)
    .orderBy('package_code')
    .orderBy('criterion_id')
    .execute();
  return rows.map(toScore);
}

/**
 * Creates or replaces cells of a draft framework, all or nothing: every cell is checked
 * (known package and criterion, range, source, author, a rationale for value judgements)
 * before any is written.
 */
export async function upsertFrameworkScores(
  db: Executor,
  frameworkId: string,
  cells: readonly FrameworkScoreInput[],
  options: { updatedAt?: string } = {},
): Promise<FrameworkScore[]> {
  const framework = await getFramework(db, frameworkId);
  assertDraft(framework);
  const leaves = new Map(criterionLeaves(framework.tree).map((l) => [l.id, l]));
  const packages = new Set(framework.packageCodes);
  const problems: InvalidParam[] = [];
  const seen = new Set<string>();
  cells.forEach((c, k) => {
    if (!packages.has(c.packageCode))
      problems.push({
        name: `cells[${k}].packageCode`,
        reason: 'not a package of this framework',
        value: c.packageCode,
      });
    problems.push(...validateFrameworkScore(c, leaves.get(c.criterionId), `cells[${k}]`));
    const key = `${c.packageCode}/${c.criterionId}`;
    if (seen.has(key))
      problems.push({ name: `cells[${k}]`, reason: 'the same cell twice', value: key });
    seen.add(key);
  });
  if (cells.length === 0) problems.push({ name: 'cells', reason: 'no cells given' });
  if (problems.length > 0) throw invalidInput('The scores are invalid.', problems);
  for (const c of cells) {
    const values = {
      framework_id: frameworkId,
      package_code: c.packageCode,
      criterion_id: c.criterionId,
      value: c.value,
      low: c.low,
      high: c.high,
      rationale: c.rationale,
      author: c.author,
      source: c.source,
      updated_at: options.updatedAt ?? sql<string>`now()`,
    };
    await db
      .insertInto('weighing_score')
      .values(values)
      .onConflict((oc) =>
        oc.columns(['framework_id', 'package_code', 'criterion_id']).doUpdateSet(values),
      )
      .execute();
  }
  return listFrameworkScores(db, frameworkId);
}
