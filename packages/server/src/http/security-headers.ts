import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance, RouteOptions } from 'fastify';

/**
 * The Content-Security-Policy of the web app and the API. Scripts come only from our own
 * origin: the Vite build emits module scripts as files and no inline script, so neither
 * 'unsafe-inline' nor nonces are needed. Styles likewise: React's `style` props and
 * ECharts' canvas containers and tooltips are styled through the CSSOM (element.style),
 * which CSP does not govern. Two things are blocked on purpose, and harmlessly (checked in
 * Chromium by packages/web/e2e/content-security-policy.e2e.test.ts):
 * - the NL Design System React bundle injects a <style> copy of
 *   @rijkshuisstijl-community/components-css, byte for byte the stylesheet the app already
 *   links from its own origin;
 * - @stdlib probes for generator support with eval() inside try/catch and takes its
 *   non-generator path when refused.
 * 'report-sample' puts the first characters of a blocked script or style into the
 * violation report, so that test can tell these two from a real breach.
 */
export const APP_CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", "'report-sample'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'report-sample'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
} as const;

/**
 * The Swagger UI reference page (/api/v1/docs) runs swagger-ui's own bundle, which writes
 * <style> elements at run time. It gets a policy of its own, scoped to its routes: scripts
 * stay 'self'-only, only style-src is relaxed. The page shows only the public OpenAPI
 * document, so inline styles there put nothing confidential at risk.
 */
export const DOCS_CSP_DIRECTIVES = {
  ...APP_CSP_DIRECTIVES,
  styleSrc: ["'self'", "'unsafe-inline'"],
} as const;

const HSTS = 'max-age=31536000; includeSubDomains';

export interface SecurityHeaderOptions {
  /** routes under this prefix (Swagger UI) get DOCS_CSP_DIRECTIVES */
  docsPrefix: string;
}

/**
 * Security headers on every response (API, static web app, errors). HSTS is sent only when
 * the request itself came over TLS: `request.protocol` is 'https' when the socket is TLS, or
 * when a proxy that Fastify trusts (the `trustProxy` server option, WEEGSCHAAL_TRUST_PROXY)
 * says so in X-Forwarded-Proto. From an untrusted client that header is ignored, so a
 * plain-http deployment never pins itself to https by a forged header.
 */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  options: SecurityHeaderOptions,
): Promise<void> {
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.url.startsWith(options.docsPrefix)) return;
    route.config = {
      ...route.config,
      helmet: { contentSecurityPolicy: { useDefaults: false, directives: DOCS_CSP_DIRECTIVES } },
    } as RouteOptions['config'];
  });
  await app.register(fastifyHelmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: APP_CSP_DIRECTIVES },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // HSTS depends on the request (see above); helmet would send it on plain http too
    strictTransportSecurity: false,
    // the API is read cross-origin by nobody; a same-origin web app needs nothing looser
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.protocol === 'https') reply.header('Strict-Transport-Security', HSTS);
    return payload;
  });
}
