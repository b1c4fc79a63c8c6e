import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getOverview } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { OverviewSchema } from './overview.schema.ts';

export const overviewRoutes: FastifyPluginAsyncTypebox<{ handle: DatabaseHandle }> = async (
  app,
  { handle },
) => {
  app.get(
    '/overview',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'getOverview',
        tags: ['System'],
        summary: 'Summary of what is in the database, per product area',
        response: {
          200: success(OverviewSchema, 'The summary'),
          500: problemResponses[500],
        },
      },
    },
    () => getOverview(handle.db, handle.kind),
  );
};
