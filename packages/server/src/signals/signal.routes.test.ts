import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { migrateToLatest, openDatabase } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { buildServer } from '../app.ts';
import { createTestAccount, loginAs } from '../auth/auth-testing.ts';
import type { TestLogin } from '../auth/auth-testing.ts';

const NOW = new Date('2026-11-20T10:00:00Z');
const PII = ['piet@example.org', '+31 6 1234 5678', '123456782', 'NL91ABNA0417164300', '3511 AB 7'];

describe('signal routes', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let reporterA: TestLogin;
  let reporterB: TestLogin;
  let secretariat: TestLogin;
  let omt: TestLogin;
  const intake = {
    region: 'GM0344',
    observedOn: '2026-11-19',
    domain: 'mental-health',
    targetGroup: 'young-people',
    knowledgeSource: 'told',
    peopleCount: 4,
  };
  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(handle.db);
    app = await buildServer({ handle, webRoot: null, clock: () => NOW });
    const login = async (role: Parameters<typeof createTestAccount>[1], name?: string) =>
      loginAs(app, handle, await createTestAccount(handle, role, name), NOW);
    reporterA = await login('practice-circle-reporter', 'reporter-a');
    reporterB = await login('practice-circle-reporter', 'reporter-b');
    secretariat = await login('secretariat');
    omt = await login('omt-member');
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('scrubs personal data end to end: 201 with the report, and no original in the database', async () => {
    const text = `Jongeren somber. Moeder (${PII[0]}, ${PII[1]}) vroeg hulp; BSN ${PII[2]}, IBAN ${PII[3]}, woont ${PII[4]}.`;
    const res = await reporterA.inject({
      method: 'POST',
      url: '/api/v1/signals',
      payload: { ...intake, text },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.scrubReport.total).toBe(5);
    expect(body.signal.status).toBe('new');
    expect(body.signal.reference).toMatch(/^SIG-2026-\d{6}$/);
    for (const value of PII) expect(body.signal.text).not.toContain(value);
    const everything =
      await sql`select * from signal s left join signal_event e on e.signal_id = s.id`.execute(
        handle.db,
      );
    const dump = JSON.stringify(everything.rows);
    for (const value of PII) expect(dump).not.toContain(value);
  });

  it('rejects an incomplete signal with located errors', async () => {
    const res = await reporterA.inject({
      method: 'POST',
      url: '/api/v1/signals',
      payload: { ...intake, text: ' ', region: 'Atlantis', observedOn: '2026-12-24' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toEqual([
      'body.text',
      'body.region',
      'body.observedOn',
    ]);
  });

  it('shows a reporter only their own signals', async () => {
    const mine = (
      await reporterB.inject({
        method: 'POST',
        url: '/api/v1/signals',
        payload: { ...intake, text: 'Wachtlijst loopt op.' },
      })
    ).json();
    const listA = (await reporterA.inject({ url: '/api/v1/signals' })).json();
    expect(listA.items.map((s: { id: string }) => s.id)).not.toContain(mine.signal.id);
    expect(listA.total).toBe(1);
    expect((await reporterA.inject({ url: `/api/v1/signals/${mine.signal.id}` })).statusCode).toBe(
      404,
    );
    const own = await reporterB.inject({ url: `/api/v1/signals/${mine.signal.reference}` });
    expect(own.statusCode).toBe(200);
    expect(own.json().history[0].kind).toBe('created');
    expect((await secretariat.inject({ url: '/api/v1/signals' })).json().total).toBe(2);
  });

  it('runs the triage workflow and rejects illegal transitions', async () => {
    const id = (await secretariat.inject({ url: '/api/v1/signals?status=new' })).json().items[0].id;
    const url = `/api/v1/signals/${id}/transitions`;
    expect(
      (await reporterA.inject({ method: 'POST', url, payload: { to: 'triaged', urgency: 'high' } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await secretariat.inject({ method: 'POST', url, payload: { to: 'closed' } })).statusCode,
    ).toBe(409);
    const missing = await secretariat.inject({ method: 'POST', url, payload: { to: 'triaged' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().invalidParams[0].name).toBe('body.urgency');
    const triaged = await secretariat.inject({
      method: 'POST',
      url,
      payload: { to: 'triaged', urgency: 'immediate' },
    });
    expect(triaged.statusCode).toBe(200);
    expect(triaged.json().dueAt).toBe('2026-11-21T10:00:00.000Z');
    const assign = await secretariat.inject({
      method: 'PUT',
      url: `/api/v1/signals/${id}/assignment`,
      payload: { assigneeAccountId: secretariat.principal.userId },
    });
    expect(assign.json().assigneeAccountId).toBe(secretariat.principal.userId);
    const toReporter = await secretariat.inject({
      method: 'PUT',
      url: `/api/v1/signals/${id}/assignment`,
      payload: { assigneeAccountId: reporterA.principal.userId },
    });
    expect(toReporter.statusCode).toBe(400);
    const interpreted = await secretariat.inject({
      method: 'POST',
      url,
      payload: { to: 'interpreted', interpretation: 'Past bij de landelijke trend.' },
    });
    expect(interpreted.json().status).toBe('interpreted');
    const detail = (await secretariat.inject({ url: `/api/v1/signals/${id}` })).json();
    expect(detail.history.map((e: { kind: string }) => e.kind)).toEqual([
      'created',
      'transition',
      'assigned',
      'transition',
    ]);
  });

  it('imports CSV all or nothing, naming file, row and column', async () => {
    const header =
      'text,region,observed_on,domain,target_group,people_count,knowledge_source,circle_code';
    const bad = `${header}\nGoed,GM0344,2026-11-18,education,elderly,,seen,\nSlecht,GM0344,18-11-2026,education,elderly,,seen,\n`;
    const before = (await secretariat.inject({ url: '/api/v1/signals' })).json().total;
    const res = await secretariat.inject({
      method: 'POST',
      url: '/api/v1/signal-imports?fileName=week47.csv',
      headers: { 'content-type': 'text/csv' },
      payload: bad,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams).toEqual([
      {
        name: 'week47.csv, row 3, column observed_on',
        reason: 'a date YYYY-MM-DD',
        value: '18-11-2026',
      },
    ]);
    expect((await secretariat.inject({ url: '/api/v1/signals' })).json().total).toBe(before);
    const good = await secretariat.inject({
      method: 'POST',
      url: '/api/v1/signal-imports',
      headers: { 'content-type': 'text/csv' },
      payload: `${header}\nGoed,Utrecht,2026-11-18,education,elderly,,seen,\n`,
    });
    // no region registry in this database: names cannot be resolved, codes can
    expect(good.statusCode).toBe(400);
    const byCode = await secretariat.inject({
      method: 'POST',
      url: '/api/v1/signal-imports',
      headers: { 'content-type': 'text/csv' },
      payload: `${header}\nGoed,WK034401,2026-11-18,education,elderly,,seen,\n`,
    });
    expect(byCode.statusCode).toBe(201);
    expect(byCode.json().imported).toBe(1);
    expect(
      (
        await reporterA.inject({
          method: 'POST',
          url: '/api/v1/signal-imports',
          headers: { 'content-type': 'text/csv' },
          payload: bad,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('gives weekly counts to the advice cycle, not to reporters', async () => {
    const res = await omt.inject({ url: '/api/v1/signal-counts?level=gemeente&by=' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      { regionCode: 'GM0344', isoWeek: '2026-W47', domain: null, targetGroup: null, count: 3 },
    ]);
    const wijk = (await omt.inject({ url: '/api/v1/signal-counts?level=wijk&by=domain' })).json();
    expect(wijk.items).toEqual([
      {
        regionCode: 'WK034401',
        isoWeek: '2026-W47',
        domain: 'education',
        targetGroup: null,
        count: 1,
      },
    ]);
    expect((await reporterA.inject({ url: '/api/v1/signal-counts' })).statusCode).toBe(403);
    expect((await omt.inject({ url: '/api/v1/signal-counts?from=2026-W60' })).statusCode).toBe(400);
  });

  it('lists clusters of near duplicates', async () => {
    const text = 'Groep jongeren vernielt bushokjes bij het station, buurt ongerust.';
    await reporterA.inject({
      method: 'POST',
      url: '/api/v1/signals',
      payload: { ...intake, text },
    });
    await reporterB.inject({
      method: 'POST',
      url: '/api/v1/signals',
      payload: { ...intake, text: `${text} Al drie avonden.` },
    });
    const clusters = (await secretariat.inject({ url: '/api/v1/signal-clusters' })).json();
    expect(clusters.items).toHaveLength(1);
    expect(clusters.items[0].memberCount).toBe(2);
    const detail = (
      await secretariat.inject({ url: `/api/v1/signal-clusters/${clusters.items[0].id}` })
    ).json();
    expect(detail.signals).toHaveLength(2);
    expect((await reporterA.inject({ url: '/api/v1/signal-clusters' })).statusCode).toBe(403);
  });

  it('manages practice circles and their reporters', async () => {
    const created = await secretariat.inject({
      method: 'POST',
      url: '/api/v1/practice-circles',
      payload: {
        code: 'elderly',
        nameNl: 'Praktijkkring ouderen',
        nameEn: 'Practice circle: elderly',
        targetGroup: 'elderly',
        sourceKind: 'practice-circle',
        memberOrganisations: ['KBO-PCOB'],
        description: '',
      },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(
      (
        await reporterA.inject({
          method: 'POST',
          url: '/api/v1/practice-circles',
          payload: created.json(),
        })
      ).statusCode,
    ).toBe(403);
    const put = await secretariat.inject({
      method: 'PUT',
      url: `/api/v1/practice-circles/elderly/members/${reporterA.principal.userId}`,
    });
    expect(put.statusCode).toBe(204);
    const patched = await secretariat.inject({
      method: 'PATCH',
      url: `/api/v1/practice-circles/${id}`,
      payload: { memberOrganisations: ['KBO-PCOB', 'ANBO'] },
    });
    expect(patched.json()).toMatchObject({
      memberCount: 1,
      memberOrganisations: ['KBO-PCOB', 'ANBO'],
    });
    // a reporter's signal is filed under their circle; another circle is refused
    const filed = (
      await reporterA.inject({
        method: 'POST',
        url: '/api/v1/signals',
        payload: { ...intake, text: 'Dagbesteding dicht.' },
      })
    ).json();
    expect(filed.signal.circleId).toBe(id);
    const other = await reporterB.inject({
      method: 'POST',
      url: '/api/v1/signals',
      payload: { ...intake, text: 'x', circleId: id },
    });
    expect(other.statusCode).toBe(403);
    expect((await reporterA.inject({ url: '/api/v1/practice-circles' })).json().items).toHaveLength(
      1,
    );
  });
});
