import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  createUser,
  getUser,
  listUsers,
  resetPassword,
  setUserDisabled,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { inRequestContext } from '../http/invalid-params.ts';
import { UserSchema } from './session.schema.ts';
import { NewUserSchema, UserListSchema, UserParamsSchema, UserPatchSchema } from './user.schema.ts';

export const userRoutes: FastifyPluginAsyncTypebox<{
  handle: DatabaseHandle;
  clock: () => Date;
}> = async (app, { handle, clock }) => {
  app.get(
    '/users',
    {
      config: { permission: 'users:read' },
      schema: {
        operationId: 'listUsers',
        tags: ['Accounts'],
        summary: 'All accounts, with role, department and whether disabled or locked',
        response: {
          200: success(UserListSchema, 'The accounts'),
          401: problemResponses[401],
          403: problemResponses[403],
          500: problemResponses[500],
        },
      },
    },
    async () => ({ items: await listUsers(handle.db) }),
  );

  app.post(
    '/users',
    {
      config: { permission: 'users:manage', audited: true },
      schema: {
        operationId: 'createUser',
        tags: ['Accounts'],
        summary: 'Create an account; the password is stored as an argon2id hash',
        body: NewUserSchema,
        response: {
          201: success(UserSchema, 'The new account'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          409: problemResponses[409],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const user = await inRequestContext(
        handle.db
          .transaction()
          .execute((trx) => createUser(trx, request.principal, request.body, clock())),
        () => 'body',
      );
      return reply.code(201).send(user);
    },
  );

  app.get(
    '/users/:userId',
    {
      config: { permission: 'users:read' },
      schema: {
        operationId: 'getUser',
        tags: ['Accounts'],
        summary: 'One account',
        params: UserParamsSchema,
        response: {
          200: success(UserSchema, 'The account'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    (request) => getUser(handle.db, request.params.userId),
  );

  app.patch(
    '/users/:userId',
    {
      config: { permission: 'users:manage', audited: true },
      schema: {
        operationId: 'updateUser',
        tags: ['Accounts'],
        summary: 'Disable or enable an account, or reset its password',
        params: UserParamsSchema,
        body: UserPatchSchema,
        response: {
          200: success(UserSchema, 'The account'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          409: problemResponses[409],
          500: problemResponses[500],
        },
      },
    },
    (request) =>
      inRequestContext(
        handle.db.transaction().execute(async (trx) => {
          const now = clock();
          const { userId } = request.params;
          let user = await getUser(trx, userId);
          if (request.body.disabled !== undefined) {
            user = await setUserDisabled(
              trx,
              request.principal,
              userId,
              request.body.disabled,
              now,
            );
          }
          if (request.body.password !== undefined) {
            user = await resetPassword(trx, request.principal, userId, request.body.password, now);
          }
          return user;
        }),
        () => 'body',
      ),
  );
};
