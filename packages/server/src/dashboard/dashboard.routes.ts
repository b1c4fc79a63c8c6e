import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { NATIONAL_REGION_CODE, buildDashboard } from '@weegschaal/core';
import { getRegion, listIndicators, recentSeriesForRegion } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { DashboardSchema } from './dashboard.schema.ts';

export const dashboardRoutes: FastifyPluginAsyncTypebox<{
  handle: DatabaseHandle;
  clock?: () => Date;
}> = async (app, { handle, clock }) => {
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
    async (request) => {
      const q = request.query;
      const region = await getRegion(handle.db, q.region ?? NATIONAL_REGION_CODE);
      const asOf = q.asOf ?? (clock ?? (() => new Date()))().toISOString().slice(0, 10);
      const length = q.sparklineLength ?? 12;
      const series = await recentSeriesForRegion(handle.db, region.code, asOf, length);
      return buildDashboard({
        indicators: await listIndicators(handle.db),
        series,
        region: { code: region.code, name: region.displayName ?? region.name },
        asOf,
        sparklineLength: length,
      });
    },
  );
};
