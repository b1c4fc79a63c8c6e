import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { AccountRole } from '@weegschaal/core';
import { loadDemoReadiness, migrateToLatest } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { testDatabaseTargets } from '@weegschaal/storage/testing';
import { buildServer } from '../app.ts';
import { createTestAccount, loginAs } from '../auth/auth-testing.ts';
import type { TestLogin } from '../auth/auth-testing.ts';

interface CallUp {
  id: string;
  targetKind: string;
  confirmedAt: string | null;
}

describe.each(testDatabaseTargets())('readiness and drills over HTTP on $kind', (target) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let now = new Date('2026-11-23T09:00:00.000Z');
  const as: Record<string, TestLogin> = {};

  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    await handle.db.transaction().execute((trx) => loadDemoReadiness(trx, now));
    app = await buildServer({ handle, webRoot: null, clock: () => now });
    const roles: [string, AccountRole][] = [
      ['secretariaat', 'secretariat'],
      ['mit-lid', 'mit-member'],
    ];
    for (const [name, role] of roles)
      as[name] = await loginAs(app, handle, await createTestAccount(handle, role, name), () => now);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('shows the overview with stale items, the dormant state and the last drill', async () => {
    const res = await as['mit-lid']!.inject({ method: 'GET', url: '/api/v1/readiness' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      today: '2026-11-23',
      stale: 3,
      current: 2,
      demo: true,
      runningDrillId: null,
    });
    expect(body.organisation).toMatchObject({
      state: 'dormant',
      allowedEvents: ['start-activation'],
    });
    expect(body.lastDrill.timings).toMatchObject({ minutesToQuorum: 95, minutesToStaffed: 180 });
    const stale = body.items.filter(
      (i: { assessment: { status: string } }) => i.assessment.status === 'stale',
    );
    expect(stale.map((i: { kind: string }) => i.kind).sort()).toEqual([
      'agreements-current',
      'contacts-verified',
      'knowledge-base-reviewed',
    ]);
  });

  it('keeps the expert pool from members; the secretariat sees consent and retention', async () => {
    expect(
      (await as['mit-lid']!.inject({ method: 'GET', url: '/api/v1/experts' })).statusCode,
    ).toBe(403);
    const res = await as['secretariaat']!.inject({ method: 'GET', url: '/api/v1/experts' });
    expect(res.statusCode).toBe(200);
    const due = res
      .json()
      .items.filter((e: { retention: { purgeDue: boolean } }) => e.retention.purgeDue);
    expect(due).toHaveLength(1);
    const purge = await as['secretariaat']!.inject({
      method: 'POST',
      url: '/api/v1/expert-purges',
    });
    expect(purge.json().purged.map((p: { expertId: string }) => p.expertId)).toEqual([due[0].id]);
    const after = await as['secretariaat']!.inject({ method: 'GET', url: '/api/v1/experts' });
    expect(after.json().items).toHaveLength(10);
  });

  it('answers a chair without a function with the field that is missing', async () => {
    const res = await as['secretariaat']!.inject({
      method: 'POST',
      url: '/api/v1/committee-roles',
      payload: {
        kind: 'chair',
        title: 'Voorzitter',
        byFunction: null,
        holderName: null,
        contact: null,
        attentionArea: null,
        contactVerifiedOn: null,
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams).toEqual([
      { name: 'byFunction', reason: 'the chair is fixed by function: name the office' },
    ]);
  });

  it('runs a drill: call-ups, confirmations, finish with timings; the organisation stays dormant', async () => {
    const secretariat = as['secretariaat']!;
    const start = await secretariat.inject({
      method: 'POST',
      url: '/api/v1/activations',
      payload: { mode: 'drill', note: 'oefening' },
    });
    expect(start.statusCode).toBe(201);
    const id: string = start.json().activation.id;
    const callUps: CallUp[] = start.json().callUps;
    expect(callUps).toHaveLength(12);
    const committee = callUps.filter((c) => c.targetKind === 'committee-role');
    const secretariatCalls = callUps.filter((c) => c.targetKind === 'secretariat-position');
    const confirm = async (callUp: CallUp, minutes: number) => {
      now = new Date(Date.parse('2026-11-23T09:00:00.000Z') + minutes * 60_000);
      const res = await secretariat.inject({
        method: 'POST',
        url: `/api/v1/activations/${id}/confirmations`,
        payload: { callUpId: callUp.id },
      });
      expect(res.statusCode).toBe(201);
      return res.json();
    };
    for (const [i, c] of committee.slice(0, 5).entries()) await confirm(c, 7 * (i + 1));
    for (const [i, c] of secretariatCalls.slice(0, 4).entries()) await confirm(c, 40 + i);
    const twice = await secretariat.inject({
      method: 'POST',
      url: `/api/v1/activations/${id}/confirmations`,
      payload: { callUpId: committee[0]!.id },
    });
    expect(twice.statusCode).toBe(409);

    now = new Date('2026-11-23T11:00:00.000Z');
    const done = await secretariat.inject({
      method: 'POST',
      url: `/api/v1/activations/${id}/completion`,
    });
    expect(done.statusCode).toBe(201);
    expect(done.json().timings).toMatchObject({
      minutesToQuorum: 35,
      quorumNeeded: 5,
      secretariatConfirmed: 4,
      minutesToStaffed: null,
    });
    const state = await secretariat.inject({ method: 'GET', url: '/api/v1/organisation-state' });
    expect(state.json()).toMatchObject({ state: 'dormant', history: [] });
    const drills = await secretariat.inject({
      method: 'GET',
      url: '/api/v1/activations?mode=drill',
    });
    expect(drills.json().items.map((a: { id: string }) => a.id)[0]).toBe(id);
    const overview = await secretariat.inject({ method: 'GET', url: '/api/v1/readiness' });
    expect(overview.json().lastDrill.id).toBe(id);
  });

  it('refuses a step the life cycle does not allow, with 409', async () => {
    const res = await as['secretariaat']!.inject({
      method: 'POST',
      url: '/api/v1/organisation-state/transitions',
      payload: { event: 'start-scaling-down' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe(
      "The organisation is dormant: 'start-scaling-down' is not possible (allowed: start-activation).",
    );
  });
});
