import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { migrateToLatest, openDatabase } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { buildServer } from '../app.ts';
import { SESSION_COOKIE } from './access-control.ts';
import { createTestAccount } from './auth-testing.ts';
import { startMockOidcProvider } from './mock-oidc-provider.ts';
import type { MockOidcProvider } from './mock-oidc-provider.ts';

const redirectUri = 'http://weegschaal.test/api/v1/sessions/oidc/callback';

describe('login through an OpenID Connect provider (local mock)', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let provider: MockOidcProvider;

  beforeAll(async () => {
    provider = await startMockOidcProvider('minister-vws');
    handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(handle.db);
    await createTestAccount(handle, 'minister', 'minister-vws', 'VWS');
    app = await buildServer({
      handle,
      webRoot: null,
      oidc: {
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        redirectUri,
        usernameClaim: 'preferred_username',
        label: 'Inloggen met overheidsaccount',
        allowInsecure: true,
      },
    });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
    await provider.close();
  });

  /** start → provider → callback, as the browser would follow the redirects */
  async function roundTrip(): Promise<{
    start: LightMyRequestResponse;
    callbackPath: string;
    stateCookie: string;
  }> {
    const start = await app.inject({ url: '/api/v1/sessions/oidc' });
    expect(start.statusCode).toBe(302);
    const stateCookie = start.cookies.find((c) => c.name === 'weegschaal_oidc_state');
    expect(stateCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    const atProvider = await fetch(String(start.headers.location), { redirect: 'manual' });
    expect(atProvider.status).toBe(302);
    const back = new URL(atProvider.headers.get('location') ?? '');
    expect(`${back.origin}${back.pathname}`).toBe(redirectUri);
    return {
      start,
      callbackPath: `${back.pathname}${back.search}`,
      stateCookie: stateCookie!.value,
    };
  }

  it('offers the provider on the login options', async () => {
    const options = (await app.inject({ url: '/api/v1/login-options' })).json();
    expect(options).toEqual({
      password: true,
      oidc: { label: 'Inloggen met overheidsaccount', startUrl: '/api/v1/sessions/oidc' },
    });
  });

  it('logs an existing account in with PKCE, state and nonce, and sets the session cookie', async () => {
    const { start, callbackPath, stateCookie } = await roundTrip();
    const authorize = new URL(String(start.headers.location));
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    const callback = await app.inject({
      url: callbackPath,
      cookies: { weegschaal_oidc_state: stateCookie },
    });
    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe('/advice');
    const session = callback.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    const current = await app.inject({
      url: '/api/v1/sessions/current',
      cookies: { [SESSION_COOKIE]: session!.value },
    });
    expect(current.json().user).toMatchObject({
      username: 'minister-vws',
      role: 'minister',
      department: 'VWS',
    });

    // the same callback again: the state was used up
    const replay = await app.inject({
      url: callbackPath,
      cookies: { weegschaal_oidc_state: stateCookie },
    });
    expect(replay.headers.location).toBe('/login?error=oidc-state');
  });

  it('refuses a callback without this browser’s state cookie, and an identity without an account', async () => {
    const stolen = await roundTrip();
    const other = await app.inject({ url: stolen.callbackPath });
    expect(other.headers.location).toBe('/login?error=oidc-state');
    expect(other.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();

    provider.setUsername('stranger');
    const { callbackPath, stateCookie } = await roundTrip();
    const unknown = await app.inject({
      url: callbackPath,
      cookies: { weegschaal_oidc_state: stateCookie },
    });
    expect(unknown.headers.location).toBe('/login?error=oidc-unknown-account');
  });

  it('is not there when no provider is configured', async () => {
    const plain = await buildServer({ handle, webRoot: null });
    expect((await plain.inject({ url: '/api/v1/sessions/oidc' })).statusCode).toBe(404);
    expect((await plain.inject({ url: '/api/v1/login-options' })).json().oidc).toBeNull();
    await plain.close();
  });
});
