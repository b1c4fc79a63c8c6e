import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { allowedEvents } from '@weegschaal/core';
import {
  applyOrganisationEvent,
  confirmCallUp,
  finishActivation,
  getActivation,
  getOrganisationStatus,
  listActivations,
  startActivation,
} from '@weegschaal/storage';
import type { DatabaseHandle, OrganisationStatus } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { changeErrors, errors } from './organisation.routes.ts';
import {
  ActivationDetailSchema,
  ActivationListSchema,
  ActivationParams,
  ActivationQuerySchema,
  ConfirmationInputSchema,
  NewActivationSchema,
  OrganisationStatusSchema,
  TransitionInputSchema,
} from './readiness.schema.ts';

const withAllowed = (status: OrganisationStatus) => ({
  ...status,
  allowedEvents: allowedEvents(status.state),
});

export const activationRoutes: FastifyPluginAsyncTypebox<{
  handle: DatabaseHandle;
  clock: () => Date;
}> = async (app, { handle, clock }) => {
  const tags = ['Readiness'];
  const inTransaction = handle.db.transaction.bind(handle.db);

  app.get(
    '/organisation-state',
    {
      config: { permission: 'activations:read' },
      schema: {
        operationId: 'getOrganisationState',
        tags,
        summary:
          'The real organisation state (dormant, activating, active, scaling-down) and its history',
        response: { 200: success(OrganisationStatusSchema, 'The state'), ...errors },
      },
    },
    async () => withAllowed(await getOrganisationStatus(handle.db)),
  );

  app.post(
    '/organisation-state/transitions',
    {
      config: { permission: 'activations:run' },
      schema: {
        operationId: 'transitionOrganisationState',
        tags,
        summary:
          'Cancel an activation, scale down or return to dormant (starting and declaring active go through /activations)',
        body: TransitionInputSchema,
        response: {
          201: success(OrganisationStatusSchema, 'The new state'),
          ...changeErrors,
        },
      },
    },
    async (request, reply) => {
      const status = await inTransaction().execute((trx) =>
        applyOrganisationEvent(
          trx,
          request.body.event,
          request.principal.username ?? request.principal.role,
          clock(),
        ),
      );
      return reply.code(201).send(withAllowed(status));
    },
  );

  app.get(
    '/activations',
    {
      config: { permission: 'activations:read' },
      schema: {
        operationId: 'listActivations',
        tags,
        summary: 'Activations and drills, latest first, with their timings once finished',
        querystring: ActivationQuerySchema,
        response: {
          200: success(ActivationListSchema, 'The activations'),
          400: problemResponses[400],
          ...errors,
        },
      },
    },
    async (request) => ({ items: await listActivations(handle.db, request.query.mode ?? null) }),
  );

  app.post(
    '/activations',
    {
      config: { permission: 'activations:run' },
      schema: {
        operationId: 'startActivation',
        tags,
        summary:
          "Start an activation or a drill: call-ups go to everyone on the roster (outbox); a drill leaves the organisation's state alone",
        body: NewActivationSchema,
        response: {
          201: success(ActivationDetailSchema, 'The activation with its call-ups'),
          ...changeErrors,
        },
      },
    },
    async (request, reply) => {
      const detail = await inTransaction().execute((trx) =>
        startActivation(
          trx,
          { mode: request.body.mode, note: request.body.note ?? '' },
          request.principal.username ?? request.principal.role,
          clock(),
        ),
      );
      return reply.code(201).send(detail);
    },
  );

  app.get(
    '/activations/:activationId',
    {
      config: { permission: 'activations:read' },
      schema: {
        operationId: 'getActivation',
        tags,
        summary:
          'One activation or drill: call-ups, confirmations, time to quorum and to a staffed secretariat',
        params: ActivationParams,
        response: {
          200: success(ActivationDetailSchema, 'The activation'),
          400: problemResponses[400],
          404: problemResponses[404],
          ...errors,
        },
      },
    },
    (request) => getActivation(handle.db, request.params.activationId),
  );

  app.post(
    '/activations/:activationId/confirmations',
    {
      config: { permission: 'activations:run' },
      schema: {
        operationId: 'confirmCallUp',
        tags,
        summary: 'Record that a called-up person confirmed, at the server time',
        params: ActivationParams,
        body: ConfirmationInputSchema,
        response: {
          201: success(ActivationDetailSchema, 'The activation with the confirmation'),
          ...changeErrors,
        },
      },
    },
    async (request, reply) => {
      const detail = await inTransaction().execute((trx) =>
        confirmCallUp(
          trx,
          request.params.activationId,
          request.body.callUpId,
          request.principal.username ?? request.principal.role,
          clock(),
        ),
      );
      return reply.code(201).send(detail);
    },
  );

  app.post(
    '/activations/:activationId/completion',
    {
      config: { permission: 'activations:run' },
      schema: {
        operationId: 'finishActivation',
        tags,
        summary:
          'Finish the call-up round and fix its timings; a real activation then declares the MIT active',
        params: ActivationParams,
        response: {
          201: success(ActivationDetailSchema, 'The finished activation with its timings'),
          ...changeErrors,
        },
      },
    },
    async (request, reply) => {
      const detail = await inTransaction().execute((trx) =>
        finishActivation(
          trx,
          request.params.activationId,
          request.principal.username ?? request.principal.role,
          clock(),
        ),
      );
      return reply.code(201).send(detail);
    },
  );
};
