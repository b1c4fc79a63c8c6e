import { sql } from 'kysely';
import {
  invalidInput,
  notFound,
  validateFicheKey,
  validateOverrideRationale,
} from '@weegschaal/core';
import type { FicheKey, LadderOverride } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import { getMeasure } from '../measure/measure.repository.ts';
import type { LadderOverrideRow } from './ladder-override.table.ts';

function toOverride(row: LadderOverrideRow): LadderOverride {
  return {
    id: row.id,
    measureCode: row.measure_code,
    level: row.level,
    position: row.position,
    rationale: row.rationale,
    author: row.author,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** The manual placements in force; withdrawn ones stay in the table as history. */
export async function listActiveOverrides(db: Executor): Promise<LadderOverride[]> {
  const rows = await db
    .selectFrom('ladder_override')
    .selectAll()
    .where('withdrawn_at', 'is', null)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(toOverride);
}

export interface NewLadderOverride extends FicheKey {
  position: number;
  rationale: string;
  author: string;
}

/** Places a measure-level by hand; replaces (withdraws) an earlier placement of the same one. */
export async function createOverride(
  db: Executor,
  input: NewLadderOverride,
): Promise<LadderOverride> {
  const measure = await getMeasure(db, input.measureCode);
  const problems = [
    ...validateFicheKey(input, measure),
    ...validateOverrideRationale(input.rationale),
    ...(input.author.trim() === '' ? [{ name: 'author', reason: 'must not be empty' }] : []),
  ];
  if (problems.length > 0) throw invalidInput('The manual placement is invalid.', problems);
  await db
    .updateTable('ladder_override')
    .set({ withdrawn_at: sql<string>`now()` })
    .where('measure_code', '=', input.measureCode)
    .where('level', '=', input.level)
    .where('withdrawn_at', 'is', null)
    .execute();
  const row = await db
    .insertInto('ladder_override')
    .values({
      measure_code: input.measureCode,
      level: input.level,
      position: input.position,
      rationale: input.rationale.trim(),
      author: input.author.trim(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toOverride(row);
}

export async function withdrawOverride(db: Executor, id: number): Promise<void> {
  const result = await db
    .updateTable('ladder_override')
    .set({ withdrawn_at: sql<string>`now()` })
    .where('id', '=', id)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw notFound('Manual placement', String(id));
}
