import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { NATIONAL_REGION_CODE, amsterdamDate, buildDashboard, notFound } from '@weegschaal/core';
import { dashboardData, watchObservationChanges } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { DashboardSchema } from './dashboard.schema.ts';
import { acceptsGzip, dashboardCache } from './dashboard-cache.ts';

export const dashboardRoutes: FastifyPluginAsyncTypebox<{
  handle: DatabaseHandle;
  clock?: () => Date;
}> = async (app, { handle, clock }) => {
  // pages are kept as sent until an import batch commits or is rolled back (dashboard-cache.ts)
  const cache = dashboardCache();
  const unwatch = await watchObservationChanges(handle, () => cache.clear());
  app.addHook('onClose', async () => unwatch());

  app.get(
    '/dashboard',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'getDashboard',
        tags: ['Dashboard'],
        summary:
          'The start page: per theme, tiles with latest value, change, signal status, freshness and source',
        querystring: Type.Object({
          region: Type.Optional(
            Type.String({ pattern: '^[A-Z]{2}[0-9]{2,8}$', default: NATIONAL_REGION_CODE }),
          ),
          asOf: Type.Optional(
            Type.String({
              format: 'date',
              description: 'the day freshness is measured against (default today)',
            }),
          ),
          sparklineLength: Type.Optional(Type.Integer({ minimum: 2, maximum: 104, default: 12 })),
        }),
        response: {
          200: success(DashboardSchema, 'The dashboard'),
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const code = q.region ?? NATIONAL_REGION_CODE;
      const asOf = q.asOf ?? amsterdamDate((clock ?? (() => new Date()))());
      const length = q.sparklineLength ?? 12;
      const page = await cache.get(`${code}|${asOf}|${length}`, async () => {
        // one round trip: region, catalogue and every indicator's newest points
        const data = await dashboardData(handle.db, code, asOf, length);
        if (!data.region) throw notFound('Region', code);
        const dashboard = buildDashboard({
          indicators: data.indicators,
          series: data.series,
          region: data.region,
          asOf,
          sparklineLength: length,
        });
        // JSON.stringify, at less than half the time of the schema's serializer on a 170 kB
        // page: the engine's types are the schema (the route test checks pages against it)
        return JSON.stringify(dashboard);
      });
      reply.type('application/json; charset=utf-8').header('Vary', 'Accept-Encoding');
      // gzipped to a client that takes it (a browser does), once per page while it is cached
      if (acceptsGzip(request.headers['accept-encoding'])) {
        return reply.header('Content-Encoding', 'gzip').send(page.gzip());
      }
      return reply.send(page.json);
    },
  );
};
