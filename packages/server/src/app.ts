import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { DatabaseHandle } from '@weegschaal/storage';
import { registerErrorHandling } from './http/error-handler.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { DEFAULT_RATE_LIMITS, registerRateLimits } from './http/rate-limits.ts';
import type { RateLimits } from './http/rate-limits.ts';
import { InvalidParamSchema, ProblemSchema } from './http/problem.schema.ts';
import { API_VERSION } from './http/responses.ts';
import { healthRoutes } from './health/health.routes.ts';
import { overviewRoutes } from './overview/overview.routes.ts';
import { measureRoutes } from './measures/measure.routes.ts';
import { ficheRoutes } from './fiches/fiche.routes.ts';
import { fundamentalRightRoutes } from './fundamental-rights/fundamental-right.routes.ts';
import { impactLadderRoutes } from './impact-ladder/impact-ladder.routes.ts';
import { effectivenessRoutes } from './effectiveness/effectiveness.routes.ts';
import { bundleRoutes } from './bundles/bundle.routes.ts';
import { measureTimelineRoutes } from './measure-timeline/measure-timeline.routes.ts';
import { measureEventRoutes } from './measure-events/measure-event.routes.ts';
import { defaultSharedDataDir, regionRoutes } from './regions/region.routes.ts';
import { indicatorRoutes } from './indicators/indicator.routes.ts';
import { observationRoutes } from './observations/observation.routes.ts';
import { importRoutes } from './imports/import.routes.ts';
import { dashboardRoutes } from './dashboard/dashboard.routes.ts';
import { registerWebApp } from './web/web-app.ts';
import fastifyCookie from '@fastify/cookie';
import type { LoginPolicy } from '@weegschaal/storage';
import { registerAuthRetention } from './housekeeping/auth-retention.ts';
import { registerAccessControl } from './auth/access-control.ts';
import { sessionRoutes } from './auth/session.routes.ts';
import { userRoutes } from './auth/user.routes.ts';
import { oidcRoutes } from './auth/oidc.routes.ts';
import { createOidcClient } from './auth/oidc.ts';
import type { OidcConfig } from './auth/oidc.ts';
import { calendarRoutes } from './advice/calendar.routes.ts';
import { adviceRequestRoutes } from './advice/advice-request.routes.ts';
import { informationPackageRoutes } from './advice/information-package.routes.ts';
import { advisoryReportRoutes } from './advice/advisory-report.routes.ts';
import { publicationRoutes } from './advice/publication.routes.ts';
import { auditEventRoutes } from './advice/audit-event.routes.ts';
import { frameworkRoutes } from './frameworks/framework.routes.ts';
import { compositeIndexRoutes } from './composite-indices/composite-index.routes.ts';
import {
  committeeRoleRoutes,
  expertRoutes,
  secondmentAgreementRoutes,
  secretariatPositionRoutes,
} from './readiness/organisation.routes.ts';
import { readinessRoutes } from './readiness/readiness.routes.ts';
import { activationRoutes } from './readiness/activation.routes.ts';
import { knowledgeRoutes } from './knowledge/knowledge.routes.ts';
import { dialogueRoutes } from './dialogues/dialogue.routes.ts';
import { alertRoutes } from './alerts/alert.routes.ts';
import { enforcementCapacityRoutes } from './enforcement-capacities/enforcement-capacity.routes.ts';
import { signalRoutes } from './signals/signal.routes.ts';
import { createEarlyWarningQueue } from './alerts/early-warning-queue.ts';
import type { EarlyWarningDetection } from './alerts/early-warning-queue.ts';
import { detectAfterIntake } from './alerts/detect-after-intake.ts';
import { practiceCircleRoutes } from './practice-circles/practice-circle.routes.ts';

export const API_PREFIX = '/api/v1';

