import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainError } from '@weegschaal/core';
import { demoMeasures, demoScenarios } from '@weegschaal/core';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { upsertMeasure } from '../measure/measure.repository.ts';
import {
  listEffectivenessEstimates,
  listScenarios,
  listSectorRisks,
  upsertEffectivenessEstimate,
  upsertScenario,
  upsertSectorRisk,
} from './effectiveness.repository.ts';

describe.each(testDatabaseTargets())('effectiveness repository on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    for (const m of demoMeasures().slice(0, 2)) await upsertMeasure(handle.db, m);
    for (const s of demoScenarios()) await upsertScenario(handle.db, s);
  });
  afterAll(() => handle.close());

  const estimate = {
    measureCode: 'scholen',
    level: 2,
    scenarioCode: 'winter-delta',
    estimate: 2,
    low: 1,
    high: 3,
    rationale: 'OMT-advies',
    author: 'omt',
    demo: false,
  };

  it('round-trips scenarios and replaces an estimate instead of duplicating it', async () => {
    expect(await listScenarios(handle.db)).toEqual(
      [...demoScenarios()].sort((a, b) => a.code.localeCompare(b.code)),
    );
    await upsertEffectivenessEstimate(handle.db, estimate);
    const revised = await upsertEffectivenessEstimate(handle.db, {
      ...estimate,
      estimate: 3,
      high: 4,
    });
    expect(revised).toMatchObject({ estimate: 3, low: 1, high: 4 });
    expect(await listEffectivenessEstimates(handle.db, { scenarioCode: 'winter-delta' })).toEqual([
      revised,
    ]);
    expect(await listEffectivenessEstimates(handle.db, { scenarioCode: 'zomer-omikron' })).toEqual(
      [],
    );
  });

  it('rejects an estimate outside its range, for level 0, or for an unknown scenario', async () => {
    const error = await upsertEffectivenessEstimate(handle.db, {
      ...estimate,
      level: 0,
      low: 3,
    }).catch((e: unknown) => e);
    expect((error as DomainError).invalidParams.map((p) => p.name)).toEqual(['level', 'estimate']);
    await expect(
      upsertEffectivenessEstimate(handle.db, { ...estimate, scenarioCode: 'nope' }),
    ).rejects.toThrow("Scenario 'nope' does not exist.");
  });

  it('keeps the sector risk ladder, one row per sector', async () => {
    await upsertSectorRisk(handle.db, { sector: 'horeca', risk: 4, rationale: 'a', demo: false });
    await upsertSectorRisk(handle.db, { sector: 'horeca', risk: 5, rationale: 'b', demo: false });
    expect(await listSectorRisks(handle.db)).toEqual([
      { sector: 'horeca', risk: 5, rationale: 'b', demo: false },
    ]);
  });
});
