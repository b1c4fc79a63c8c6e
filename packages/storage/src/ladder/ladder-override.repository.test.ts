import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMeasures } from '@weegschaal/core';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { upsertMeasure } from '../measure/measure.repository.ts';
import {
  createOverride,
  listActiveOverrides,
  withdrawOverride,
} from './ladder-override.repository.ts';

const rationale = 'De fiche onderschat de gevolgen voor jongeren in kwetsbare wijken.';

describe.each(testDatabaseTargets())('ladder overrides on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    for (const m of demoMeasures().slice(0, 3)) await upsertMeasure(handle.db, m);
  });
  afterAll(() => handle.close());

  it('keeps one placement per measure-level, the older one withdrawn but kept', async () => {
    const first = await createOverride(handle.db, {
      measureCode: 'scholen',
      level: 3,
      position: 2,
      rationale,
      author: 'anna',
    });
    const second = await createOverride(handle.db, {
      measureCode: 'scholen',
      level: 3,
      position: 1,
      rationale,
      author: 'bob',
    });
    expect(second.id).toBeGreaterThan(first.id);
    expect((await listActiveOverrides(handle.db)).map((o) => [o.id, o.position, o.author])).toEqual(
      [[second.id, 1, 'bob']],
    );
    const all = await handle.db
      .selectFrom('ladder_override')
      .select(['id', 'withdrawn_at'])
      .orderBy('id')
      .execute();
    expect(all.map((r) => r.withdrawn_at !== null)).toEqual([true, false]);
  });

  it('demands a written rationale and a real level', async () => {
    const error = await createOverride(handle.db, {
      measureCode: 'scholen',
      level: 0,
      position: 1,
      rationale: 'kort',
      author: '',
    }).catch((e: unknown) => e);
    expect(
      (error as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name),
    ).toEqual(['level', 'rationale', 'author']);
  });

  it('withdraws a placement once, then says it is gone', async () => {
    const [active] = await listActiveOverrides(handle.db);
    await withdrawOverride(handle.db, active!.id);
    expect(await listActiveOverrides(handle.db)).toEqual([]);
    await expect(withdrawOverride(handle.db, active!.id)).rejects.toThrow(/does not exist/);
  });
});
