import { demoDialogue, demoFramework } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import { createFramework, publishFramework } from '../framework/framework.repository.ts';
import { upsertFrameworkScores } from '../framework/framework-score.repository.ts';
import { createWeightSet } from '../framework/weight-set.repository.ts';
import { createDialogue, submitDialogueResponse } from '../dialogue/dialogue.repository.ts';

export interface DemoFrameworkLoadReport {
  frameworkCode: string;
  packages: number;
  scores: number;
  weightSets: number;
  dialogueParticipants: number;
}

/**
 * The published demo weighing framework. Published versions never change, so a second
 * load finds it by code and leaves it (and any versions users made from it) alone.
 */
export async function loadDemoFramework(db: Executor): Promise<DemoFrameworkLoadReport> {
  const demo = demoFramework();
  const dialogue = demoDialogue();
  const report = {
    frameworkCode: demo.code,
    packages: demo.packageCodes.length,
    scores: demo.scores.length,
    weightSets: demo.weightSets.length,
    dialogueParticipants: dialogue.responses.length,
  };
  const exists = await db
    .selectFrom('weighing_framework')
    .select('id')
    .where('code', '=', demo.code)
    .executeTakeFirst();
  if (exists) return report;
  const created = await createFramework(db, {
    code: demo.code,
    nameNl: demo.nameNl,
    nameEn: demo.nameEn,
    description: demo.description,
    tree: demo.tree,
    packageCodes: demo.packageCodes,
    author: demo.author,
    changeNote: demo.changeNote,
    basedOnId: null,
    demo: true,
  });
  await upsertFrameworkScores(db, created.id, demo.scores, { updatedAt: demo.updatedAt });
  // one transaction gives every set the same now(): fixed, distinct times keep their order stable
  for (const [k, set] of demo.weightSets.entries()) {
    const ws = await createWeightSet(db, created.id, set);
    await db
      .updateTable('weighing_weight_set')
      .set({ created_at: new Date(Date.parse(demo.updatedAt) + k * 1000) })
      .where('id', '=', ws.id)
      .execute();
  }
  await publishFramework(db, created.id, new Date(demo.publishedAt));
  // the dialogue asks about the published version's values; it stays open for the demo
  const held = await createDialogue(db, created.id, {
    ...dialogue,
    author: demo.author,
    demo: true,
  });
  for (const response of dialogue.responses) await submitDialogueResponse(db, held.id, response);
  return report;
}
