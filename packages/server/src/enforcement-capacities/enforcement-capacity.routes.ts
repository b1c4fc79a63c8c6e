import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Static } from 'typebox';
import { amsterdamDate, isReviewStale } from '@weegschaal/core';
import type { EnforcementCapacity, EnforcementCapacityInput } from '@weegschaal/core';
import {
  createEnforcementCapacity,
  deleteEnforcementCapacity,
  getEnforcementCapacity,
  listEnforcementCapacities,
  updateEnforcementCapacity,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { bodyUnless, inRequestContext } from '../http/invalid-params.ts';
import {
  EnforcementCapacityIdParams,
  EnforcementCapacityInputSchema,
  EnforcementCapacityListSchema,
  EnforcementCapacityQuerySchema,
  EnforcementCapacitySchema,
} from './enforcement-capacity.schema.ts';

const toInput = (
  body: Static<typeof EnforcementCapacityInputSchema>,
): EnforcementCapacityInput => ({
  ...body,
  // entries made through the API are real: only the demo loader makes demo entries
  demo: false,
});

/** The register of potentially available enforcement and supervision capacity (seed 002). */
export const enforcementCapacityRoutes: FastifyPluginAsyncTypebox<{
  handle: DatabaseHandle;
  clock: () => Date;
}> = async (app, { handle, clock }) => {
  const read = { permission: 'enforcement-capacities:read' as const };
  const write = { permission: 'enforcement-capacities:write' as const };
  const guarded = {
    400: problemResponses[400],
    401: problemResponses[401],
    403: problemResponses[403],
    500: problemResponses[500],
  };
  const withStale = (c: EnforcementCapacity) => ({
    ...c,
    stale: isReviewStale(c.reviewDate, amsterdamDate(clock())),
  });

  app.get(
    '/enforcement-capacities',
    {
      config: read,
      schema: {
        operationId: 'listEnforcementCapacities',
        tags: ['Enforcement capacity'],
        summary: 'The register of potentially available enforcement and supervision capacity',
        querystring: EnforcementCapacityQuerySchema,
        response: {
          200: success(EnforcementCapacityListSchema, 'The entries by region and kind'),
          ...guarded,
        },
      },
    },
    async (request) => {
      const today = amsterdamDate(clock());
      const items = (
        await listEnforcementCapacities(handle.db, {
          ...(request.query.region ? { regionCode: request.query.region } : {}),
          ...(request.query.kind ? { kind: request.query.kind } : {}),
          ...(request.query.stale ? { staleOn: today } : {}),
        })
      ).map(withStale);
      return { demo: items.some((c) => c.demo), stale: items.filter((c) => c.stale).length, items };
    },
  );

  app.post(
    '/enforcement-capacities',
    {
      config: write,
      schema: {
        operationId: 'createEnforcementCapacity',
        tags: ['Enforcement capacity'],
        summary: 'Register capacity for a veiligheidsregio or gemeente',
        body: EnforcementCapacityInputSchema,
        response: { 201: success(EnforcementCapacitySchema, 'The new entry'), ...guarded },
      },
    },
    async (request, reply) => {
      const created = await inRequestContext(
        handle.db
          .transaction()
          .execute((trx) => createEnforcementCapacity(trx, toInput(request.body))),
        () => 'body',
      );
      return reply.code(201).send(withStale(created));
    },
  );

  app.get(
    '/enforcement-capacities/:enforcementCapacityId',
    {
      config: read,
      schema: {
        operationId: 'getEnforcementCapacity',
        tags: ['Enforcement capacity'],
        summary: 'One entry of the register',
        params: EnforcementCapacityIdParams,
        response: {
          200: success(EnforcementCapacitySchema, 'The entry'),
          ...guarded,
          404: problemResponses[404],
        },
      },
    },
    async (request) =>
      withStale(await getEnforcementCapacity(handle.db, request.params.enforcementCapacityId)),
  );

  app.put(
    '/enforcement-capacities/:enforcementCapacityId',
    {
      config: write,
      schema: {
        operationId: 'putEnforcementCapacity',
        tags: ['Enforcement capacity'],
        summary: 'Replace an entry (e.g. after reviewing the agreement)',
        params: EnforcementCapacityIdParams,
        body: EnforcementCapacityInputSchema,
        response: {
          200: success(EnforcementCapacitySchema, 'The changed entry'),
          ...guarded,
          404: problemResponses[404],
        },
      },
    },
    async (request) =>
      withStale(
        await inRequestContext(
          handle.db
            .transaction()
            .execute((trx) =>
              updateEnforcementCapacity(
                trx,
                request.params.enforcementCapacityId,
                toInput(request.body),
              ),
            ),
          bodyUnless('enforcementCapacityId'),
        ),
      ),
  );

  app.delete(
    '/enforcement-capacities/:enforcementCapacityId',
    {
      config: write,
      schema: {
        operationId: 'deleteEnforcementCapacity',
        tags: ['Enforcement capacity'],
        summary: 'Delete an entry',
        params: EnforcementCapacityIdParams,
        response: {
          204: success(Type.Null(), 'Deleted'),
          ...guarded,
          404: problemResponses[404],
        },
      },
    },
    async (request, reply) => {
      await handle.db
        .transaction()
        .execute((trx) => deleteEnforcementCapacity(trx, request.params.enforcementCapacityId));
      return reply.code(204).send(null);
    },
  );
};
