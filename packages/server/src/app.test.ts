import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadDemoData, migrateToLatest, openDatabase } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { buildServer } from './app.ts';
import { API_VERSION } from './http/responses.ts';

describe('server', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let webRoot: string;

  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(handle.db);
    await loadDemoData(handle.db);
    webRoot = mkdtempSync(join(tmpdir(), 'weegschaal-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>spa</title>');
    app = await buildServer({ handle, webRoot });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('answers health with the database state and the API-Version header', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['api-version']).toBe(API_VERSION);
    const body = res.json();
    expect(body.status).toBe('ok');
    expect(body.database).toMatchObject({ kind: 'pglite', reachable: true });
    expect(body.database.schemaVersion).toBe(body.database.latestMigration);
  });

  it('reports an unreachable database as a 503 problem', async () => {
    // nothing listens on port 1: the pool's connection is refused at once
    const broken = await openDatabase({ kind: 'postgres', url: 'postgres://x:y@127.0.0.1:1/none' });
    const brokenApp = await buildServer({ handle: broken, webRoot: null });
    const res = await brokenApp.inject({ method: 'GET', url: '/api/v1/health' });
    await brokenApp.close();
    await broken.close();
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 503, title: 'Service Unavailable' });
    expect(res.json().detail).not.toContain('ECONNREFUSED');
  });

  it('labels demo content in API payloads', async () => {
    const overview = (await app.inject({ url: '/api/v1/overview' })).json();
    expect(overview.demo).toBe(true);
    const measures = (await app.inject({ url: '/api/v1/measures' })).json();
    expect(measures.demo).toBe(true);
    expect(measures.items.length).toBeGreaterThanOrEqual(20);
    expect(measures.items.every((m: { demo: boolean }) => m.demo)).toBe(true);
  });

  it('filters and fetches measures', async () => {
    const res = await app.inject({ url: '/api/v1/measures?category=sector-closure' });
    const items = res.json().items as { category: string; code: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((m) => m.category === 'sector-closure')).toBe(true);
    const touching = await app.inject({
      url: '/api/v1/measures?group=young-people&cluster=education',
    });
    const young = touching.json().items as {
      groups: string[];
      cluster: string;
      legalBasis: string;
    }[];
    expect(young.length).toBeGreaterThan(0);
    expect(young.every((m) => m.groups.includes('young-people') && m.cluster === 'education')).toBe(
      true,
    );
    expect(young[0]!.legalBasis).toContain('Wet publieke gezondheid');
    const one = await app.inject({ url: `/api/v1/measures/${items[0]!.code}` });
    expect(one.statusCode).toBe(200);
    expect(one.json().code).toBe(items[0]!.code);
  });

  it('turns a domain not-found into a problem with status, title, detail', async () => {
    const res = await app.inject({ url: '/api/v1/measures/unknown-measure' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['api-version']).toBe(API_VERSION);
    expect(res.json()).toMatchObject({
      status: 404,
      title: 'Not Found',
      detail: "Measure 'unknown-measure' does not exist.",
    });
  });

  it('names each failing field of a validation error, with its value', async () => {
    const res = await app.inject({ url: '/api/v1/measures?category=everything' });
    expect(res.statusCode).toBe(400);
    const problem = res.json();
    expect(problem.status).toBe(400);
    expect(problem.invalidParams).toEqual([
      {
        name: 'querystring.category',
        reason: expect.stringContaining('sector-closure'),
        value: 'everything',
      },
    ]);
  });

  it('has no trailing-slash aliases', async () => {
    const res = await app.inject({ url: '/api/v1/health/' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('answers unknown API paths with a problem, other paths with the web app', async () => {
    const api = await app.inject({ url: '/api/v1/nothing-here' });
    expect(api.statusCode).toBe(404);
    expect(api.json().detail).toContain('/api/v1/nothing-here');
    const page = await app.inject({ url: '/measures' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<title>spa</title>');
    expect(page.headers['api-version']).toBe(API_VERSION);
  });

  it('publishes OpenAPI 3.1 with the version in the server URL and a reference page', async () => {
    const doc = (await app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers[0].url).toBe('/api/v1');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/health', '/measures']));
    const docs = await app.inject({ url: '/api/v1/docs' });
    expect([200, 302]).toContain(docs.statusCode);
  });
});
