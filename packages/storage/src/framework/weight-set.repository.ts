import { criterionLeaves, invalidInput, notFound, weightSetWeights } from '@weegschaal/core';
import type { InvalidParam, WeightSet, WeightSetInput } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { WeighingWeightSetRow } from './framework.table.ts';
import { assertDraft, getFramework } from './framework.repository.ts';

/**
 * Weight sets of a framework version, by method (direct, swing, AHP, imprecise). Only the
 * judgements are stored; the weights are always derived from them by the core engines, so
 * what is shown can never drift from what was judged.
 */
function toWeightSet(row: WeighingWeightSetRow): WeightSet {
  return {
    id: row.id,
    frameworkId: row.framework_id,
    label: row.label,
    // jsonb comes back parsed from both drivers; it was validated before it was written
    input: row.input as WeightSetInput,
    rationale: row.rationale,
    author: row.author,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export async function listWeightSets(db: Executor, frameworkId: string): Promise<WeightSet[]> {
  const rows = await db
    .selectFrom('weighing_weight_set')
    .selectAll()
    .where('framework_id', '=', frameworkId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toWeightSet);
}

export async function getWeightSet(
  db: Executor,
  frameworkId: string,
  id: string,
): Promise<WeightSet> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound('Weight set', id);
  const row = await db
    .selectFrom('weighing_weight_set')
    .selectAll()
    .where('framework_id', '=', frameworkId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Weight set', id);
  return toWeightSet(row);
}

export async function createWeightSet(
  db: Executor,
  frameworkId: string,
  input: { label: string; input: WeightSetInput; rationale: string; author: string },
): Promise<WeightSet> {
  const framework = await getFramework(db, frameworkId);
  assertDraft(framework);
  const problems: InvalidParam[] = [];
  if (!input.label.trim()) problems.push({ name: 'label', reason: 'must not be empty' });
  if (!input.author.trim()) problems.push({ name: 'author', reason: 'must not be empty' });
  if (problems.length > 0) throw invalidInput('The weight set is invalid.', problems);
  // the engine validates the judgements themselves and throws with their locations
  weightSetWeights(
    input.input,
    criterionLeaves(framework.tree).map((l) => l.id),
  );
  const row = await db
    .insertInto('weighing_weight_set')
    .values({
      framework_id: frameworkId,
      label: input.label,
      method: input.input.method,
      input: JSON.stringify(input.input),
      rationale: input.rationale,
      author: input.author,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toWeightSet(row);
}
