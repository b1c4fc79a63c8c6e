import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  countObservations,
  currentSchemaVersion,
  getOverview,
  watchObservationChanges,
  watchSchemaChanges,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { keptValue } from '../http/kept-value.ts';
import { OverviewSchema } from './overview.schema.ts';

export const overviewRoutes: FastifyPluginAsyncTypebox<{ handle: DatabaseHandle }> = async (
  app,
  { handle },
) => {
  // count(*) over every observation is kept until an import batch commits or is rolled back
  // and the schema version (the migrator lists every migration) until a migration runs
  const observations = keptValue(() => countObservations(handle.db));
  const schemaVersion = keptValue(() => currentSchemaVersion(handle.db));
  const unwatch = [
    await watchObservationChanges(handle, () => observations.clear()),
    await watchSchemaChanges(handle, () => schemaVersion.clear()),
  ];
  app.addHook('onClose', async () => {
    for (const stop of unwatch) await stop();
  });

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
    () =>
      getOverview(handle.db, handle.kind, {
        observations: observations.get,
        schemaVersion: schemaVersion.get,
      }),
  );
};
