import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { PERIOD_TYPES, invalidInput } from '@weegschaal/core';
import { listObservations } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { ObservationListSchema } from './observation.schema.ts';

const REGION = '^[A-Z]{2}[0-9]{2,8}$';

export const observationRoutes: FastifyPluginAsyncTypebox<{ handle: DatabaseHandle }> = async (
  app,
  { handle },
) => {
  app.get(
    '/observations',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'listObservations',
        tags: ['Observations'],
        summary:
          'Observations per indicator, region and period; the latest revision unless asked for the history',
        querystring: Type.Object({
          indicator: Type.Optional(Type.String({ pattern: '^[a-z0-9-]+$' })),
          region: Type.Optional(Type.String({ pattern: REGION })),
          regionParent: Type.Optional(
            Type.String({
              pattern: REGION,
              description: 'regions inside this one, e.g. the gemeenten of VR13',
            }),
          ),
          periodType: Type.Optional(Type.Enum(PERIOD_TYPES)),
          from: Type.Optional(
            Type.String({ format: 'date', description: 'periods ending on or after this day' }),
          ),
          to: Type.Optional(
            Type.String({ format: 'date', description: 'periods starting on or before this day' }),
          ),
          breakdown: Type.Optional(
            Type.String({ maxLength: 64, description: "'' (default) is the whole population" }),
          ),
          includeRevisions: Type.Optional(
            Type.Boolean({
              description: 'every stored revision, newest first per key (default false)',
            }),
          ),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 10_000 })),
        }),
        response: {
          200: success(ObservationListSchema, 'The observations in key order'),
          400: problemResponses[400],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const q = request.query;
      if (!q.indicator && !q.region && !q.regionParent) {
        throw invalidInput('Give at least an indicator, a region or a regionParent.', [
          { name: 'query.indicator', reason: 'indicator, region or regionParent is required' },
        ]);
      }
      if (q.from && q.to && q.from > q.to) {
        throw invalidInput('The period range ends before it starts.', [
          { name: 'query.to', reason: `is before from (${q.from})`, value: q.to },
        ]);
      }
      const limit = q.limit ?? 10_000;
      const items = await listObservations(handle.db, {
        ...(q.indicator ? { indicator: q.indicator } : {}),
        ...(q.region ? { region: q.region } : {}),
        ...(q.regionParent ? { regionParent: q.regionParent } : {}),
        ...(q.periodType ? { periodType: q.periodType } : {}),
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
        breakdown: q.breakdown ?? '',
        includeRevisions: q.includeRevisions ?? false,
        limit: limit + 1,
      });
      const truncated = items.length > limit;
      const page = truncated ? items.slice(0, limit) : items;
      return { demo: page.some((o) => o.demo), count: page.length, truncated, items: page };
    },
  );
};
