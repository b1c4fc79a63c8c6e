import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_FRAMEWORK_CODE,
  demoFramework,
  weightSetWeights,
  criterionLeaves,
  dialogueWeights,
} from '@weegschaal/core';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { listFrameworks } from '../framework/framework.repository.ts';
import { listFrameworkScores } from '../framework/framework-score.repository.ts';
import { listWeightSets } from '../framework/weight-set.repository.ts';
import { listDialogueAnswers, listDialogues } from '../dialogue/dialogue.repository.ts';
import { loadDemoData } from './demo-loader.ts';

describe.each(testDatabaseTargets())('demo weighing framework on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
  });
  afterAll(() => handle.close());

  it('is published once, with its scores and a swing and an AHP weight set, however often loaded', async () => {
    await loadDemoData(handle.db);
    await loadDemoData(handle.db);
    const frameworks = await listFrameworks(handle.db, { code: DEMO_FRAMEWORK_CODE });
    expect(frameworks).toHaveLength(1);
    const f = frameworks[0]!;
    expect(f.status).toBe('published');
    expect(f.demo).toBe(true);
    expect(f.packageCodes.length).toBeGreaterThanOrEqual(5);
    const scores = await listFrameworkScores(handle.db, f.id);
    const expected = demoFramework().scores;
    expect(scores).toHaveLength(expected.length);
    const justice = scores.find(
      (s) => s.packageCode === 'harde-lockdown' && s.criterionId === 'value-justice',
    );
    expect(justice?.source).toBe('judgement');
    expect(justice?.rationale.length).toBeGreaterThan(10);
    const sets = await listWeightSets(handle.db, f.id);
    expect(sets.map((s) => s.input.method)).toEqual(['swing', 'ahp']);
    const ahp = weightSetWeights(
      sets[1]!.input,
      criterionLeaves(f.tree).map((l) => l.id),
    );
    expect(ahp.warnings).toEqual([]);

    // one demo citizens' dialogue, whose groups lean the way the demo says they do
    const dialogues = await listDialogues(handle.db, { frameworkId: f.id });
    expect(dialogues).toHaveLength(1);
    const dialogue = dialogues[0]!;
    expect(dialogue).toMatchObject({ demo: true, status: 'open', participants: 36 });
    const result = dialogueWeights({
      criterionIds: dialogue.criterionIds,
      dilemmas: dialogue.dilemmas,
      answers: await listDialogueAnswers(handle.db, dialogue.id),
    });
    const top = (group: string) => {
      const g = result.groups.find((x) => x.groupCode === group)!;
      return g.criterionIds[g.weights!.indexOf(Math.max(...g.weights!))];
    };
    expect(top('young-people')).toBe('value-future-generations');
    expect(top('elderly')).toBe('value-solidarity');
    expect(top('entrepreneurs')).toBe('value-legal-certainty');
  });
});
