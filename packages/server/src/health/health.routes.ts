import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';
import { currentSchemaVersion, latestMigration, watchSchemaChanges } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { API_VERSION, problemResponses, success } from '../http/responses.ts';
import { sendProblem } from '../http/error-handler.ts';
import { keptValue } from '../http/kept-value.ts';
import { HealthSchema } from './health.schema.ts';

export const healthRoutes: FastifyPluginAsyncTypebox<{ handle: DatabaseHandle }> = async (
  app,
  { handle },
) => {
  // the schema version changes only when a migration runs (here or, through NOTIFY, elsewhere)
  const schemaVersion = keptValue(() => currentSchemaVersion(handle.db));
  const unwatch = await watchSchemaChanges(handle, () => schemaVersion.clear());
  app.addHook('onClose', async () => unwatch());

  app.get(
    '/health',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'getHealth',
        tags: ['System'],
        summary: 'Health of the service and its database',
        response: {
          200: success(HealthSchema, 'The service and database are healthy'),
          500: problemResponses[500],
          503: problemResponses[503],
        },
      },
    },
    async (request, reply) => {
      try {
        await sql`select 1`.execute(handle.db);
        return {
          status: 'ok' as const,
          database: {
            kind: handle.kind,
            reachable: true,
            schemaVersion: await schemaVersion.get(),
            latestMigration,
          },
          version: API_VERSION,
        };
      } catch (error) {
        request.log.error({ err: error }, 'health check: database unreachable');
        return sendProblem(reply, request, 503, `The ${handle.kind} database does not answer.`);
      }
    },
  );
};
