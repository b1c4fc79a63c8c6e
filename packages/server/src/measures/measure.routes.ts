import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IMPACT_GROUPS, MEASURE_CATEGORIES, MEASURE_CLUSTERS, SECTORS } from '@weegschaal/core';
import { getMeasure, listMeasures } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { MeasureListSchema, MeasureSchema } from './measure.schema.ts';

export const measureRoutes: FastifyPluginAsyncTypebox<{ handle: DatabaseHandle }> = async (
  app,
  { handle },
) => {
  app.get(
    '/measures',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'listMeasures',
        tags: ['Measures'],
        summary: 'The catalogue of measures with their stringency levels',
        querystring: Type.Object({
          category: Type.Optional(Type.Enum(MEASURE_CATEGORIES)),
          cluster: Type.Optional(Type.Enum(MEASURE_CLUSTERS)),
          sector: Type.Optional(Type.Enum(SECTORS, { description: 'Only measures touching it' })),
          group: Type.Optional(
            Type.Enum(IMPACT_GROUPS, { description: 'Only measures touching it' }),
          ),
        }),
        response: {
          200: success(MeasureListSchema, 'The measures'),
          400: problemResponses[400],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const all = await listMeasures(handle.db);
      const { category, cluster, sector, group } = request.query;
      const items = all.filter(
        (m) =>
          (!category || m.category === category) &&
          (!cluster || m.cluster === cluster) &&
          (!sector || m.sectors.includes(sector)) &&
          (!group || m.groups.includes(group)),
      );
      return { demo: items.some((m) => m.demo), items };
    },
  );

  app.get(
    '/measures/:code',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'getMeasure',
        tags: ['Measures'],
        summary: 'One measure with its stringency levels',
        params: Type.Object({ code: Type.String({ pattern: '^[a-z0-9-]+$', maxLength: 64 }) }),
        response: {
          200: success(MeasureSchema, 'The measure'),
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    (request) => getMeasure(handle.db, request.params.code),
  );
};
