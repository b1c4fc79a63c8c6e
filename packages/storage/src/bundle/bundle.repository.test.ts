import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainError } from '@weegschaal/core';
import { demoBundles, demoMeasures, demoScenarios } from '@weegschaal/core';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { upsertMeasure } from '../measure/measure.repository.ts';
import { upsertScenario } from '../effectiveness/effectiveness.repository.ts';
import {
  countBundles,
  getBundle,
  listBundleEstimates,
  listBundles,
  upsertBundle,
  upsertBundleEstimate,
} from './bundle.repository.ts';

describe.each(testDatabaseTargets())('bundle repository on $kind', (target) => {
  let handle: DatabaseHandle;
  const bundle = { ...demoBundles()[1]!, demo: false };
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    for (const m of demoMeasures()) await upsertMeasure(handle.db, m);
    for (const s of demoScenarios()) await upsertScenario(handle.db, s);
  });
  afterAll(() => handle.close());

  it('stores a bundle with its members in their order, and replaces them on update', async () => {
    expect(await upsertBundle(handle.db, bundle)).toEqual(bundle);
    const smaller = { ...bundle, members: bundle.members.slice(0, 2).reverse() };
    await upsertBundle(handle.db, smaller);
    expect(await getBundle(handle.db, bundle.code)).toEqual(smaller);
    expect(await listBundles(handle.db)).toEqual([smaller]);
    expect(await countBundles(handle.db)).toEqual({ bundles: 1, demo: 0 });
  });

  it('refuses an invalid bundle and an estimate for an unknown bundle', async () => {
    const error = await upsertBundle(handle.db, {
      ...bundle,
      code: 'x',
      members: [bundle.members[0]!],
    }).catch((e: unknown) => e);
    expect((error as DomainError).invalidParams.map((p) => p.name)).toEqual(['members']);
    await expect(
      upsertBundleEstimate(handle.db, {
        bundleCode: 'nope',
        scenarioCode: 'winter-delta',
        estimate: 1,
        low: 1,
        high: 1,
        rationale: '',
        author: 'omt',
        demo: false,
      }),
    ).rejects.toThrow("Bundle 'nope' does not exist.");
  });

  it('keeps one OMT estimate per bundle and scenario', async () => {
    const e = {
      bundleCode: bundle.code,
      scenarioCode: 'winter-delta',
      estimate: 3,
      low: 2,
      high: 4,
      rationale: 'OMT',
      author: 'omt',
      demo: false,
    };
    await upsertBundleEstimate(handle.db, e);
    await upsertBundleEstimate(handle.db, { ...e, estimate: 4 });
    expect(
      (await listBundleEstimates(handle.db, { bundleCode: bundle.code })).map((x) => x.estimate),
    ).toEqual([4]);
  });
});
