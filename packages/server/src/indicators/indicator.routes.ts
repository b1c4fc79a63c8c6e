import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { INDICATOR_THEMES } from '@weegschaal/core';
import { getIndicator, listIndicators } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { IndicatorListSchema, IndicatorSchema } from './indicator.schema.ts';

export const indicatorRoutes: FastifyPluginAsyncTypebox<{ handle: DatabaseHandle }> = async (
  app,
  { handle },
) => {
  app.get(
    '/indicators',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'listIndicators',
        tags: ['Indicators'],
        summary:
          'The indicator catalogue: definitions, units, sources, aggregation and signal values',
        querystring: Type.Object({ theme: Type.Optional(Type.Enum(INDICATOR_THEMES)) }),
        response: {
          200: success(IndicatorListSchema, 'The indicators, by theme'),
          400: problemResponses[400],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const items = await listIndicators(
        handle.db,
        request.query.theme ? { theme: request.query.theme } : {},
      );
      return { demo: items.some((i) => i.demoSeries || i.signal?.demo === true), items };
    },
  );

  app.get(
    '/indicators/:code',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'getIndicator',
        tags: ['Indicators'],
        summary: 'One indicator of the catalogue',
        params: Type.Object({ code: Type.String({ pattern: '^[a-z0-9-]+$', maxLength: 64 }) }),
        response: {
          200: success(IndicatorSchema, 'The indicator'),
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    (request) => getIndicator(handle.db, request.params.code),
  );
};
