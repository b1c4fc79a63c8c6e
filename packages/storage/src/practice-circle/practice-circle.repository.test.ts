import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { createUser } from '../account/user-account.repository.ts';
import { loadDemoSignals } from '../demo/demo-signal-loader.ts';
import {
  addPracticeCircleMember,
  circlesOfAccount,
  createPracticeCircle,
  getPracticeCircle,
  listPracticeCircleMembers,
  listPracticeCircles,
  removePracticeCircleMember,
  updatePracticeCircle,
} from './practice-circle.repository.ts';

describe.each(testDatabaseTargets())('practice circles on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
  });
  afterAll(() => handle.close());

  it('loads the demo circles, one per target group plus other sources, with the demo reporter', async () => {
    const reporter = await createUser(
      handle.db,
      { userId: null, username: 'test', role: 'system' },
      {
        username: 'demo-praktijkkring',
        displayName: 'Demo',
        role: 'practice-circle-reporter',
        department: null,
        password: 'test password 123',
      },
      new Date(),
    );
    const report = await handle.db
      .transaction()
      .execute((trx) => loadDemoSignals(trx, new Date('2026-11-25T12:00:00Z')));
    expect(report.practiceCircles).toBe(14);
    const circles = await listPracticeCircles(handle.db);
    expect(circles.map((c) => c.sourceKind).filter((k) => k !== 'practice-circle')).toEqual([
      'media-monitoring',
      'social-domain',
    ]);
    const young = await getPracticeCircle(handle.db, 'young-people');
    expect(young).toMatchObject({ demo: true, memberCount: 1, targetGroup: 'young-people' });
    expect(await circlesOfAccount(handle.db, reporter.id)).toEqual([young.id]);
    // a second load replaces, never duplicates
    const again = await handle.db
      .transaction()
      .execute((trx) => loadDemoSignals(trx, new Date('2026-11-25T12:00:00Z')));
    expect(again).toEqual(report);
    expect(await listPracticeCircles(handle.db)).toEqual(circles);
  });

  it('creates, edits and manages members, refusing a code in use', async () => {
    const circle = await createPracticeCircle(handle.db, {
      code: 'ggd-monitor',
      nameNl: 'GGD-monitor',
      nameEn: 'GGD monitor',
      targetGroup: null,
      sourceKind: 'municipality',
      memberOrganisations: ['GGD GHOR Nederland'],
      description: '',
    });
    await expect(
      createPracticeCircle(handle.db, { ...circle, code: 'ggd-monitor' }),
    ).rejects.toMatchObject({ kind: 'invalid-input' });
    const edited = await updatePracticeCircle(handle.db, circle.id, {
      nameEn: 'Municipal monitor',
    });
    expect(edited).toMatchObject({ nameEn: 'Municipal monitor', nameNl: 'GGD-monitor' });
    const user = await createUser(
      handle.db,
      { userId: null, username: 'test', role: 'system' },
      {
        username: 'rep-x',
        displayName: 'Rep X',
        role: 'practice-circle-reporter',
        department: null,
        password: 'test password 123',
      },
      new Date(),
    );
    await addPracticeCircleMember(handle.db, circle.id, user.id);
    await addPracticeCircleMember(handle.db, circle.id, user.id);
    expect(await listPracticeCircleMembers(handle.db, circle.id)).toEqual([
      {
        accountId: user.id,
        username: 'rep-x',
        displayName: 'Rep X',
        role: 'practice-circle-reporter',
      },
    ]);
    await removePracticeCircleMember(handle.db, circle.id, user.id);
    await expect(removePracticeCircleMember(handle.db, circle.id, user.id)).rejects.toMatchObject({
      kind: 'not-found',
    });
  });
});
