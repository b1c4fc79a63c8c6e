import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { ANONYMOUS, decideRouteAccess, isPermission } from '@weegschaal/core';
import type { Principal, RoutePermission } from '@weegschaal/core';
import {
  appendAuditEvent,
  csrfTokenMatches,
  resolveSession,
  userByCalendarToken,
} from '@weegschaal/storage';
import type { ActiveSession, DatabaseHandle } from '@weegschaal/storage';
import { sendProblem } from '../http/error-handler.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** what the route requires; every /api route must say, 'public' included */
    permission?: RoutePermission;
    /** the route writes its own domain events to the audit trail */
    audited?: boolean;
    /** the route may be called without a CSRF token (only logging in) */
    csrfExempt?: boolean;
    /** the route also accepts the personal calendar token (?token=) instead of a cookie */
    calendarFeed?: boolean;
  }
  interface FastifyRequest {
    principal: Principal;
    session: ActiveSession | null;
  }
  interface FastifyInstance {
    /** every route as registered, for the route × role test and for start-up checks */
    registeredRoutes: RegisteredRoute[];
  }
}

export interface RegisteredRoute {
  method: string;
  url: string;
  permission: RoutePermission | null;
}

export const SESSION_COOKIE = 'weegschaal_session';
export const CSRF_HEADER = 'x-csrf-token';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface AccessControlOptions {
  handle: DatabaseHandle;
  apiPrefix: string;
  clock: () => Date;
}

export function principalOf(session: ActiveSession): Principal {
  return {
    userId: session.user.id,
    username: session.user.username,
    role: session.user.role,
    department: session.user.department,
  };
}

async function resolvePrincipal(
  request: FastifyRequest,
  options: AccessControlOptions,
): Promise<void> {
  request.principal = ANONYMOUS;
  request.session = null;
  const token = request.cookies[SESSION_COOKIE];
  if (token) {
    const session = await resolveSession(options.handle.db, token, options.clock());
    if (session) {
      request.session = session;
      request.principal = principalOf(session);
      return;
    }
  }
  const feedToken = (request.query as Record<string, unknown> | undefined)?.['token'];
  if (request.routeOptions.config.calendarFeed && typeof feedToken === 'string') {
    const user = await userByCalendarToken(options.handle.db, feedToken);
    if (user) {
      request.principal = {
        userId: user.id,
        username: user.username,
        role: user.role,
        department: user.department,
      };
    }
  }
}

/**
 * One gate for every route: it resolves who is asking (session cookie, or the personal
 * calendar token on the feed), then applies the permission matrix to what the route
 * declares: anonymous → 401, role without the permission → 403. State-changing requests
 * made with a session must carry the session's CSRF token in the X-CSRF-Token header
 * (synchronizer token: a forged cross-site request cannot read it). Finally, successful
 * writes of routes that do not audit their own domain events are written to the audit
 * trail here, so that every change is in it.
 */
export function registerAccessControl(app: FastifyInstance, options: AccessControlOptions): void {
  app.decorateRequest('principal', null as unknown as Principal);
  app.decorateRequest('session', null);
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);

  app.addHook('onRoute', (route: RouteOptions) => {
    const config = (route.config ?? {}) as { permission?: string };
    // the reference pages of @fastify/swagger-ui are documentation, open like the document
    if (route.url.startsWith(`${options.apiPrefix}/docs`) && config.permission === undefined) {
      route.config = { ...route.config, permission: 'public' };
    }
    const declared = (route.config as { permission?: string } | undefined)?.permission;
    if (declared !== undefined && declared !== 'public' && !isPermission(declared)) {
      throw new Error(`route ${route.url} declares unknown permission '${declared}'`);
    }
    for (const method of [route.method].flat()) {
      routes.push({
        method,
        url: route.url,
        permission: (declared as RoutePermission | undefined) ?? null,
      });
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    await resolvePrincipal(request, options);
    const config = request.routeOptions.config;
    const isApi = request.url.startsWith(`${options.apiPrefix}/`);
    const required = config.permission;
    if (required === undefined) {
      // Routes outside /api (the web app) are public. An /api route that declares nothing
      // is closed (deny by default); the route × role test names every such route.
      if (!isApi || request.routeOptions.url === undefined) return;
      return sendProblem(
        reply,
        request,
        403,
        'This route declares no permission (config.permission), so it is closed to everyone.',
      );
    }
    const decision = decideRouteAccess(request.principal.role, required);
    if (decision.outcome === 'unauthenticated') {
      return sendProblem(reply, request, 401, `Log in first: ${decision.reason}.`);
    }
    if (decision.outcome === 'forbidden') {
      return sendProblem(reply, request, 403, `Not allowed: ${decision.reason}.`);
    }
    if (STATE_CHANGING.has(request.method) && request.session && !config.csrfExempt) {
      const submitted = request.headers[CSRF_HEADER];
      if (
        !csrfTokenMatches(
          request.session.csrfToken,
          typeof submitted === 'string' ? submitted : undefined,
        )
      ) {
        return sendProblem(
          reply,
          request,
          403,
          'The X-CSRF-Token header is missing or does not match this session (GET /api/v1/sessions/current gives it).',
        );
      }
    }
  });

  app.addHook('onResponse', async (request, reply) => {
    const config = request.routeOptions.config;
    if (!STATE_CHANGING.has(request.method) || config.audited || reply.statusCode >= 400) return;
    if (!request.url.startsWith(`${options.apiPrefix}/`) || request.routeOptions.url === undefined)
      return;
    try {
      await appendAuditEvent(
        options.handle.db,
        {
          userId: request.principal.userId,
          username: request.principal.username,
          role: request.principal.role,
        },
        {
          action: `http.${request.method.toLowerCase()}`,
          resourceType: 'route',
          resourceId: request.routeOptions.url,
          details: { url: request.url, params: request.params ?? {}, status: reply.statusCode },
        },
        options.clock(),
      );
    } catch (error) {
      request.log.error({ err: error }, 'could not write the audit event of a change');
    }
  });
}
