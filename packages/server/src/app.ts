import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { DatabaseHandle } from '@weegschaal/storage';
import { registerErrorHandling } from './http/error-handler.ts';
import { InvalidParamSchema, ProblemSchema } from './http/problem.schema.ts';
import { API_VERSION } from './http/responses.ts';
import { healthRoutes } from './health/health.routes.ts';
import { overviewRoutes } from './overview/overview.routes.ts';
import { measureRoutes } from './measures/measure.routes.ts';
import { registerWebApp } from './web/web-app.ts';

export const API_PREFIX = '/api/v1';

export interface ServerOptions {
  handle: DatabaseHandle;
  /** folder with the built web app (index.html); null serves the API only */
  webRoot: string | null;
  logger?: boolean;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // ADR /core/no-trailing-slash: '/x/' is not '/x'
    routerOptions: { ignoreTrailingSlash: false },
    bodyLimit: 1024 * 1024,
    ajv: { customOptions: { allErrors: true, verbose: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // ADR /core/version-header, on every response including errors and static files
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('API-Version', API_VERSION);
    return payload;
  });

  registerErrorHandling(app);
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
      ],
    },
  });

  await app.register(
    async (api) => {
      await api.register(healthRoutes, { handle: options.handle });
      await api.register(overviewRoutes, { handle: options.handle });
      await api.register(measureRoutes, { handle: options.handle });
      api.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
    },
    { prefix: API_PREFIX },
  );

  await app.register(fastifySwaggerUi, {
    routePrefix: `${API_PREFIX}/docs`,
    uiConfig: { url: `${API_PREFIX}/openapi.json`, docExpansion: 'list' },
  });

  await registerWebApp(app, options.webRoot);
  return app;
}
