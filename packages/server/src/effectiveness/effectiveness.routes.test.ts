import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadDemoData, migrateToLatest, openDatabase } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { buildServer } from '../app.ts';
import { createTestAccount, loginAs } from '../auth/auth-testing.ts';
import type { TestLogin } from '../auth/auth-testing.ts';

describe('effectiveness and matrix routes', () => {
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

  it('lists scenarios, estimates per scenario and the sector risk ladder, labelled demo', async () => {
    const scenarios = (await app.inject({ url: '/api/v1/scenarios' })).json();
    expect(scenarios.items.map((s: { code: string }) => s.code)).toContain('winter-delta');
    const estimates = (
      await app.inject({ url: '/api/v1/effectiveness-estimates?scenario=winter-delta' })
    ).json();
    expect(estimates.demo).toBe(true);
    expect(
      estimates.items.every((e: { scenarioCode: string }) => e.scenarioCode === 'winter-delta'),
    ).toBe(true);
    const risk = (await app.inject({ url: '/api/v1/sector-risk-ladder' })).json();
    expect(
      risk.entries.slice(0, 2).map((e: { sector: string; rank: number }) => [e.sector, e.rank]),
    ).toEqual([
      ['events', 1],
      ['horeca', 1],
    ]);
  });

  it('records an estimate and rejects one outside its own range', async () => {
    const url = '/api/v1/effectiveness-estimates/horeca/2/winter-delta';
    const ok = await writer.inject({
      method: 'PUT',
      url,
      payload: { estimate: 4, low: 3, high: 4, rationale: 'OMT 140', author: 'OMT' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ estimate: 4, demo: false });
    const bad = await writer.inject({
      method: 'PUT',
      url,
      payload: { estimate: 1, low: 2, high: 4, rationale: '', author: 'OMT' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toBe('body.estimate');
    const missing = await writer.inject({
      method: 'PUT',
      url: '/api/v1/effectiveness-estimates/horeca/2/nope',
      payload: { estimate: 1, low: 1, high: 1, rationale: '', author: 'OMT' },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('builds the matrix per scenario, and shows how points move to another scenario', async () => {
    const res = await app.inject({
      url: '/api/v1/matrix?scenario=winter-delta&compareScenario=zomer-omikron',
    });
    expect(res.statusCode).toBe(200);
    const m = res.json();
    expect(m.scenario.code).toBe('winter-delta');
    expect(m.points.length).toBeGreaterThanOrEqual(40);
    expect(m.points.some((p: { quadrant: string }) => p.quadrant === 'high-effect-low-harm')).toBe(
      true,
    );
    expect(
      m.points.some(
        (p: { effectiveness: number; compared: { effectiveness: number } }) =>
          p.compared.effectiveness !== p.effectiveness,
      ),
    ).toBe(true);
    expect(m.explanation.join(' ')).toMatch(/median/);
  });

  it('answers 400 without a scenario and 404 for an unknown one', async () => {
    const none = await app.inject({ url: '/api/v1/matrix' });
    expect(none.statusCode).toBe(400);
    expect(none.json().invalidParams[0].name).toBe('querystring.scenario');
    expect((await app.inject({ url: '/api/v1/matrix?scenario=nope' })).statusCode).toBe(404);
  });
});
