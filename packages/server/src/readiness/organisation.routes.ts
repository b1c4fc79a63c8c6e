import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { TObject } from 'typebox';
import { EXPERT_RETENTION_MONTHS, amsterdamDate, retentionOf } from '@weegschaal/core';
import type { Permission } from '@weegschaal/core';
import {
  deleteCommitteeRole,
  deleteExpert,
  deleteSecondmentAgreement,
  deleteSecretariatPosition,
  listCommitteeRoles,
  listExperts,
  listSecondmentAgreements,
  listSecretariatPositions,
  purgeExpiredExperts,
  saveCommitteeRole,
  saveExpert,
  saveSecondmentAgreement,
  saveSecretariatPosition,
} from '@weegschaal/storage';
import type { DatabaseHandle, Executor } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import {
  AgreementInputSchema,
  AgreementListSchema,
  AgreementParams,
  AgreementSchema,
  CommitteeRoleInputSchema,
  CommitteeRoleListSchema,
  CommitteeRoleSchema,
  ExpertInputSchema,
  ExpertListSchema,
  ExpertParams,
  ExpertPurgeSchema,
  ExpertSchema,
  PositionInputSchema,
  PositionListSchema,
  PositionParams,
  PositionSchema,
  RoleParams,
} from './readiness.schema.ts';

interface Collection<Input, Output> {
  path: string;
  noun: string;
  operation: string;
  param: string;
  params: TObject;
  input: TObject;
  output: TObject;
  list?: TObject;
  read: Permission;
  write: Permission;
  listAll: (db: Executor) => Promise<Output[]>;
  save: (db: Executor, input: Input, id: string | null) => Promise<Output>;
  remove: (db: Executor, id: string) => Promise<void>;
}

/** The problems every readiness route can answer with; `changeErrors` adds those of a change. */
export const errors = {
  401: problemResponses[401],
  403: problemResponses[403],
  500: problemResponses[500],
};
export const changeErrors = {
  400: problemResponses[400],
  404: problemResponses[404],
  409: problemResponses[409],
  ...errors,
};

/**
 * The four parts of the roster are plain collections (list, add, replace, remove); one
 * registration keeps their routes, errors and documentation identical.
 */
export function collectionRoutes<Input extends { demo: boolean }, Output>(
  spec: Collection<Input, Output>,
): FastifyPluginAsyncTypebox<{ handle: DatabaseHandle }> {
  return async (app, { handle }) => {
    const db = handle.db;
    const tags = ['Readiness'];
    if (spec.list)
      app.get(
        spec.path,
        {
          config: { permission: spec.read },
          schema: {
            operationId: `list${spec.operation}s`,
            tags,
            summary: `The ${spec.noun}s`,
            response: { 200: success(spec.list, `The ${spec.noun}s`), ...errors },
          },
        },
        async () => {
          const items = await spec.listAll(db);
          return { items };
        },
      );
    app.post(
      spec.path,
      {
        config: { permission: spec.write },
        schema: {
          operationId: `create${spec.operation}`,
          tags,
          summary: `Add a ${spec.noun}`,
          body: spec.input,
          response: {
            201: success(spec.output, `The new ${spec.noun}`),
            400: problemResponses[400],
            ...errors,
          },
        },
      },
      async (request, reply) => {
        const body = { ...(request.body as Omit<Input, 'demo'>), demo: false } as Input;
        const saved = await db.transaction().execute((trx) => spec.save(trx, body, null));
        return reply.code(201).send(saved as never);
      },
    );
    app.put(
      `${spec.path}/:${spec.param}`,
      {
        config: { permission: spec.write },
        schema: {
          operationId: `replace${spec.operation}`,
          tags,
          summary: `Replace a ${spec.noun}`,
          params: spec.params,
          body: spec.input,
          response: {
            200: success(spec.output, `The ${spec.noun}`),
            400: problemResponses[400],
            404: problemResponses[404],
            ...errors,
          },
        },
      },
      async (request) => {
        const id = (request.params as Record<string, string>)[spec.param]!;
        const body = { ...(request.body as Omit<Input, 'demo'>), demo: false } as Input;
        return db.transaction().execute((trx) => spec.save(trx, body, id));
      },
    );
    app.delete(
      `${spec.path}/:${spec.param}`,
      {
        config: { permission: spec.write },
        schema: {
          operationId: `delete${spec.operation}`,
          tags,
          summary: `Remove a ${spec.noun}`,
          params: spec.params,
          response: {
            204: success(Type.Null(), 'Removed'),
            400: problemResponses[400],
            404: problemResponses[404],
            ...errors,
          },
        },
      },
      async (request, reply) => {
        await spec.remove(db, (request.params as Record<string, string>)[spec.param]!);
        return reply.code(204).send(null);
      },
    );
  };
}

