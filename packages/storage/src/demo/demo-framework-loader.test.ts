import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_FRAMEWORK_CODE,
  demoFramework,
  weightSetWeights,
  criterionLeaves,
} from '@weegschaal/core';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { listFrameworks } from '../framework/framework.repository.ts';
import { listFrameworkScores } from '../framework/framework-score.repository.ts';
import { listWeightSets } from '../framework/weight-set.repository.ts';
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
  });
});
