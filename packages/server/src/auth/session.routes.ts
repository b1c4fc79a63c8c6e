import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { permissionsOf } from '@weegschaal/core';
import type { UserAccount } from '@weegschaal/core';
import { appendAuditEvent, deleteSession, login } from '@weegschaal/storage';
import type { DatabaseHandle, LoginPolicy } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { sendProblem } from '../http/error-handler.ts';
import { SESSION_COOKIE } from './access-control.ts';
import { LoginSchema, SessionSchema } from './session.schema.ts';

export interface SessionRouteOptions {
  handle: DatabaseHandle;
  clock: () => Date;
  secureCookies: boolean;
  loginPolicy: LoginPolicy | undefined;
}

const sessionBody = (user: UserAccount, csrfToken: string, expiresAt: string) => ({
  user,
  csrfToken,
  expiresAt,
  permissions: permissionsOf(user.role),
});

export const sessionRoutes: FastifyPluginAsyncTypebox<SessionRouteOptions> = async (
  app,
  { handle, clock, secureCookies, loginPolicy },
) => {
  app.post(
    '/sessions',
    {
      config: { permission: 'public', csrfExempt: true, audited: true },
      schema: {
        operationId: 'createSession',
        tags: ['Accounts'],
        summary: 'Log in: sets an HttpOnly SameSite=Strict session cookie',
        body: LoginSchema,
        response: {
          201: success(SessionSchema, 'Logged in'),
          400: problemResponses[400],
          401: problemResponses[401],
          429: problemResponses[429],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const now = clock();
      const result = await handle.db.transaction().execute(async (trx) => {
        const r = await login(
          trx,
          { ...request.body, clientAddress: request.ip },
          now,
          loginPolicy,
        );
        if (r.outcome === 'ok') {
          await appendAuditEvent(
            trx,
            { userId: r.user.id, username: r.user.username, role: r.user.role },
            { action: 'session.created', resourceType: 'user', resourceId: r.user.id, details: {} },
            now,
          );
        }
        return r;
      });
      switch (result.outcome) {
        case 'ok':
          reply.setCookie(SESSION_COOKIE, result.session.token, {
            httpOnly: true,
            sameSite: 'strict',
            secure: secureCookies,
            path: '/',
            expires: new Date(result.session.expiresAt),
          });
          return reply
            .code(201)
            .send(sessionBody(result.user, result.session.csrfToken, result.session.expiresAt));
        case 'invalid-credentials':
          return sendProblem(reply, request, 401, 'The username or password is wrong.');
        case 'locked':
          reply.header('Retry-After', String(result.retryAfterSeconds));
          return sendProblem(
            reply,
            request,
            429,
            `This account is locked after repeated failed logins; try again in ${Math.ceil(result.retryAfterSeconds / 60)} minutes.`,
          );
        case 'throttled':
          reply.header('Retry-After', String(result.retryAfterSeconds));
          return sendProblem(
            reply,
            request,
            429,
            'Too many failed logins from your address; try again later.',
          );
        default: {
          const unreachable: never = result;
          throw new Error(`unknown login outcome ${JSON.stringify(unreachable)}`);
        }
      }
    },
  );

  app.get(
    '/sessions/current',
    {
      config: { permission: 'sessions:read' },
      schema: {
        operationId: 'getCurrentSession',
        tags: ['Accounts'],
        summary: 'Who is logged in, with the CSRF token and the permissions of the role',
        response: {
          200: success(SessionSchema, 'The current session'),
          401: problemResponses[401],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const session = request.session;
      if (!session) return sendProblem(reply, request, 401, 'There is no session.');
      return sessionBody(session.user, session.csrfToken, session.expiresAt);
    },
  );

  app.delete(
    '/sessions/current',
    {
      config: { permission: 'sessions:delete', audited: true },
      schema: {
        operationId: 'deleteCurrentSession',
        tags: ['Accounts'],
        summary: 'Log out: ends the session on the server and clears the cookie',
        response: {
          204: success(Type.Null(), 'Logged out'),
          400: problemResponses[400],
          401: problemResponses[401],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) {
        await handle.db.transaction().execute(async (trx) => {
          await deleteSession(trx, token);
          await appendAuditEvent(
            trx,
            {
              userId: request.principal.userId,
              username: request.principal.username,
              role: request.principal.role,
            },
            {
              action: 'session.deleted',
              resourceType: 'user',
              resourceId: request.principal.userId,
              details: {},
            },
            clock(),
          );
        });
      }
      reply.clearCookie(SESSION_COOKIE, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: secureCookies,
      });
      return reply.code(204).send(null);
    },
  );
};
