import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { demoMeasures } from '@weegschaal/core';
import type { AccountRole } from '@weegschaal/core';
import { loadDemoKnowledge, migrateToLatest, upsertMeasure } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { testDatabaseTargets } from '@weegschaal/storage/testing';
import { buildServer } from '../app.ts';
import { createTestAccount, loginAs } from '../auth/auth-testing.ts';
import type { TestLogin } from '../auth/auth-testing.ts';

describe.each(testDatabaseTargets())('knowledge base over HTTP on $kind', (target) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const now = new Date('2026-11-24T09:00:00.000Z');
  const as: Record<string, TestLogin> = {};

  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    for (const m of demoMeasures()) await upsertMeasure(handle.db, m);
    await handle.db.transaction().execute((trx) => loadDemoKnowledge(trx, now));
    app = await buildServer({ handle, webRoot: null, clock: () => now });
    const roles: [string, AccountRole][] = [
      ['secretariaat', 'secretariat'],
      ['ambtenaar', 'ministry-official'],
    ];
    for (const [name, role] of roles)
      as[name] = await loginAs(app, handle, await createTestAccount(handle, role, name), () => now);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('searches in Dutch with ranked, highlighted snippets', async () => {
    const res = await as['ambtenaar']!.inject({
      method: 'GET',
      url: `/api/v1/knowledge-search?q=${encodeURIComponent('school')}`,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.hits.length).toBeGreaterThan(1);
    const ranks = body.hits.map((h: { rank: number }) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a: number, b: number) => b - a));
    const marked = body.hits.flatMap((h: { snippet: { text: string; match: boolean }[] }) =>
      h.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase()),
    );
    expect(marked).toContain('scholen');
    const empty = await as['ambtenaar']!.inject({
      method: 'GET',
      url: '/api/v1/knowledge-search?q=',
    });
    expect(empty.statusCode).toBe(400);
  });

  it('lists stale playbooks by their review date', async () => {
    const res = await as['ambtenaar']!.inject({
      method: 'GET',
      url: '/api/v1/playbooks?stale=true',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.today).toBe('2026-11-24');
    expect(body.items.map((p: { title: string }) => p.title).sort()).toEqual([
      'Continuïteitsplan onderwijs en kinderopvang',
      'Sectordraaiboek cultuur en evenementen',
    ]);
    expect(body.items.every((p: { review: { stale: boolean } }) => p.review.stale)).toBe(true);
  });

  it('lets the MIT record a lesson with links, and refuses a ministry official', async () => {
    const lesson = {
      title: 'Mondkapjes in het OV',
      whatHappened: 'De mondkapjesplicht in het openbaar vervoer werd goed nageleefd.',
      whatWeLearned: 'Een duidelijke, afgebakende plicht wordt beter nageleefd.',
      followUp: '',
      followUpOwner: 'IenW',
      status: 'open',
      occurredOn: '2020-06-01',
      dossierId: null,
      links: [{ type: 'measure', measureCode: 'mondkapjes' }],
    };
    const refused = await as['ambtenaar']!.inject({
      method: 'POST',
      url: '/api/v1/lessons-learned',
      payload: lesson,
    });
    expect(refused.statusCode).toBe(403);
    const created = await as['secretariaat']!.inject({
      method: 'POST',
      url: '/api/v1/lessons-learned',
      payload: lesson,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().links[0].label).toBe('Mondkapjesplicht');
    const badLink = await as['secretariaat']!.inject({
      method: 'PUT',
      url: `/api/v1/lessons-learned/${created.json().id}`,
      payload: { ...lesson, links: [{ type: 'measure', measureCode: 'bestaat-niet' }] },
    });
    expect(badLink.statusCode).toBe(400);
    expect(badLink.json().invalidParams[0]).toMatchObject({ name: 'links[0]' });
    const found = await as['ambtenaar']!.inject({
      method: 'GET',
      url: `/api/v1/knowledge-search?q=${encodeURIComponent('"openbaar vervoer"')}`,
    });
    expect(found.json().hits.map((h: { id: string }) => h.id)).toContain(created.json().id);
  });
});
