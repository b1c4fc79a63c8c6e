import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  coverageOfRequest,
  createAdviceRequest,
  getAdviceRequest,
  listAdviceRequests,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { inRequestContext } from '../http/invalid-params.ts';
import {
  AdviceRequestListSchema,
  AdviceRequestSchema,
  CoverageSchema,
  NewAdviceRequestSchema,
  RequestParamsSchema,
} from './advice.schema.ts';

export const adviceRequestRoutes: FastifyPluginAsyncTypebox<{
  handle: DatabaseHandle;
  clock: () => Date;
}> = async (app, { handle, clock }) => {
  app.get(
    '/advice-requests',
    {
      config: { permission: 'advice-requests:read' },
      schema: {
        operationId: 'listAdviceRequests',
        tags: ['Advice'],
        summary: 'Requests for advice, latest MCC first',
        response: {
          200: success(AdviceRequestListSchema, 'The requests'),
          401: problemResponses[401],
          403: problemResponses[403],
          500: problemResponses[500],
        },
      },
    },
    async () => {
      const items = await listAdviceRequests(handle.db);
      return { demo: items.some((r) => r.demo), items };
    },
  );

  app.post(
    '/advice-requests',
    {
      config: { permission: 'advice-requests:create', audited: true },
      schema: {
        operationId: 'createAdviceRequest',
        tags: ['Advice'],
        summary: 'Register a request for advice; its deadlines are derived from the MCC it serves',
        body: NewAdviceRequestSchema,
        response: {
          201: success(AdviceRequestSchema, 'The request'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const created = await inRequestContext(
        handle.db
          .transaction()
          .execute((trx) => createAdviceRequest(trx, request.principal, request.body, clock())),
        () => 'body',
      );
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/advice-requests/:requestId',
    {
      config: { permission: 'advice-requests:read' },
      schema: {
        operationId: 'getAdviceRequest',
        tags: ['Advice'],
        summary: 'One request for advice with its derived deadlines',
        params: RequestParamsSchema,
        response: {
          200: success(AdviceRequestSchema, 'The request'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    (request) => getAdviceRequest(handle.db, request.params.requestId),
  );

  app.get(
    '/advice-requests/:requestId/coverage',
    {
      config: { permission: 'advisory-reports:coverage' },
      schema: {
        operationId: 'getAdviceCoverage',
        tags: ['Advice'],
        summary:
          'Where the OMT and MIT advice do not cover the same measures (codes only, no advice text)',
        params: RequestParamsSchema,
        response: {
          200: success(CoverageSchema, 'The coverage check'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    (request) => coverageOfRequest(handle.db, request.params.requestId),
  );
};
