import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadDemoData, migrateToLatest, openDatabase } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { buildServer } from '../app.ts';
import { createTestAccount, loginAs } from '../auth/auth-testing.ts';
import type { TestLogin } from '../auth/auth-testing.ts';

describe('bundle routes', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  // writes need an account since access control: the secretariat holds every write permission here
  let writer: TestLogin;
  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(handle.db);
    await loadDemoData(handle.db);
    app = await buildServer({ handle, webRoot: null });
    writer = await loginAs(app, handle, await createTestAccount(handle, 'secretariat'));
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('lists the demo bundles', async () => {
    const body = (await app.inject({ url: '/api/v1/bundles' })).json();
    expect(body.demo).toBe(true);
    expect(body.items.length).toBeGreaterThanOrEqual(3);
  });

  it('gives a bundle’s own OMT estimate where there is one and a marked derivation elsewhere', async () => {
    const res = await app.inject({ url: '/api/v1/bundles/avondlockdown' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const bySource = Object.fromEntries(
      body.effects.map((e: { scenarioCode: string; source: string }) => [e.scenarioCode, e]),
    );
    expect(bySource['winter-delta'].source).toBe('omt-estimate');
    expect(bySource['zomer-omikron'].source).toBe('derived');
    expect(bySource['zomer-omikron'].caveat).toMatch(/not additive/);
    expect(body.mostBurdened.length).toBeGreaterThan(0);
    expect(body.burden[0].rank).toBe(1);
  });

  it('creates a bundle, records its own estimate, and validates members', async () => {
    const put = await writer.inject({
      method: 'PUT',
      url: '/api/v1/bundles/test-pakket',
      payload: {
        nameNl: 'Test',
        nameEn: 'Test',
        description: '',
        members: [
          { measureCode: 'horeca', level: 2 },
          { measureCode: 'cultuur', level: 2 },
        ],
      },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ code: 'test-pakket', demo: false });
    const est = await writer.inject({
      method: 'PUT',
      url: '/api/v1/bundles/test-pakket/effectiveness-estimates/zomer-omikron',
      payload: { estimate: 2, low: 1, high: 3, rationale: 'OMT', author: 'OMT' },
    });
    expect(est.statusCode).toBe(200);
    const analysis = (
      await app.inject({ url: '/api/v1/bundles/test-pakket?groups=young-people' })
    ).json();
    expect(
      analysis.effects.find((e: { scenarioCode: string }) => e.scenarioCode === 'zomer-omikron')
        .source,
    ).toBe('omt-estimate');
    expect(analysis.burden.map((b: { group: string }) => b.group)).toEqual(['young-people']);

    const bad = await writer.inject({
      method: 'PUT',
      url: '/api/v1/bundles/test-pakket',
      payload: {
        nameNl: 'Test',
        nameEn: 'Test',
        description: '',
        members: [{ measureCode: 'horeca', level: 7 }],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams.map((p: { name: string }) => p.name)).toEqual([
      'body.members',
      'body.members.0.level',
    ]);
  });

  it('answers 404 for an unknown bundle', async () => {
    expect((await app.inject({ url: '/api/v1/bundles/nope' })).statusCode).toBe(404);
  });
});
