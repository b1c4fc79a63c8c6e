import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ACCOUNT_ROLES, ROLES, decideRouteAccess } from '@weegschaal/core';
import type { AccountRole, Principal, Role } from '@weegschaal/core';
import { migrateToLatest, openDatabase } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { API_PREFIX, buildServer } from '../app.ts';
import { createTestAccount, loginAs } from './auth-testing.ts';

const UUID = '3f0e8c2a-8d7b-4c1e-9a55-1b2c3d4e5f60';
const concreteUrl = (url: string) =>
  url.replace(/:([A-Za-z]+)/g, (_m, name: string) => (/id$/i.test(name) ? UUID : 'x'));

/**
 * Walks EVERY registered /api route with EVERY role and compares what the server does with
 * what the permission matrix says: anonymous → 401 on non-public routes, a role without the
 * permission → 403, a role with it → past the gate (whatever the handler then says about
 * the made-up input). A route that declares no permission fails the walk.
 */
describe('every /api route × every role', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const principals = new Map<AccountRole, Principal>();

  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(handle.db);
    app = await buildServer({ handle, webRoot: null });
    await app.ready();
    for (const role of ACCOUNT_ROLES) principals.set(role, await createTestAccount(handle, role));
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  const apiRoutes = () =>
    app.registeredRoutes.filter(
      (r) =>
        r.url.startsWith(`${API_PREFIX}/`) &&
        r.method !== 'HEAD' &&
        !r.url.startsWith(`${API_PREFIX}/docs`),
    );

  it('finds the routes of every area', () => {
    const urls = apiRoutes().map((r) => r.url);
    for (const u of ['/sessions', '/users', '/health', '/measures', '/composite-indices'])
      expect(urls).toContain(`${API_PREFIX}${u}`);
  });

  it('has a permission declared on every route', () => {
    const undeclared = apiRoutes()
      .filter((r) => r.permission === null)
      .map((r) => `${r.method} ${r.url}`);
    expect(undeclared, 'routes without config.permission').toEqual([]);
  });

  it('allows and denies exactly as the matrix says', async () => {
    const unexpected: string[] = [];
    let checked = 0;
    for (const route of apiRoutes()) {
      if (route.permission === null) continue;
      for (const role of ROLES) {
        const url = concreteUrl(route.url);
        const method = route.method as 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
        const payload = ['POST', 'PATCH', 'PUT'].includes(method) ? {} : undefined;
        const res =
          role === 'public'
            ? await app.inject({ method, url, payload })
            : await (
                await loginAs(app, handle, principals.get(role as AccountRole)!)
              ).inject({ method, url, payload });
        const detail = res.headers['content-type']?.includes('problem')
          ? String(res.json().detail)
          : '';
        const actual =
          res.statusCode === 401 && detail.startsWith('Log in first')
            ? 'unauthenticated'
            : res.statusCode === 403 && detail.startsWith('Not allowed')
              ? 'forbidden'
              : 'allow';
        const expected = decideRouteAccess(role as Role, route.permission).outcome;
        if (actual !== expected) {
          unexpected.push(
            `${route.method} ${route.url} as ${role}: expected ${expected}, got ${res.statusCode} ${detail}`,
          );
        }
        checked += 1;
      }
    }
    expect(unexpected).toEqual([]);
    const declared = apiRoutes().filter((r) => r.permission !== null).length;
    expect(checked).toBe(declared * ROLES.length);
    expect(declared).toBeGreaterThan(0);
  });
});

describe('a route that declares no permission', () => {
  it('is closed to everyone, and says why', async () => {
    const handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(handle.db);
    const app = await buildServer({ handle, webRoot: null });
    app.get(`${API_PREFIX}/undeclared-probe`, () => ({ secret: true }));
    try {
      const res = await app.inject({ url: `${API_PREFIX}/undeclared-probe` });
      expect(res.statusCode).toBe(403);
      expect(res.json().detail).toContain('declares no permission');
      expect(app.registeredRoutes).toContainEqual({
        method: 'GET',
        url: `${API_PREFIX}/undeclared-probe`,
        permission: null,
      });
    } finally {
      await app.close();
      await handle.close();
    }
  });
});
