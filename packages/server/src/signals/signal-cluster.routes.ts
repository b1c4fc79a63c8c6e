import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { getSignalCluster, listSignalClusters } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { SignalClusterDetailSchema, SignalClusterListSchema } from './signal.schema.ts';

const TAGS = ['Signals'];

export const signalClusterRoutes: FastifyPluginAsyncTypebox<{ handle: DatabaseHandle }> = async (
  app,
  { handle },
) => {
  app.get(
    '/signal-clusters',
    {
      config: { permission: 'signal-clusters:read' },
      schema: {
        operationId: 'listSignalClusters',
        tags: TAGS,
        summary: 'Groups of near-duplicate signals (same gemeente, close in time, similar text)',
        querystring: Type.Object({
          gemeente: Type.Optional(Type.String({ pattern: '^GM\\d{4}$' })),
          domain: Type.Optional(Type.String({ maxLength: 64 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 2000, default: 500 })),
        }),
        response: {
          200: success(SignalClusterListSchema, 'The clusters, most recent first'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          500: problemResponses[500],
        },
      },
    },
    async (request) => ({ items: await listSignalClusters(handle.db, request.query) }),
  );

  app.get(
    '/signal-clusters/:id',
    {
      config: { permission: 'signal-clusters:read' },
      schema: {
        operationId: 'getSignalCluster',
        tags: TAGS,
        summary: 'One cluster with its signals',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: {
          200: success(SignalClusterDetailSchema, 'The cluster'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    (request) => getSignalCluster(handle.db, request.params.id),
  );
};
