import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createUser, listAuditEvents, migrateToLatest, openDatabase } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { buildServer } from '../app.ts';
import { SESSION_COOKIE } from './access-control.ts';

const password = 'secretariaat wachtwoord';

function cookieOf(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error('no session cookie');
  return cookie.value;
}

describe('sessions, CSRF and account administration over HTTP', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let now = new Date('2026-03-02T08:00:00Z');

  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(handle.db);
    await createUser(
      handle.db,
      { userId: null, username: 'test', role: 'system' },
      {
        username: 'secretariaat',
        displayName: 'Secretariaat',
        role: 'secretariat',
        department: null,
        password,
      },
      now,
    );
    app = await buildServer({ handle, webRoot: null, clock: () => now });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  const loginRequest = (pw: string, username = 'secretariaat') =>
    app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { username, password: pw } });

  it('logs in with an HttpOnly SameSite=Strict cookie and tells the CSRF token', async () => {
    expect((await app.inject({ url: '/api/v1/sessions/current' })).statusCode).toBe(401);
    const wrong = await loginRequest('wrong password');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');

    const res = await loginRequest(password);
    expect(res.statusCode).toBe(201);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    const body = res.json();
    expect(body.user).toMatchObject({ username: 'secretariaat', role: 'secretariat' });
    expect(body.permissions).toContain('users:manage');
    expect(JSON.stringify(body)).not.toContain(cookieOf(res));

    const current = await app.inject({
      url: '/api/v1/sessions/current',
      cookies: { [SESSION_COOKIE]: cookieOf(res) },
    });
    expect(current.statusCode).toBe(200);
    expect(current.json().csrfToken).toBe(body.csrfToken);
  });

  it('refuses a state-changing request without the session CSRF token', async () => {
    const res = await loginRequest(password);
    const cookies = { [SESSION_COOKIE]: cookieOf(res) };
    const newUser = {
      username: 'omt-voorzitter',
      displayName: 'Voorzitter OMT',
      role: 'omt-chair',
      department: null,
      password: 'een lang wachtwoord',
    };
    const forged = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      cookies,
      payload: newUser,
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().detail).toContain('X-CSRF-Token');
    const wrongToken = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      cookies,
      headers: { 'x-csrf-token': 'guess' },
      payload: newUser,
    });
    expect(wrongToken.statusCode).toBe(403);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      cookies,
      headers: { 'x-csrf-token': res.json().csrfToken },
      payload: newUser,
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      username: 'omt-voorzitter',
      role: 'omt-chair',
      disabled: false,
    });

    // the new account cannot administer accounts: 403 from the matrix
    const omt = await loginRequest('een lang wachtwoord', 'omt-voorzitter');
    const list = await app.inject({
      url: '/api/v1/users',
      cookies: { [SESSION_COOKIE]: cookieOf(omt) },
    });
    expect(list.statusCode).toBe(403);

    // disabling it ends its session at once
    const disabled = await app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${ok.json().id}`,
      cookies,
      headers: { 'x-csrf-token': res.json().csrfToken },
      payload: { disabled: true },
    });
    expect(disabled.json().disabled).toBe(true);
    const after = await app.inject({
      url: '/api/v1/sessions/current',
      cookies: { [SESSION_COOKIE]: cookieOf(omt) },
    });
    expect(after.statusCode).toBe(401);
  });

  it('logs out on the server, not only in the browser', async () => {
    const res = await loginRequest(password);
    const cookies = { [SESSION_COOKIE]: cookieOf(res) };
    const out = await app.inject({
      method: 'DELETE',
      url: '/api/v1/sessions/current',
      cookies,
      headers: { 'x-csrf-token': res.json().csrfToken },
    });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toContain(`${SESSION_COOKIE}=;`);
    // replaying the old cookie does not work
    expect((await app.inject({ url: '/api/v1/sessions/current', cookies })).statusCode).toBe(401);
  });

  it('locks the account after 5 wrong passwords and says when to retry', async () => {
    for (let i = 0; i < 5; i += 1)
      expect((await loginRequest('not the password')).statusCode).toBe(401);
    const locked = await loginRequest(password);
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBe(15 * 60);
    now = new Date(now.getTime() + 16 * 60_000);
    expect((await loginRequest(password)).statusCode).toBe(201);
    const events = await listAuditEvents(handle.db, { limit: 100 });
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'user.created',
        'session.created',
        'user.disabled',
        'session.deleted',
        'user.locked',
      ]),
    );
  });
});
