import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { notFound } from '@weegschaal/core';
import { loginWithOidcIdentity, saveOidcState, takeOidcState } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { SESSION_COOKIE } from './access-control.ts';
import { newOidcChecks } from './oidc.ts';
import type { OidcClient } from './oidc.ts';

export interface OidcRouteOptions {
  handle: DatabaseHandle;
  clock: () => Date;
  secureCookies: boolean;
  oidc: OidcClient | null;
}

// the provider sends the browser back with a top-level cross-site GET: Lax, not Strict
const STATE_COOKIE = 'weegschaal_oidc_state';

const redirect = (description: string) =>
  success(Type.Unsafe<never>({ headers: { Location: { type: 'string' } } }), description);

export const oidcRoutes: FastifyPluginAsyncTypebox<OidcRouteOptions> = async (
  app,
  { handle, clock, secureCookies, oidc },
) => {
  app.get(
    '/login-options',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'getLoginOptions',
        tags: ['Accounts'],
        summary: 'How one can log in here: password, and an identity provider when configured',
        response: {
          200: success(
            Type.Object({
              password: Type.Boolean(),
              oidc: Type.Union([
                Type.Object({ label: Type.String(), startUrl: Type.String() }),
                Type.Null(),
              ]),
            }),
            'The login options',
          ),
          500: problemResponses[500],
        },
      },
    },
    () => ({
      password: true,
      oidc: oidc ? { label: oidc.config.label, startUrl: '/api/v1/sessions/oidc' } : null,
    }),
  );

  app.get(
    '/sessions/oidc',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'startOidcLogin',
        tags: ['Accounts'],
        summary: 'Start a login at the identity provider (redirect)',
        response: {
          302: redirect('To the identity provider'),
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      if (!oidc) throw notFound('Login method', 'oidc');
      const checks = newOidcChecks();
      await saveOidcState(handle.db, checks, clock());
      reply.setCookie(STATE_COOKIE, checks.state, {
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies,
        path: '/api/v1/sessions/oidc',
        maxAge: 600,
      });
      return reply.redirect(await oidc.authorizationUrl(checks), 302);
    },
  );

  app.get(
    '/sessions/oidc/callback',
    {
      config: { permission: 'public', audited: true },
      schema: {
        operationId: 'finishOidcLogin',
        tags: ['Accounts'],
        summary:
          'Where the identity provider sends the browser back; logs in and redirects to the app',
        querystring: Type.Object({
          code: Type.Optional(Type.String({ maxLength: 2000 })),
          state: Type.Optional(Type.String({ maxLength: 500 })),
          error: Type.Optional(Type.String({ maxLength: 200 })),
        }),
        response: {
          302: redirect('To the app (logged in) or back to the login page with an error'),
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      if (!oidc) throw notFound('Login method', 'oidc');
      const failed = (reason: string) => {
        request.log.warn({ reason }, 'OIDC login failed');
        return reply.redirect(`/login?error=${encodeURIComponent(reason)}`, 302);
      };
      const state = request.query.state ?? '';
      reply.clearCookie(STATE_COOKIE, { path: '/api/v1/sessions/oidc' });
      // the state must come back both in the URL and in this browser's cookie
      if (!state || request.cookies[STATE_COOKIE] !== state) return failed('oidc-state');
      const now = clock();
      const checks = await takeOidcState(handle.db, state, now);
      if (!checks || request.query.error)
        return failed(request.query.error ? 'oidc-refused' : 'oidc-state');
      let identity: { username: string; issuer: string; subject: string };
      try {
        const callbackUrl = new URL(oidc.config.redirectUri);
        callbackUrl.search = new URL(request.url, 'http://callback.invalid').search;
        identity = await oidc.identity(callbackUrl, { ...checks, state });
      } catch (error) {
        request.log.warn({ err: error }, 'OIDC token exchange or validation failed');
        return failed('oidc-invalid');
      }
      const result = await handle.db
        .transaction()
        .execute((trx) => loginWithOidcIdentity(trx, identity, now));
      if (!result) return failed('oidc-unknown-account');
      reply.setCookie(SESSION_COOKIE, result.session.token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: secureCookies,
        path: '/',
        expires: new Date(result.session.expiresAt),
      });
      return reply.redirect('/advice', 302);
    },
  );
};
