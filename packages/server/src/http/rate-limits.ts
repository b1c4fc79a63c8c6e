import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';

/** At most `max` requests per `windowMs` per client; see RATE_LIMITED_ROUTES for the key. */
export interface RateLimit {
  max: number;
  windowMs: number;
}

export interface RateLimits {
  /** POST /sessions, per client address */
  login: RateLimit;
  /** POST /signals, per account when logged in, else per client address */
  intake: RateLimit;
}

/**
 * Login: every attempt costs an argon2 verification (tens of milliseconds of CPU), so a
 * flood of logins is a denial of service before it is a guessing attack. 20 a minute per
 * address lets a shared office NAT have many people log in at once; guessing is further
 * capped by the database throttle (20 failures per 15 minutes per address, 5 per account).
 * Intake: a field worker sends a signal every few minutes at most; 60 a minute per account
 * (or address) stops a runaway client or script without getting in a person's way.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  login: { max: 20, windowMs: 60_000 },
  intake: { max: 60, windowMs: 60_000 },
};

type Limited = keyof RateLimits;

/** Which route gets which limit: one table, so the policy is in one place. */
const RATE_LIMITED_ROUTES: ReadonlyArray<{ method: string; path: string; limit: Limited }> = [
  { method: 'POST', path: '/sessions', limit: 'login' },
  { method: 'POST', path: '/signals', limit: 'intake' },
];

const keyOf = (limit: Limited, request: FastifyRequest): string => {
  switch (limit) {
    case 'login':
      return `login:${request.ip}`;
    case 'intake': {
      // the access-control hook (app-level onRequest) has run: the principal is known
      const userId = request.principal?.userId;
      return userId ? `intake:user:${userId}` : `intake:ip:${request.ip}`;
    }
    default: {
      const never: never = limit;
      return never;
    }
  }
};

class TooManyRequests extends Error {
  readonly statusCode = 429;
}

/**
 * Per-client rate limits in server memory, on top of the login throttle kept in the
 * database: this one is cheap and stops floods before they reach the database; that one
 * survives restarts and holds across several server processes. `false` turns the limits
 * off (the load bench, which drives intake from one address on purpose).
 */
export async function registerRateLimits(
  app: FastifyInstance,
  options: { apiPrefix: string; limits: RateLimits | false },
): Promise<void> {
  const { limits } = options;
  if (limits === false) return;
  // this onRoute hook runs before the plugin's own (registered below), so it sees the config
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = [route.method].flat();
    const entry = RATE_LIMITED_ROUTES.find(
      (r) => methods.includes(r.method) && route.url === `${options.apiPrefix}${r.path}`,
    );
    if (!entry) return;
    const limit = limits[entry.limit];
    route.config = {
      ...route.config,
      rateLimit: {
        max: limit.max,
        timeWindow: limit.windowMs,
        keyGenerator: (request: FastifyRequest) => keyOf(entry.limit, request),
      },
    } as RouteOptions['config'];
  });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new TooManyRequests(
        `Too many requests: at most ${context.max} in a short time from one client; try again in ${context.after}.`,
      ),
  });
}
