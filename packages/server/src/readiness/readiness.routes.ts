import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { allowedEvents, amsterdamDate } from '@weegschaal/core';
import {
  assessStoredReadiness,
  deleteReadinessItem,
  getOrganisationStatus,
  listActivations,
  listReadinessItems,
  markReadinessItemReviewed,
  saveReadinessItem,
} from '@weegschaal/storage';
import type { DatabaseHandle, Executor } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { collectionRoutes, errors } from './organisation.routes.ts';
import {
  ItemParams,
  ReadinessItemInputSchema,
  ReadinessItemListSchema,
  ReadinessItemSchema,
  ReadinessOverviewSchema,
} from './readiness.schema.ts';

async function assessedItems(db: Executor, today: string) {
  const [items, summary] = [await listReadinessItems(db), await assessStoredReadiness(db, today)];
  const byId = new Map(summary.assessments.map((a) => [a.itemId, a]));
  return { summary, items: items.map((i) => ({ ...i, assessment: byId.get(i.id)! })) };
}

export const readinessRoutes: FastifyPluginAsyncTypebox<{
  handle: DatabaseHandle;
  clock: () => Date;
}> = async (app, { handle, clock }) => {
  await app.register(
    collectionRoutes({
      path: '/readiness-items',
      noun: 'readiness item',
      operation: 'ReadinessItem',
      param: 'itemId',
      params: ItemParams,
      input: ReadinessItemInputSchema,
      output: ReadinessItemSchema,
      read: 'readiness:read',
      write: 'readiness:write',
      listAll: listReadinessItems,
      save: saveReadinessItem,
      remove: deleteReadinessItem,
    }),
    { handle },
  );

  app.get(
    '/readiness-items',
    {
      config: { permission: 'readiness:read' },
      schema: {
        operationId: 'listReadinessItems',
        tags: ['Readiness'],
        summary:
          'The dormant checklist, each item assessed today: current, due soon or stale, and why',
        response: { 200: success(ReadinessItemListSchema, 'The items'), ...errors },
      },
    },
    async () => {
      const today = amsterdamDate(clock());
      return { today, items: (await assessedItems(handle.db, today)).items };
    },
  );

  app.post(
    '/readiness-items/:itemId/reviews',
    {
      config: { permission: 'readiness:write' },
      schema: {
        operationId: 'reviewReadinessItem',
        tags: ['Readiness'],
        summary: 'Record that the owner checked the item today',
        params: ItemParams,
        response: {
          201: success(ReadinessItemSchema, 'The item with its new review date'),
          400: problemResponses[400],
          404: problemResponses[404],
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const item = await markReadinessItemReviewed(
        handle.db,
        request.params.itemId,
        amsterdamDate(clock()),
      );
      return reply.code(201).send(item);
    },
  );

  app.get(
    '/readiness',
    {
      config: { permission: 'readiness:read' },
      schema: {
        operationId: 'getReadiness',
        tags: ['Readiness'],
        summary:
          'Readiness overview: stale items with reasons, the organisation state, the last drill and its timings',
        response: { 200: success(ReadinessOverviewSchema, 'The overview'), ...errors },
      },
    },
    async () => {
      const today = amsterdamDate(clock());
      const { summary, items } = await assessedItems(handle.db, today);
      const status = await getOrganisationStatus(handle.db);
      const drills = await listActivations(handle.db, 'drill');
      const real = await listActivations(handle.db, 'real');
      return {
        today,
        stale: summary.stale,
        dueSoon: summary.dueSoon,
        current: summary.current,
        items,
        organisation: { ...status, allowedEvents: allowedEvents(status.state) },
        lastDrill: drills.find((d) => d.finishedAt !== null) ?? null,
        runningDrillId: drills.find((d) => d.finishedAt === null)?.id ?? null,
        runningActivationId: real.find((d) => d.finishedAt === null)?.id ?? null,
        demo: items.some((i) => i.demo),
      };
    },
  );
};
