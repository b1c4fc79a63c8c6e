import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadDemoData, migrateToLatest, openDatabase } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { buildServer } from '../app.ts';
import { createTestAccount, loginAs } from '../auth/auth-testing.ts';
import type { TestLogin } from '../auth/auth-testing.ts';

interface Entry {
  id: string;
  position: number;
  score: number;
  placement: string;
}

describe('impact ladder routes', () => {
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

  const ladder = async (query = '') => {
    const res = await app.inject({ url: `/api/v1/impact-ladder${query}` });
    expect(res.statusCode).toBe(200);
    return res.json() as {
      demo: boolean;
      entries: Entry[];
      rule: { evidenceWeights: unknown[] };
      explanation: string[];
    };
  };

  it('ranks the adopted demo fiches by harm and returns the rule it used', async () => {
    const body = await ladder();
    expect(body.demo).toBe(true);
    expect(body.entries.length).toBeGreaterThanOrEqual(40);
    const scores = body.entries.map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(body.rule.evidenceWeights).toHaveLength(4);
    expect(body.explanation.length).toBeGreaterThan(3);
  });

  it('changes the ranking with the rule in lowerCamelCase query parameters', async () => {
    const groupsOnly = await ladder('?domains=&sectors=&term=long&weightExpertJudgement=1');
    expect(groupsOnly.rule).toMatchObject({ domains: [], sectors: [], term: 'long' });
    const all = await ladder();
    expect(groupsOnly.entries.map((e) => e.id)).not.toEqual(all.entries.map((e) => e.id));
  });

  it('answers 400 naming the parameter for an unknown code or weight out of range', async () => {
    const unknown = await app.inject({ url: '/api/v1/impact-ladder?groups=elderly,aliens' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'querystring.groups', value: 'aliens' }),
    ]);
    const weight = await app.inject({ url: '/api/v1/impact-ladder?weightStrong=2' });
    expect(weight.statusCode).toBe(400);
    expect(weight.json().invalidParams[0].name).toBe('querystring.weightStrong');
  });

  it('places a measure-level by hand only with a rationale, shows it as such, and withdraws it', async () => {
    const before = await ladder();
    const last = before.entries.at(-1)!;
    const [measureCode, level] = last.id.split('/');
    const tooShort = await writer.inject({
      method: 'POST',
      url: '/api/v1/impact-ladder/overrides',
      payload: { measureCode, level: Number(level), position: 1, rationale: 'kort', author: 'a' },
    });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().invalidParams[0].name).toBe('body.rationale');

    const created = await writer.inject({
      method: 'POST',
      url: '/api/v1/impact-ladder/overrides',
      payload: {
        measureCode,
        level: Number(level),
        position: 1,
        rationale: 'Signalen uit de praktijkkringen wijzen op veel grotere schade.',
        author: 'MIT',
      },
    });
    expect(created.statusCode).toBe(201);
    const after = await ladder();
    expect(after.entries[0]).toMatchObject({ id: last.id, position: 1, placement: 'override' });

    const del = await writer.inject({
      method: 'DELETE',
      url: `/api/v1/impact-ladder/overrides/${created.json().id}`,
    });
    expect(del.statusCode).toBe(204);
    expect((await ladder()).entries.at(-1)?.id).toBe(last.id);
    expect(
      (
        await writer.inject({
          method: 'DELETE',
          url: `/api/v1/impact-ladder/overrides/${created.json().id}`,
        })
      ).statusCode,
    ).toBe(404);
  });
});