export interface ServerOptions {
  handle: DatabaseHandle;
  /** folder with the built web app (index.html); null serves the API only */
  webRoot: string | null;
  /**
   * Fastify's (pino) logger: false for none; `{ level: 'warn' }` logs warnings and errors
   * only (every 5xx with its stack, and no per-request lines), which `serve` uses
   */
  logger?: boolean | { level: string };
  /** the time the server acts at; tests inject one to step over an embargo */
  clock?: () => Date;
  /** mark the session cookie Secure (behind HTTPS); off for http://localhost */
  secureCookies?: boolean;
  loginPolicy?: LoginPolicy;
  /** optional login through an OpenID Connect identity provider */
  oidc?: OidcConfig | null;
  /** ../shared/data, read at run time (the region map); default as the CLI resolves it */
  sharedDataDir?: string;
  /** per-client limits on login and signal intake; false turns them off (load bench) */
  rateLimits?: RateLimits | false;
  /**
   * Fastify's trustProxy: the proxy addresses whose X-Forwarded-For/-Proto are believed
   * (request.ip, request.protocol → HSTS and rate-limit keys); unset trusts no one
   */
  trustProxy?: string[];
  /** the early-warning detection after intake; tests inject a slow or failing one */
  earlyWarningDetection?: EarlyWarningDetection;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // ADR /core/no-trailing-slash: '/x/' is not '/x'
    routerOptions: { ignoreTrailingSlash: false },
    bodyLimit: 1024 * 1024,
    ajv: { customOptions: { allErrors: true, verbose: true } },
    ...(options.trustProxy && options.trustProxy.length > 0
      ? { trustProxy: options.trustProxy }
      : {}),
  }).withTypeProvider<TypeBoxTypeProvider>();

  // ADR /core/version-header, on every response including errors and static files
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('API-Version', API_VERSION);
    return payload;
  });

  registerErrorHandling(app);
  await registerSecurityHeaders(app, { docsPrefix: `${API_PREFIX}/docs` });
  await registerRateLimits(app, {
    apiPrefix: API_PREFIX,
    limits: options.rateLimits ?? DEFAULT_RATE_LIMITS,
  });
  const clock = options.clock ?? (() => new Date());
  // detection after intake runs after the response (decision 0014), one run at a time
  const earlyWarning = createEarlyWarningQueue({
    detect: options.earlyWarningDetection ?? detectAfterIntake(options.handle, clock),
    log: app.log,
  });
  app.decorate('earlyWarning', earlyWarning);
  // onClose comes after in-flight requests completed, so every intake has enqueued by then;
  // draining here keeps shutdown (and a test's app.close()) from losing a detection
  app.addHook('onClose', async () => earlyWarning.close());
  await app.register(fastifyCookie);
  registerAccessControl(app, { handle: options.handle, apiPrefix: API_PREFIX, clock });
  app.addSchema(InvalidParamSchema);
  app.addSchema(ProblemSchema);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Weegschaal API',
        description:
          'API of Weegschaal, the platform for weighing the societal impact of crisis measures. ' +
          'Errors are RFC 9457 problem details; every response carries an API-Version header.',
        version: API_VERSION,
        contact: {
          name: 'Weegschaal maintainers',
          email: 'weegschaal@example.org',
          url: 'https://github.com/weegschaal/weegschaal',
        },
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      servers: [{ url: API_PREFIX, description: 'This server' }],
      tags: [
        { name: 'System', description: 'Health and overview' },
        { name: 'Measures', description: 'Catalogue of measures and stringency levels' },
        { name: 'Accounts', description: 'Log in and out; accounts and roles (admin)' },
        {
          name: 'Calendar',
          description:
            'Decision calendar (BWO, ACC, MCC, press conference, OMT, MIT) and iCalendar feed',
        },
        {
          name: 'Advice',
          description: 'Requests for advice, sealed information packages, advisory reports',
        },
        {
          name: 'Consents',
          description: 'The minister’s recorded consent to share confidential advice',
        },
        {
          name: 'Publications',
          description: 'Publication with embargo and approvals; Woo listing',
        },
        { name: 'Audit', description: 'Hash-chained audit trail and its verification' },
        {
          name: 'Fiches',
          description: 'Versioned factsheets of the societal impact per measure-level',
        },
        {
          name: 'Impact ladder',
          description: 'Measure-levels ranked by societal impact, with its rule',
        },
        {
          name: 'Effectiveness',
          description:
            'OMT scenarios and estimates, sector risk ladder, effectiveness × impact matrix',
        },
        {
          name: 'Bundles',
          description: 'Packages of measure-levels with their own effect and burden',
        },
        {
          name: 'Measure timeline',
          description:
            'The real daily OxCGRT record of measures per country and the stringency index, computed with its working',
        },
        { name: 'Measure events', description: 'Dated Dutch measures and events for annotation' },
        {
          name: 'Regions',
          description: 'CBS regions, hierarchy, population, GROS/krimp flags and the map',
        },
        {
          name: 'Indicators',
          description: 'Catalogue of societal and epidemic indicators with signal values',
        },
        {
          name: 'Observations',
          description: 'Values per indicator, region and period, with revisions',
        },
        {
          name: 'Imports',
          description: 'Import batches of observations: validation, dry run, rollback',
        },
        {
          name: 'Dashboard',
          description: 'The state of society and of the epidemic, per theme, with signal states',
        },
        {
          name: 'Frameworks',
          description:
            'Weighing frameworks: criteria grounded in rights, value judgements, weights, OMT and MIT rankings side by side, SMAA and rationale',
        },
        {
          name: 'Readiness',
          description:
            'The dormant organisation: committee roles, secondments, expert pool, readiness checklist, activation and drills',
        },
        {
          name: 'Alerts',
          description:
            'Early warning: EARS and Farrington alarms on signal counts and indicator series, decisions, daily digest',
        },
        {
          name: 'Enforcement capacity',
          description:
            'Register of potentially available enforcement and supervision capacity per region',
        },
        {
          name: 'Practice circles',
          description: 'The MIT practice circles and other signal sources, with their reporters',
        },
        {
          name: 'Signals',
          description:
            'Signals from practice: privacy-scrubbed intake, triage workflow, clusters, weekly counts',
        },
      ],
    },
  });

  await app.register(
    async (api) => {
      await api.register(healthRoutes, { handle: options.handle });
      await api.register(overviewRoutes, { handle: options.handle });
      await api.register(measureRoutes, { handle: options.handle });
      await api.register(ficheRoutes, { handle: options.handle });
      await api.register(fundamentalRightRoutes);
      await api.register(impactLadderRoutes, { handle: options.handle });
      await api.register(effectivenessRoutes, { handle: options.handle });
      await api.register(bundleRoutes, { handle: options.handle });
      await api.register(measureTimelineRoutes, { handle: options.handle });
      await api.register(measureEventRoutes, { handle: options.handle });
      await api.register(regionRoutes, {
        handle: options.handle,
        sharedDataDir: options.sharedDataDir ?? defaultSharedDataDir(),
      });
      await api.register(indicatorRoutes, { handle: options.handle });
      await api.register(observationRoutes, { handle: options.handle });
      await api.register(importRoutes, { handle: options.handle });
      await api.register(dashboardRoutes, { handle: options.handle, clock });
      await api.register(sessionRoutes, {
        handle: options.handle,
        clock,
        secureCookies: options.secureCookies ?? false,
        loginPolicy: options.loginPolicy,
      });
      await api.register(userRoutes, { handle: options.handle, clock });
      await api.register(oidcRoutes, {
        handle: options.handle,
        clock,
        secureCookies: options.secureCookies ?? false,
        oidc: options.oidc ? createOidcClient(options.oidc) : null,
      });
      await api.register(calendarRoutes, { handle: options.handle, clock });
      await api.register(adviceRequestRoutes, { handle: options.handle, clock });
      await api.register(informationPackageRoutes, { handle: options.handle, clock });
      await api.register(advisoryReportRoutes, { handle: options.handle, clock });
      await api.register(publicationRoutes, { handle: options.handle, clock });
      await api.register(auditEventRoutes, { handle: options.handle });
      await api.register(frameworkRoutes, { handle: options.handle, clock });
      await api.register(compositeIndexRoutes, { handle: options.handle });
      await api.register(dialogueRoutes, { handle: options.handle });
      await api.register(alertRoutes, { handle: options.handle, clock });
      await api.register(enforcementCapacityRoutes, { handle: options.handle, clock });
      await api.register(practiceCircleRoutes, { handle: options.handle });
      await api.register(signalRoutes, { handle: options.handle, clock, earlyWarning });
      await api.register(committeeRoleRoutes, { handle: options.handle });
      await api.register(secondmentAgreementRoutes, { handle: options.handle });
      await api.register(secretariatPositionRoutes, { handle: options.handle });
      await api.register(expertRoutes, { handle: options.handle, clock });
      await api.register(readinessRoutes, { handle: options.handle, clock });
      await api.register(activationRoutes, { handle: options.handle, clock });
      await api.register(knowledgeRoutes, { handle: options.handle, clock });
      api.get('/openapi.json', { schema: { hide: true }, config: { permission: 'public' } }, () =>
        app.swagger(),
      );
    },
    { prefix: API_PREFIX },
  );

  await app.register(fastifySwaggerUi, {
    routePrefix: `${API_PREFIX}/docs`,
    uiConfig: { url: `${API_PREFIX}/openapi.json`, docExpansion: 'list' },
  });

  await registerWebApp(app, options.webRoot);
  registerAuthRetention(app, options.handle, clock);
  return app;
}
