import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { demoMeasures, demoMeetingSeries } from '@weegschaal/core';
import {
  migrateToLatest,
  openDatabase,
  upsertMeasure,
  upsertMeetingSeries,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { buildServer } from '../app.ts';
import { loginAdviceCycleAccounts } from '../auth/auth-testing.ts';
import type { TestLogin } from '../auth/auth-testing.ts';

const system = { userId: null, username: 'test', role: 'system' };

/** The problem with the id taken out: what a client can tell apart. */
const shape = (res: LightMyRequestResponse, id: string) => ({
  status: res.statusCode,
  contentType: res.headers['content-type'],
  body: res.body.replaceAll(id, '<id>'),
});

/**
 * A user who may not see a record gets the very problem a non-existent id gets: the same
 * status, type, title and detail (up to the id), so no one can probe which confidential
 * advice, consents or drafts exist.
 */
describe('no existence leaks in the advice cycle', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const now = new Date('2026-04-01T08:00:00.000Z');
  const as: Record<string, TestLogin> = {};
  let reportId = '';
  let consentId = '';

  const sameAsMissing = async (
    who: string,
    method: 'GET' | 'PUT' | 'POST',
    url: (id: string) => string,
    realId: string,
    payload?: (id: string) => object,
  ) => {
    const ghost = randomUUID();
    const real = await as[who]!.inject({
      method,
      url: url(realId),
      ...(payload ? { payload: payload(realId) } : {}),
    });
    const missing = await as[who]!.inject({
      method,
      url: url(ghost),
      ...(payload ? { payload: payload(ghost) } : {}),
    });
    expect(real.statusCode, `${who} ${method} ${url(realId)}: ${real.body}`).toBe(404);
    expect(shape(real, realId)).toEqual(shape(missing, ghost));
  };

  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(handle.db);
    for (const m of demoMeasures().slice(0, 2)) await upsertMeasure(handle.db, m);
    for (const s of demoMeetingSeries()) await upsertMeetingSeries(handle.db, system, s, now);
    app = await buildServer({ handle, webRoot: null, clock: () => now });
    Object.assign(as, await loginAdviceCycleAccounts(app, handle));
    const calendar = (
      await as['secretariaat']!.inject({ url: '/api/v1/calendar?from=2026-04-02&to=2026-05-31' })
    ).json();
    const mcc = calendar.occurrences.find((o: { kind: string }) => o.kind === 'MCC');
    const request = await as['secretariaat']!.inject({
      method: 'POST',
      url: '/api/v1/advice-requests',
      payload: {
        title: 'Onderwijs',
        question: 'Welke maatregelen voor scholen zijn proportioneel?',
        requestingDepartment: 'VWS',
        measureCodes: demoMeasures()
          .slice(0, 2)
          .map((m) => m.code),
        mccUid: mcc.uid,
        mccDate: mcc.date,
        addressees: ['OMT', 'MIT'],
      },
    });
    expect(request.statusCode, request.body).toBe(201);
    const report = await as['omt-lid']!.inject({
      method: 'POST',
      url: '/api/v1/advisory-reports',
      payload: {
        requestId: request.json().id,
        body: 'OMT',
        title: 'OMT-advies scholen',
        sections: [{ key: 'advies', heading: 'Advies', text: 'Vertrouwelijk.' }],
        measureCodes: [demoMeasures()[0]!.code],
        confidentiality: 'confidential',
      },
    });
    expect(report.statusCode, report.body).toBe(201);
    reportId = report.json().id;
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  const content = () => ({
    title: 'Overgenomen',
    sections: [{ key: 'advies', heading: 'Advies', text: 'x' }],
    measureCodes: [demoMeasures()[0]!.code],
    confidentiality: 'confidential',
  });

  it('hides a draft advice from the other body: read, edit and transition all look like a missing id', async () => {
    const report = (id: string) => `/api/v1/advisory-reports/${id}`;
    await sameAsMissing('mit-lid', 'GET', report, reportId);
    await sameAsMissing('mit-lid', 'PUT', report, reportId, content);
    await sameAsMissing(
      'mit-voorzitter',
      'POST',
      (id) => `${report(id)}/transitions`,
      reportId,
      () => ({
        status: 'adopted',
      }),
    );
    // a draft is not yet the ministry's either
    await sameAsMissing('minister-vws', 'GET', report, reportId);
    // the body itself still gets the real answer: a chair's transition, a member's refusal
    const byMember = await as['omt-lid']!.inject({
      method: 'POST',
      url: `${report(reportId)}/transitions`,
      payload: { status: 'adopted' },
    });
    expect(byMember.statusCode).toBe(403);
  });

  it('hides sent confidential advice and its consents from a minister of another department', async () => {
    for (const status of ['adopted', 'sent']) {
      const t = await as['omt-voorzitter']!.inject({
        method: 'POST',
        url: `/api/v1/advisory-reports/${reportId}/transitions`,
        payload: { status },
      });
      expect(t.statusCode, t.body).toBe(200);
    }
    await sameAsMissing(
      'minister-szw',
      'POST',
      () => '/api/v1/consents',
      reportId,
      (id) => ({
        reportId: id,
        granteeRole: 'mit-chair',
        expiresAt: null,
      }),
    );
    const granted = await as['minister-vws']!.inject({
      method: 'POST',
      url: '/api/v1/consents',
      payload: { reportId, granteeRole: 'mit-chair', expiresAt: null },
    });
    expect(granted.statusCode, granted.body).toBe(201);
    consentId = granted.json().id;

    const consent = (id: string) => `/api/v1/consents/${id}`;
    await sameAsMissing('minister-szw', 'GET', consent, consentId);
    await sameAsMissing(
      'minister-szw',
      'POST',
      (id) => `${consent(id)}/revocation`,
      consentId,
      () => ({
        reason: 'proberen',
      }),
    );
    // the secretariat (MIT) cannot read this OMT advice, so neither its consents
    await sameAsMissing('secretariaat', 'GET', consent, consentId);
    const listed = (who: string) =>
      as[who]!.inject({ url: `/api/v1/consents?reportId=${reportId}` }).then((r) =>
        r.json().items.map((c: { id: string }) => c.id),
      );
    expect(await listed('minister-szw')).toEqual([]);
    expect(await listed('secretariaat')).toEqual([]);
    // those who may read the advice see the consent
    expect(await listed('minister-vws')).toEqual([consentId]);
    expect(await listed('mit-voorzitter')).toEqual([consentId]);
    expect((await as['mit-voorzitter']!.inject({ url: consent(consentId) })).statusCode).toBe(200);
  });
});
