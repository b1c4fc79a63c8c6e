import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadDemoData, migrateToLatest, openDatabase } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { buildServer } from '../app.ts';
import { createTestAccount, loginAs } from '../auth/auth-testing.ts';
import type { TestLogin } from '../auth/auth-testing.ts';
import { detectAfterIntake } from './detect-after-intake.ts';
import type { EarlyWarningScope } from './early-warning-queue.ts';

/**
 * Intake answers before detection: the real detection after intake, held behind a gate the
 * test opens. On the demo (whose Rotterdam spike is an EARS alert), with the demo's alerts
 * removed first, a new signal for Rotterdam is answered 201 while its detection is still
 * held; the alert is back only after the gate opens and the queue is idle.
 */
describe('detection after signal intake', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let secretariat: TestLogin;
  const requested: EarlyWarningScope[] = [];
  let openGate = (): void => {
    throw new Error('no detection is held');
  };
  const opened = new Promise<void>((resolve) => (openGate = resolve));
  // a route that waits for detection would never answer while the gate is shut; a held
  // detection gives way after a while only so that such a regression fails on `finished`
  // below instead of hanging the run
  const held = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 10_000);
      void opened.then(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  let finished = false;

  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(handle.db);
    await loadDemoData(handle.db);
    const detect = detectAfterIntake(handle, () => new Date());
    app = await buildServer({
      handle,
      webRoot: null,
      earlyWarningDetection: async (scope) => {
        requested.push(scope);
        await held();
        await detect(scope);
        finished = true;
      },
    });
    secretariat = await loginAs(app, handle, await createTestAccount(handle, 'secretariat'));
  }, 120_000);
  afterAll(async () => {
    openGate();
    await app.close();
    await handle.close();
  });

  const rotterdamAlerts = async () =>
    (await secretariat.inject({ url: '/api/v1/alerts?region=GM0599&limit=500' })).json() as {
      total: number;
      items: { seriesKey: string; method: string }[];
    };

  it('answers 201 while detection is held, and the alert appears once the queue is idle', async () => {
    await handle.db.deleteFrom('alert').execute();
    expect((await rotterdamAlerts()).total).toBe(0);

    const intake = await secretariat.inject({
      method: 'POST',
      url: '/api/v1/signals',
      payload: {
        text: 'Meer jongeren melden zich bij het jongerenwerk met somberheid.',
        region: 'GM0599',
        observedOn: new Date().toISOString().slice(0, 10),
        domain: 'mental-health',
        targetGroup: 'young-people',
        knowledgeSource: 'seen',
      },
    });
    // answered while the detection it asked for has not finished (it waits on the gate)
    expect(intake.statusCode, intake.body).toBe(201);
    expect(finished, 'answered only after detection finished').toBe(false);
    expect(requested).toEqual([{ kind: 'gemeente', gemeente: 'GM0599' }]);
    expect((await rotterdamAlerts()).total).toBe(0);

    openGate();
    await app.earlyWarning.idle();
    expect(finished).toBe(true);
    const after = await rotterdamAlerts();
    expect(
      after.items.some((a) => a.method.startsWith('ears-') && a.seriesKey === 'signals:GM0599'),
    ).toBe(true);
    const run = await handle.db
      .selectFrom('detection_run')
      .select(['trigger', 'new_alerts'])
      .orderBy('started_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(run.trigger).toBe('signal-intake');
    expect(run.new_alerts).toBe(after.total);
  });
});
