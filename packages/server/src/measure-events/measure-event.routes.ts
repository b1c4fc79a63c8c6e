import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { invalidInput, MEASURE_EVENT_SOURCES } from '@weegschaal/core';
import { listMeasureEvents } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { MeasureEventListSchema, MeasureEventQuerySchema } from './measure-event.schema.ts';

export const measureEventRoutes: FastifyPluginAsyncTypebox<{ handle: DatabaseHandle }> = async (
  app,
  { handle },
) => {
  app.get(
    '/measure-events',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'listMeasureEvents',
        tags: ['Measure events'],
        summary: 'Dated Dutch measures and events that annotate the measures timeline',
        querystring: MeasureEventQuerySchema,
        response: {
          200: success(MeasureEventListSchema, 'The events, by start date'),
          400: problemResponses[400],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const { from, to, kind } = request.query;
      if (from && to && from > to) {
        throw invalidInput('from must not be after to.', [
          { name: 'query.from', reason: `must not be after to (${to})`, value: from },
        ]);
      }
      const items = await listMeasureEvents(handle.db, { from, to, kinds: kind });
      const files = [...new Set(items.map((e) => e.source))].sort();
      return {
        demo: false,
        sources: files.map((fileName) => ({
          fileName,
          title: MEASURE_EVENT_SOURCES[fileName]?.title ?? fileName,
          licence: MEASURE_EVENT_SOURCES[fileName]?.licence ?? 'unknown',
          url: MEASURE_EVENT_SOURCES[fileName]?.url ?? '',
        })),
        items,
      };
    },
  );
};
