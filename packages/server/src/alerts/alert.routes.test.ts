import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadDemoData, migrateToLatest, openDatabase } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { buildServer } from '../app.ts';
import { createTestAccount, loginAs } from '../auth/auth-testing.ts';
import type { TestLogin } from '../auth/auth-testing.ts';

interface AlertBody {
  id: string;
  seriesKey: string;
  regionCode: string | null;
  method: string;
  period: string;
  observed: number;
  expected: number | null;
  upperBound: number;
  status: string;
  statusNote: string | null;
  statusBy: string | null;
  explanation: string[];
  window: { periods: string[]; observed: number[]; upperBound: (number | null)[] };
  demo: boolean;
}

/**
 * The alerts and enforcement-capacity API on the demo: the demo spike in Rotterdam (GM0599)
 * is an open EARS alert after the demo load; the advice cycle reads it, the MIT decides it
 * with a note, a new detection run adds nothing, and the digest says what happened today.
 */
describe('alert and enforcement capacity routes', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let secretariat: TestLogin;
  let ministry: TestLogin;

  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(handle.db);
    await loadDemoData(handle.db);
    app = await buildServer({ handle, webRoot: null });
    secretariat = await loginAs(app, handle, await createTestAccount(handle, 'secretariat'));
    ministry = await loginAs(app, handle, await createTestAccount(handle, 'ministry-official'));
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('asks the public to log in, and lists the demo spike as open EARS alerts', async () => {
    expect((await app.inject({ url: '/api/v1/alerts' })).statusCode).toBe(401);
    const res = await ministry.inject({ url: '/api/v1/alerts?status=open&region=GM0599' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['api-version']).toBeDefined();
    const { items, demo, total } = res.json() as {
      items: AlertBody[];
      demo: boolean;
      total: number;
    };
    expect(demo).toBe(true);
    expect(total).toBeGreaterThan(0);
    expect(items.every((a) => a.regionCode === 'GM0599' && a.status === 'open')).toBe(true);
    expect(
      items.some((a) => a.method.startsWith('ears-') && a.seriesKey === 'signals:GM0599'),
    ).toBe(true);
    // the spike is one gemeente's: no other gemeente has an alert
    const all = (await ministry.inject({ url: '/api/v1/alerts?limit=500' })).json() as {
      items: AlertBody[];
    };
    expect(new Set(all.items.map((a) => a.regionCode))).toEqual(new Set(['GM0599']));
  });

  it('gives one alert with its explanation and series for the chart; the MIT decides it', async () => {
    const list = (
      await secretariat.inject({ url: '/api/v1/alerts?status=open&region=GM0599' })
    ).json();
    const id = (list.items as AlertBody[])[0]!.id;
    const one = (await ministry.inject({ url: `/api/v1/alerts/${id}` })).json() as AlertBody;
    expect(one.observed).toBeGreaterThan(one.upperBound);
    expect(one.window.periods).toHaveLength(one.window.observed.length);
    expect(one.window.periods).toContain(one.period);
    expect(one.explanation.join(' ')).toContain('above the upper bound');

    const body = { status: 'acknowledged', note: 'Gezien; navragen bij de praktijkkring.' };
    const refused = await ministry.inject({
      method: 'POST',
      url: `/api/v1/alerts/${id}/decisions`,
      payload: body,
    });
    expect(refused.statusCode).toBe(403);
    const empty = await secretariat.inject({
      method: 'POST',
      url: `/api/v1/alerts/${id}/decisions`,
      payload: { status: 'dismissed', note: '   ' },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().invalidParams[0].name).toBe('note');
    const done = await secretariat.inject({
      method: 'POST',
      url: `/api/v1/alerts/${id}/decisions`,
      payload: body,
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'acknowledged',
      statusNote: body.note,
      statusBy: 'test-secretariat',
    });
    const again = await secretariat.inject({
      method: 'POST',
      url: `/api/v1/alerts/${id}/decisions`,
      payload: body,
    });
    expect(again.statusCode).toBe(409);
  });

  it('runs detection on demand without doubling alerts; only the MIT may', async () => {
    const before = (await secretariat.inject({ url: '/api/v1/alerts?limit=1' })).json()
      .total as number;
    expect(
      (await ministry.inject({ method: 'POST', url: '/api/v1/alerts/detection-runs', payload: {} }))
        .statusCode,
    ).toBe(403);
    const run = await secretariat.inject({
      method: 'POST',
      url: '/api/v1/alerts/detection-runs',
      payload: {},
    });
    expect(run.statusCode).toBe(201);
    expect(run.json()).toMatchObject({
      trigger: 'on-demand',
      requestedBy: 'test-secretariat',
      newAlerts: 0,
    });
    expect(run.json().alarms).toBeGreaterThan(0);
    expect((await secretariat.inject({ url: '/api/v1/alerts?limit=1' })).json().total).toBe(before);
  });

  it('runs detection for the gemeente after an intake, and for all after a bulk import', async () => {
    const latestRun = () =>
      handle.db
        .selectFrom('detection_run')
        .select(['trigger', 'explanation'])
        .orderBy('started_at', 'desc')
        .executeTakeFirstOrThrow();
    const intake = await secretariat.inject({
      method: 'POST',
      url: '/api/v1/signals',
      payload: {
        text: 'Ondernemers in het centrum melden meer leegstand.',
        region: 'GM0344',
        observedOn: new Date().toISOString().slice(0, 10),
        domain: 'economy-sectors',
        targetGroup: 'entrepreneurs',
        knowledgeSource: 'seen',
      },
    });
    expect(intake.statusCode).toBe(201);
    // detection follows the response (decision 0014)
    await app.earlyWarning.idle();
    const run = await latestRun();
    expect(run.trigger).toBe('signal-intake');
    expect((run.explanation as string[])[0]).toContain('of GM0344');
    const csv =
      'text,region,observed_on,domain,target_group,people_count,knowledge_source,circle_code\n' +
      `Meer vragen bij de voedselbank,GM0344,${new Date().toISOString().slice(0, 10)},work-income,vulnerable-socio-economic,,told,\n`;
    const imported = await secretariat.inject({
      method: 'POST',
      url: '/api/v1/signal-imports?fileName=test.csv',
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(imported.statusCode, imported.body).toBe(201);
    await app.earlyWarning.idle();
    expect((await latestRun()).trigger).toBe('signal-import');
  });

  it('gives the daily digest as JSON and as plain text', async () => {
    const json = await ministry.inject({ url: '/api/v1/alerts/digest' });
    expect(json.statusCode).toBe(200);
    const digest = json.json();
    expect(digest.detected.length).toBeGreaterThan(0);
    expect(digest.decided).toHaveLength(1);
    expect(digest.open.length).toBe(digest.detected.length - 1);
    expect(digest.text).toContain('Dagoverzicht vroegsignalering');
    const text = await ministry.inject({
      url: '/api/v1/alerts/digest?date=2020-01-01&lang=en',
      headers: { accept: 'text/plain' },
    });
    expect(text.headers['content-type']).toContain('text/plain');
    expect(text.body).toContain('Early-warning daily digest 2020-01-01');
    expect(text.body).toContain('Still open (0)');
  });

  it('keeps the enforcement register: read by the cycle, written by the secretariat', async () => {
    const list = await ministry.inject({ url: '/api/v1/enforcement-capacities' });
    expect(list.statusCode).toBe(200);
    expect(list.json().demo).toBe(true);
    expect(list.json().stale).toBeGreaterThan(0);
    expect(list.json().items.filter((c: { stale: boolean }) => c.stale)).toHaveLength(
      list.json().stale,
    );
    const entry = {
      regionCode: 'VR17',
      kind: 'museum-security',
      organisation: 'Museumbeveiliging Rijnmond',
      fte: 3,
      persons: 5,
      agreement: 'Alleen toegangscontrole.',
      contactOrganisation: 'VR Rotterdam-Rijnmond',
      reviewDate: '2020-01-01',
    };
    expect(
      (
        await ministry.inject({
          method: 'POST',
          url: '/api/v1/enforcement-capacities',
          payload: entry,
        })
      ).statusCode,
    ).toBe(403);
    const bad = await secretariat.inject({
      method: 'POST',
      url: '/api/v1/enforcement-capacities',
      payload: { ...entry, fte: null, persons: null },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams, JSON.stringify(bad.json())).toContainEqual(
      expect.objectContaining({ name: 'body.fte' }),
    );
    // without the region registry loaded, VR17 is unknown: a named field, nothing stored
    const unknown = await secretariat.inject({
      method: 'POST',
      url: '/api/v1/enforcement-capacities',
      payload: entry,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().invalidParams[0]).toMatchObject({
      name: 'body.regionCode',
      value: 'VR17',
    });
    const demoEntry = list.json().items[0];
    const changed = await secretariat.inject({
      method: 'PUT',
      url: `/api/v1/enforcement-capacities/${demoEntry.id}`,
      payload: { ...entry, regionCode: demoEntry.regionCode, reviewDate: '2099-01-01' },
    });
    // the demo region is not in the registry either: the update is refused the same way
    expect(changed.statusCode).toBe(400);
  });
});
