import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  addPracticeCircleMember,
  createPracticeCircle,
  getPracticeCircle,
  listPracticeCircleMembers,
  listPracticeCircles,
  removePracticeCircleMember,
  updatePracticeCircle,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import {
  PracticeCircleInputSchema,
  PracticeCircleListSchema,
  PracticeCircleMemberListSchema,
  PracticeCirclePatchSchema,
  PracticeCircleSchema,
} from './practice-circle.schema.ts';

const IdParams = Type.Object({
  id: Type.String({ maxLength: 64, description: 'the circle’s id or code' }),
});
const MemberParams = Type.Object({
  id: Type.String({ maxLength: 64, description: 'the circle’s id or code' }),
  accountId: Type.String({ format: 'uuid' }),
});
const TAGS = ['Practice circles'];

export const practiceCircleRoutes: FastifyPluginAsyncTypebox<{ handle: DatabaseHandle }> = async (
  app,
  { handle },
) => {
  app.get(
    '/practice-circles',
    {
      config: { permission: 'practice-circles:read' },
      schema: {
        operationId: 'listPracticeCircles',
        tags: TAGS,
        summary: 'The practice circles and other signal sources, with member organisations',
        response: {
          200: success(PracticeCircleListSchema, 'The circles, by code'),
          401: problemResponses[401],
          403: problemResponses[403],
          500: problemResponses[500],
        },
      },
    },
    async () => ({ items: await listPracticeCircles(handle.db) }),
  );

  app.get(
    '/practice-circles/:id',
    {
      config: { permission: 'practice-circles:read' },
      schema: {
        operationId: 'getPracticeCircle',
        tags: TAGS,
        summary: 'One practice circle',
        params: IdParams,
        response: {
          200: success(PracticeCircleSchema, 'The circle'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    (request) => getPracticeCircle(handle.db, request.params.id),
  );

  app.post(
    '/practice-circles',
    {
      config: { permission: 'practice-circles:manage' },
      schema: {
        operationId: 'createPracticeCircle',
        tags: TAGS,
        summary: 'Create a practice circle or other signal source',
        body: PracticeCircleInputSchema,
        response: {
          201: success(PracticeCircleSchema, 'The new circle'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const circle = await handle.db
        .transaction()
        .execute((trx) => createPracticeCircle(trx, request.body));
      return reply.code(201).send(circle);
    },
  );

  app.patch(
    '/practice-circles/:id',
    {
      config: { permission: 'practice-circles:manage' },
      schema: {
        operationId: 'updatePracticeCircle',
        tags: TAGS,
        summary: 'Change a practice circle’s names, group, kind, organisations or description',
        params: IdParams,
        body: PracticeCirclePatchSchema,
        response: {
          200: success(PracticeCircleSchema, 'The changed circle'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request) =>
      handle.db.transaction().execute(async (trx) => {
        const circle = await getPracticeCircle(trx, request.params.id);
        return updatePracticeCircle(trx, circle.id, request.body);
      }),
  );

  app.get(
    '/practice-circles/:id/members',
    {
      config: { permission: 'practice-circles:manage' },
      schema: {
        operationId: 'listPracticeCircleMembers',
        tags: TAGS,
        summary: 'The reporters (accounts) of a practice circle',
        params: IdParams,
        response: {
          200: success(PracticeCircleMemberListSchema, 'The members, by username'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const circle = await getPracticeCircle(handle.db, request.params.id);
      return { items: await listPracticeCircleMembers(handle.db, circle.id) };
    },
  );

  app.put(
    '/practice-circles/:id/members/:accountId',
    {
      config: { permission: 'practice-circles:manage' },
      schema: {
        operationId: 'addPracticeCircleMember',
        tags: TAGS,
        summary: 'Make an account a reporter of the circle (idempotent)',
        params: MemberParams,
        response: {
          204: success(Type.Null(), 'The account is a member'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      await handle.db.transaction().execute(async (trx) => {
        const circle = await getPracticeCircle(trx, request.params.id);
        await addPracticeCircleMember(trx, circle.id, request.params.accountId);
      });
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/practice-circles/:id/members/:accountId',
    {
      config: { permission: 'practice-circles:manage' },
      schema: {
        operationId: 'removePracticeCircleMember',
        tags: TAGS,
        summary: 'Remove an account from the circle',
        params: MemberParams,
        response: {
          204: success(Type.Null(), 'The account is no longer a member'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      await handle.db.transaction().execute(async (trx) => {
        const circle = await getPracticeCircle(trx, request.params.id);
        await removePracticeCircleMember(trx, circle.id, request.params.accountId);
      });
      return reply.code(204).send(null);
    },
  );
};
