import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import {
  demoCalendarExceptions,
  demoMeasures,
  demoMeetingSeries,
  expandCalendar,
} from '@weegschaal/core';
import {
  addCalendarException,
  migrateToLatest,
  upsertMeasure,
  upsertMeetingSeries,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { testDatabaseTargets } from '@weegschaal/storage/testing';
import { buildServer } from '../app.ts';
import { loginAdviceCycleAccounts } from '../auth/auth-testing.ts';
import type { TestLogin } from '../auth/auth-testing.ts';

const system = { userId: null, username: 'test', role: 'system' };

describe.each(testDatabaseTargets())('advice cycle over HTTP on $kind', (target) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let now = new Date('2026-04-01T08:00:00.000Z');
  const as: Record<string, TestLogin> = {};
  let requestId = '';
  let reportId = '';

  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    for (const m of demoMeasures().slice(0, 3)) await upsertMeasure(handle.db, m);
    for (const s of demoMeetingSeries()) await upsertMeetingSeries(handle.db, system, s, now);
    for (const e of demoCalendarExceptions()) await addCalendarException(handle.db, system, e, now);
    app = await buildServer({ handle, webRoot: null, clock: () => now });
    Object.assign(as, await loginAdviceCycleAccounts(app, handle, () => now));
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('creates a request, seals a package and delivers the same root hash to both bodies at one moment', async () => {
    const calendar = (
      await as['secretariaat']!.inject({ url: '/api/v1/calendar?from=2026-04-02&to=2026-05-31' })
    ).json();
    const mcc = calendar.occurrences.find((o: { kind: string }) => o.kind === 'MCC');
    const created = await as['secretariaat']!.inject({
      method: 'POST',
      url: '/api/v1/advice-requests',
      payload: {
        title: 'Horeca',
        question: 'Welke maatregelen voor de horeca zijn proportioneel?',
        requestingDepartment: 'VWS',
        measureCodes: demoMeasures()
          .slice(0, 3)
          .map((m) => m.code),
        mccUid: mcc.uid,
        mccDate: mcc.date,
        addressees: ['OMT', 'MIT'],
      },
    });
    expect(created.statusCode).toBe(201);
    requestId = created.json().id;
    expect(created.json().deadlines.at(-1)).toMatchObject({ key: 'mcc', at: mcc.startsAt });

    const text = 'Bijlage bij de adviesaanvraag';
    const pkg = await as['secretariaat']!.inject({
      method: 'POST',
      url: '/api/v1/information-packages',
      payload: {
        requestId,
        documents: [
          {
            name: 'bijlage.txt',
            mediaType: 'text/plain',
            contentBase64: Buffer.from(text).toString('base64'),
          },
        ],
      },
    });
    expect(pkg.statusCode).toBe(201);
    const packageId = pkg.json().id;
    expect(pkg.json().items.map((i: { name: string }) => i.name)).toContain(
      'snapshot-measures.json',
    );
    expect(
      (await as['mit-lid']!.inject({ url: `/api/v1/information-packages/${packageId}` }))
        .statusCode,
    ).toBe(404);
    // only the secretariat sends
    const byMember = await as['mit-lid']!.inject({
      method: 'POST',
      url: `/api/v1/information-packages/${packageId}/deliveries`,
    });
    expect(byMember.statusCode).toBe(403);

    now = new Date('2026-04-01T09:00:00.000Z');
    const sent = await as['secretariaat']!.inject({
      method: 'POST',
      url: `/api/v1/information-packages/${packageId}/deliveries`,
    });
    expect(sent.statusCode).toBe(201);
    const omt = (
      await as['omt-lid']!.inject({ url: `/api/v1/information-packages/${packageId}` })
    ).json();
    const mit = (
      await as['mit-lid']!.inject({ url: `/api/v1/information-packages/${packageId}` })
    ).json();
    expect(omt.rootHash).toBe(mit.rootHash);
    expect(omt.deliveries).toEqual([
      { body: 'MIT', availableAt: '2026-04-01T09:00:00.000Z', rootHash: omt.rootHash },
      { body: 'OMT', availableAt: '2026-04-01T09:00:00.000Z', rootHash: omt.rootHash },
    ]);
    expect(omt.parity.equal).toBe(true);
    const item = await as['omt-lid']!.inject({
      url: `/api/v1/information-packages/${packageId}/items/bijlage.txt`,
    });
    expect(item.body).toBe(text);
    expect(item.headers['etag']).toBe(`"${createHash('sha256').update(text).digest('hex')}"`);
    const again = await as['secretariaat']!.inject({
      method: 'POST',
      url: `/api/v1/information-packages/${packageId}/deliveries`,
    });
    expect(again.statusCode).toBe(409);
  });

  it('lets the MIT chair read confidential OMT advice only under a running consent, and logs each read', async () => {
    const report = await as['omt-lid']!.inject({
      method: 'POST',
      url: '/api/v1/advisory-reports',
      payload: {
        requestId,
        body: 'OMT',
        title: 'OMT-advies',
        sections: [
          { key: 'beeld', heading: 'Beeld', text: 'Epidemiologisch beeld.' },
          { key: 'advies', heading: 'Advies', text: 'Vertrouwelijk advies.' },
        ],
        measureCodes: demoMeasures()
          .slice(0, 2)
          .map((m) => m.code),
        confidentiality: 'confidential',
      },
    });
    expect(report.statusCode).toBe(201);
    reportId = report.json().id;
    for (const status of ['adopted', 'sent']) {
      const t = await as['omt-voorzitter']!.inject({
        method: 'POST',
        url: `/api/v1/advisory-reports/${reportId}/transitions`,
        payload: { status },
      });
      expect(t.statusCode).toBe(200);
    }
    const url = `/api/v1/advisory-reports/${reportId}`;
    expect((await as['mit-voorzitter']!.inject({ url })).statusCode).toBe(404);
    expect(
      (
        await as['mit-voorzitter']!.inject({
          method: 'POST',
          url: '/api/v1/consents',
          payload: { reportId, expiresAt: null },
        })
      ).statusCode,
    ).toBe(403);
    const wrongMinister = await as['minister-szw']!.inject({
      method: 'POST',
      url: '/api/v1/consents',
      payload: { reportId, expiresAt: null },
    });
    // the advice is confidential to VWS: to another minister it does not exist (no leak)
    expect(wrongMinister.statusCode).toBe(404);

    const consent = await as['minister-vws']!.inject({
      method: 'POST',
      url: '/api/v1/consents',
      payload: {
        reportId,
        granteeRole: 'mit-chair',
        expiresAt: '2026-04-02T09:00:00.000Z',
        note: 'voor de ACC',
      },
    });
    expect(consent.statusCode, consent.body).toBe(201);
    expect(consent.json()).toMatchObject({
      state: 'active',
      grantedByName: 'minister-vws',
      sectionKeys: null,
    });
    const read = await as['mit-voorzitter']!.inject({ url });
    expect(read.statusCode).toBe(200);
    expect(read.headers['cache-control']).toBe('no-store');
    expect(read.json().sections).toHaveLength(2);
    expect(read.json().access.viaConsentIds).toEqual([consent.json().id]);
    expect((await as['mit-lid']!.inject({ url })).statusCode).toBe(404);

    // expiry: one second before the end still readable, at the end not
    now = new Date('2026-04-02T08:59:59.000Z');
    expect((await as['mit-voorzitter']!.inject({ url })).statusCode).toBe(200);
    now = new Date('2026-04-02T09:00:00.000Z');
    expect((await as['mit-voorzitter']!.inject({ url })).statusCode).toBe(404);

    // revocation ends access at once
    const open = await as['minister-vws']!.inject({
      method: 'POST',
      url: '/api/v1/consents',
      payload: { reportId, sectionKeys: ['beeld'], expiresAt: null },
    });
    const partial = (await as['mit-voorzitter']!.inject({ url })).json();
    expect(partial.sections.map((s: { key: string }) => s.key)).toEqual(['beeld']);
    expect(partial.withheldSectionKeys).toEqual(['advies']);
    const revoked = await as['minister-vws']!.inject({
      method: 'POST',
      url: `/api/v1/consents/${open.json().id}/revocation`,
      payload: { reason: 'gedeeld in de ACC' },
    });
    expect(revoked.json().state).toBe('revoked');
    expect((await as['mit-voorzitter']!.inject({ url })).statusCode).toBe(404);

    const log = (
      await as['secretariaat']!.inject({
        url: `/api/v1/audit-events?action=advisory-report.confidential-read&resourceId=${reportId}`,
      })
    ).json();
    const byChair = log.items.filter(
      (e: { actorUsername: string }) => e.actorUsername === 'mit-voorzitter',
    );
    expect(byChair).toHaveLength(3);
    expect(byChair.map((e: { occurredAt: string }) => e.occurredAt)).toContain(
      '2026-04-02T08:59:59.000Z',
    );
  });

  it('shows the coverage of both advices before the ACC', async () => {
    await as['mit-lid']!.inject({
      method: 'POST',
      url: '/api/v1/advisory-reports',
      payload: {
        requestId,
        body: 'MIT',
        title: 'MIT-advies',
        sections: [{ key: 'advies', heading: 'Advies', text: '...' }],
        measureCodes: [demoMeasures()[1]!.code],
        confidentiality: 'internal',
      },
    });
    const coverage = (
      await as['mit-voorzitter']!.inject({ url: `/api/v1/advice-requests/${requestId}/coverage` })
    ).json();
    expect(coverage).toMatchObject({
      inBoth: [demoMeasures()[1]!.code],
      onlyOmt: [demoMeasures()[0]!.code],
      aligned: false,
    });
  });

  it('keeps a publication from the public until both the embargo and the minister’s approval', async () => {
    now = new Date('2026-04-03T08:00:00.000Z');
    const scheduled = await as['secretariaat']!.inject({
      method: 'POST',
      url: '/api/v1/publications',
      payload: {
        documentType: 'work-programme',
        title: 'Werkprogramma MIT',
        content: 'De tekst van het werkprogramma.',
        embargoUntil: '2026-04-10T10:00:00.000Z',
        requiredApprovals: [{ role: 'minister', department: 'SZW' }],
        targets: ['public-page', 'open-data'],
      },
    });
    expect(scheduled.statusCode).toBe(201);
    const id = scheduled.json().id;
    const url = `/api/v1/publications/${id}`;
    const publicGet = () => app.inject({ url });
    const list = async () =>
      (await app.inject({ url: '/api/v1/publications' }))
        .json()
        .items.map((i: { id: string }) => i.id);

    expect((await publicGet()).statusCode).toBe(404);
    expect((await as['mit-lid']!.inject({ url })).statusCode).toBe(404);
    const approvedTooEarly = await as['minister-vws']!.inject({
      method: 'POST',
      url: `${url}/approvals`,
    });
    expect(approvedTooEarly.statusCode).toBe(403);
    // after the embargo but without the approval: still not public
    now = new Date('2026-04-10T10:00:01.000Z');
    expect((await publicGet()).statusCode).toBe(404);
    now = new Date('2026-04-09T12:00:00.000Z');
    expect(
      (await as['minister-szw']!.inject({ method: 'POST', url: `${url}/approvals` })).statusCode,
    ).toBe(201);

    now = new Date('2026-04-10T09:59:59.000Z');
    expect((await publicGet()).statusCode).toBe(404);
    expect(await list()).not.toContain(id);
    now = new Date('2026-04-10T10:00:00.000Z');
    const published = await publicGet();
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({
      state: 'published',
      content: 'De tekst van het werkprogramma.',
      publishedAt: '2026-04-10T10:00:00.000Z',
      woo: {
        informationCategory: 'jaarplannen en jaarverslagen',
        creator: 'Maatschappelijk Impact Team',
      },
    });
    expect(published.json().approvals).toBeUndefined();
    expect(await list()).toContain(id);

    now = new Date('2026-04-11T10:00:00.000Z');
    const withdrawn = await as['secretariaat']!.inject({
      method: 'POST',
      url: `${url}/withdrawal`,
      payload: { reason: 'Te vroeg gepubliceerd' },
    });
    expect(withdrawn.statusCode).toBe(201);
    const notice = (await publicGet()).json();
    expect(notice).toMatchObject({
      state: 'withdrawn',
      content: null,
      withdrawal: { reason: 'Te vroeg gepubliceerd' },
    });
  });

  it('serves a personal iCalendar feed by token, without a cookie', async () => {
    const address = (await as['omt-lid']!.inject({ url: '/api/v1/calendar/feed-address' })).json()
      .url as string;
    expect((await app.inject({ url: '/api/v1/calendar/feed' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/v1/calendar/feed?token=wrong' })).statusCode).toBe(401);
    const feed = await app.inject({ url: address });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.body).toContain('BEGIN:VCALENDAR');
    expect(feed.body).toContain('SUMMARY:Informatiepakket gereed: Horeca');
    // the token opens the feed and nothing else
    expect(
      (await app.inject({ url: address.replace('/calendar/feed', '/advice-requests') })).statusCode,
    ).toBe(401);
  });

  it('verifies the audit trail over the API', async () => {
    const v = (
      await as['secretariaat']!.inject({ url: '/api/v1/audit-events/verification' })
    ).json();
    expect(v).toMatchObject({ ok: true, firstBroken: null });
    expect(v.checked).toBe(v.total);
    expect(
      (await as['mit-voorzitter']!.inject({ url: '/api/v1/audit-events/verification' })).statusCode,
    ).toBe(403);
  });
});

describe('the demo calendar used above', () => {
  it('has an MCC in April 2026', () => {
    expect(
      expandCalendar(demoMeetingSeries(), [], '2026-04-02', '2026-05-31').some(
        (o) => o.kind === 'MCC',
      ),
    ).toBe(true);
  });
});
