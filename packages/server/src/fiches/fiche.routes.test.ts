import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadDemoData, migrateToLatest, openDatabase } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { buildServer } from '../app.ts';
import { createTestAccount, loginAs } from '../auth/auth-testing.ts';
import type { TestLogin } from '../auth/auth-testing.ts';

describe('fiche routes', () => {
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

  const base = '/api/v1/fiches/avondklok/2';

  it('lists demo fiches and filters them by measure and status', async () => {
    const all = (await app.inject({ url: '/api/v1/fiches' })).json();
    expect(all.demo).toBe(true);
    expect(all.items.length).toBeGreaterThanOrEqual(40);
    const one = (await app.inject({ url: '/api/v1/fiches?measureCode=avondklok' })).json();
    expect(one.items.map((f: { level: number }) => f.level)).toEqual([1, 2]);
    const drafts = (await app.inject({ url: '/api/v1/fiches?status=draft' })).json();
    expect(drafts.items.every((f: { latestStatus: string }) => f.latestStatus === 'draft')).toBe(
      true,
    );
  });

  it('creates a version, moves it through review to adoption, and diffs it', async () => {
    const fiche = (await app.inject({ url: base })).json();
    const latest = fiche.versions.at(-1);
    const content = structuredClone(latest.content);
    content.impacts[0].shortTerm = -3;
    content.impacts[0].longTerm = -3;
    const created = await writer.inject({
      method: 'POST',
      url: `${base}/versions`,
      payload: { content, author: 'Anna de Vries', changeNote: 'Signalen uit de praktijk' },
    });
    expect(created.statusCode).toBe(201);
    const v = created.json();
    expect(v).toMatchObject({ status: 'draft', author: 'Anna de Vries', demo: false });

    for (const to of ['in-review', 'adopted']) {
      const moved = await writer.inject({
        method: 'POST',
        url: `${base}/versions/${v.version}/transitions`,
        payload: { to, author: 'Voorzitter', reason: `naar ${to}` },
      });
      expect(moved.statusCode).toBe(201);
      expect(moved.json().status).toBe(to);
    }
    const after = (await app.inject({ url: base })).json();
    expect(after.versions.filter((x: { status: string }) => x.status === 'adopted')).toHaveLength(
      1,
    );
    expect(after.transitions.at(-1)).toMatchObject({ to: 'adopted', author: 'Voorzitter' });

    const diff = (
      await app.inject({ url: `${base}/diff?from=${latest.version}&to=${v.version}` })
    ).json();
    const target = `${content.impacts[0].target.kind}:${content.impacts[0].target.code}`;
    expect(diff.impactsTouched).toEqual([target]);
  });

  it('answers 409 for a transition the workflow forbids, as a problem', async () => {
    const fiche = (await app.inject({ url: base })).json();
    const adopted = fiche.versions.find((x: { status: string }) => x.status === 'adopted');
    const res = await writer.inject({
      method: 'POST',
      url: `${base}/versions/${adopted.version}/transitions`,
      payload: { to: 'draft', author: 'x', reason: 'terug' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().detail).toMatch(/cannot go from 'adopted' to 'draft'/);
  });

  it('answers 400 with invalidParams for schema and domain violations, and requires an author', async () => {
    const noAuthor = await writer.inject({
      method: 'POST',
      url: `${base}/versions`,
      payload: { content: { summary: 'x', impacts: [], rights: [] }, changeNote: 'x' },
    });
    expect(noAuthor.statusCode).toBe(400);
    expect(noAuthor.json().invalidParams.map((p: { name: string }) => p.name)).toContain(
      'body.author',
    );

    const bad = await writer.inject({
      method: 'POST',
      url: `${base}/versions`,
      payload: {
        content: { summary: 'x', impacts: [], rights: [{ rightId: 'nope', note: 'x' }] },
        author: 'a',
        changeNote: 'x',
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams.map((p: { name: string }) => p.name)).toEqual([
      'body.content.impacts',
      'body.content.rights.0.rightId',
    ]);
  });

  it('answers 404 for an unknown fiche, version or measure', async () => {
    expect((await app.inject({ url: '/api/v1/fiches/avondklok/9' })).statusCode).toBe(404);
    expect((await app.inject({ url: `${base}/versions/999` })).statusCode).toBe(404);
    const res = await writer.inject({
      method: 'POST',
      url: '/api/v1/fiches/nope/1/versions',
      payload: { content: { summary: 'x', impacts: [], rights: [] }, author: 'a', changeNote: 'x' },
    });
    expect(res.statusCode).toBe(404);
  });

  it('renders a version as a PDF factsheet, in either language', async () => {
    const nl = await app.inject({ url: `${base}/versions/1/pdf` });
    expect(nl.statusCode).toBe(200);
    expect(nl.headers['content-type']).toBe('application/pdf');
    expect(nl.headers['api-version']).toBeDefined();
    expect(nl.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const en = await app.inject({ url: `${base}/versions/1/pdf?language=en` });
    expect(en.statusCode).toBe(200);
    expect(en.rawPayload.equals(nl.rawPayload)).toBe(false);
    expect((await app.inject({ url: `${base}/versions/99/pdf` })).statusCode).toBe(404);
    expect((await app.inject({ url: `${base}/versions/1/pdf?language=de` })).statusCode).toBe(400);
  });

  it('serves the fundamental rights reference list', async () => {
    const rights = (await app.inject({ url: '/api/v1/fundamental-rights' })).json();
    expect(rights.instruments).toHaveLength(5);
    expect(rights.items.find((r: { id: string }) => r.id === 'crpd-11').titleEn).toBe(
      'Situations of risk and humanitarian emergencies',
    );
  });
});