export const committeeRoleRoutes = collectionRoutes({
  path: '/committee-roles',
  noun: 'committee role',
  operation: 'CommitteeRole',
  param: 'roleId',
  params: RoleParams,
  input: CommitteeRoleInputSchema,
  output: CommitteeRoleSchema,
  list: CommitteeRoleListSchema,
  read: 'organisation:read',
  write: 'organisation:write',
  listAll: listCommitteeRoles,
  save: saveCommitteeRole,
  remove: deleteCommitteeRole,
});

export const secondmentAgreementRoutes = collectionRoutes({
  path: '/secondment-agreements',
  noun: 'secondment agreement',
  operation: 'SecondmentAgreement',
  param: 'agreementId',
  params: AgreementParams,
  input: AgreementInputSchema,
  output: AgreementSchema,
  list: AgreementListSchema,
  read: 'organisation:read',
  write: 'organisation:write',
  listAll: listSecondmentAgreements,
  save: saveSecondmentAgreement,
  remove: deleteSecondmentAgreement,
});

export const secretariatPositionRoutes = collectionRoutes({
  path: '/secretariat-positions',
  noun: 'secretariat position',
  operation: 'SecretariatPosition',
  param: 'positionId',
  params: PositionParams,
  input: PositionInputSchema,
  output: PositionSchema,
  list: PositionListSchema,
  read: 'organisation:read',
  write: 'organisation:write',
  listAll: listSecretariatPositions,
  save: saveSecretariatPosition,
  remove: deleteSecretariatPosition,
});

/** The expert pool: its list carries each record's retention, and the purge applies it. */
export const expertRoutes: FastifyPluginAsyncTypebox<{
  handle: DatabaseHandle;
  clock: () => Date;
}> = async (app, { handle, clock }) => {
  await app.register(
    collectionRoutes({
      path: '/experts',
      noun: 'expert',
      operation: 'Expert',
      param: 'expertId',
      params: ExpertParams,
      input: ExpertInputSchema,
      output: ExpertSchema,
      read: 'experts:read',
      write: 'experts:write',
      listAll: listExperts,
      save: saveExpert,
      remove: deleteExpert,
    }),
    { handle },
  );

  app.get(
    '/experts',
    {
      config: { permission: 'experts:read' },
      schema: {
        operationId: 'listExperts',
        tags: ['Readiness'],
        summary: 'The expert pool by attention area, each with its consent and retention',
        response: { 200: success(ExpertListSchema, 'The experts'), ...errors },
      },
    },
    async () => {
      const today = amsterdamDate(clock());
      const experts = await listExperts(handle.db);
      return {
        retentionMonths: EXPERT_RETENTION_MONTHS,
        items: experts.map((e) => ({ ...e, retention: retentionOf(e, today) })),
      };
    },
  );

  app.post(
    '/expert-purges',
    {
      config: { permission: 'experts:write' },
      schema: {
        operationId: 'purgeExperts',
        tags: ['Readiness'],
        summary: `Apply the retention rule: remove experts whose consent expired more than ${EXPERT_RETENTION_MONTHS} months ago`,
        response: {
          200: success(ExpertPurgeSchema, 'Who was removed, by id, and why'),
          400: problemResponses[400],
          ...errors,
        },
      },
    },
    async () => ({
      purged: await handle.db
        .transaction()
        .execute((trx) => purgeExpiredExperts(trx, amsterdamDate(clock()))),
    }),
  );
};
