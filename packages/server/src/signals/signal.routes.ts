import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DomainError, SIGNAL_STATUSES, mayTriage } from '@weegschaal/core';
import {
  SignalImportRejected,
  applySignalTransition,
  assignSignal,
  circlesOfAccount,
  getSignal,
  importRejectionAsDomainError,
  importSignalsCsv,
  listSignals,
  pseudonymSecret,
  scopeOf,
  signalHistory,
  submitSignal,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import {
  SignalAssignmentSchema,
  SignalDetailSchema,
  SignalImportResultSchema,
  SignalIntakeResultSchema,
  SignalIntakeSchema,
  SignalPageSchema,
  SignalSchema,
  SignalTransitionSchema,
} from './signal.schema.ts';
import { signalClusterRoutes } from './signal-cluster.routes.ts';
import { signalCountRoutes } from './signal-count.routes.ts';
import type { EarlyWarningQueue } from '../alerts/early-warning-queue.ts';

const IdParams = Type.Object({
  id: Type.String({ maxLength: 64, description: 'the signal’s id or reference' }),
});
const TAGS = ['Signals'];

/**
 * Signals from practice: intake (JSON and CSV), the triage workflow, and — registered from
 * here so the app registers the area once — clusters and weekly counts.
 */
export const signalRoutes: FastifyPluginAsyncTypebox<{
  handle: DatabaseHandle;
  clock: () => Date;
  earlyWarning: EarlyWarningQueue;
}> = async (app, { handle, clock, earlyWarning }) => {
  // a CSV file is plain text to the server; the importer parses it (scoped to this plugin)
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) =>
    done(null, body),
  );

  app.post(
    '/signals',
    {
      config: { permission: 'signals:create' },
      schema: {
        operationId: 'createSignal',
        tags: TAGS,
        summary: 'Report a signal; personal data in the text are masked before it is stored',
        description:
          'The original text is never stored. The reporter is recorded only by pseudonym. ' +
          'Without circleId, a reporter’s signal is filed under their (first) practice circle.',
        body: SignalIntakeSchema,
        response: {
          201: success(SignalIntakeResultSchema, 'The stored signal and what was masked'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          // the per-account intake limit (http/rate-limits.ts)
          429: problemResponses[429],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      const userId = principal.userId;
      if (!userId) throw new DomainError('forbidden', 'Log in to report a signal.');
      const { circleId: requested, ...input } = request.body;
      const result = await handle.db.transaction().execute(async (trx) => {
        const own = await circlesOfAccount(trx, userId);
        if (requested && !mayTriage(principal.role) && !own.includes(requested))
          throw new DomainError(
            'forbidden',
            'You report only for the practice circles you are a member of.',
            [{ name: 'body.circleId', reason: 'not one of your circles', value: requested }],
          );
        return submitSignal(trx, {
          input,
          reporterKey: userId,
          circleId: requested ?? own[0] ?? null,
          now: clock(),
          secret: await pseudonymSecret(trx),
        });
      });
      // the reporter waits for the stored signal only; detection follows (decision 0014)
      earlyWarning.enqueue({ kind: 'gemeente', gemeente: result.signal.gemeenteCode });
      return reply.code(201).send(result);
    },
  );

  app.post(
    '/signal-imports',
    {
      config: { permission: 'signals:import' },
      bodyLimit: 16 * 1024 * 1024,
      schema: {
        operationId: 'importSignals',
        tags: TAGS,
        summary: 'Bulk intake of a CSV file of signals, all or nothing',
        description:
          'Content-Type text/csv. Columns: text, region, observed_on, domain, target_group, ' +
          'people_count, knowledge_source, circle_code. One bad row rejects the file (400); ' +
          'invalidParams names file, row and column of every error.',
        querystring: Type.Object({
          fileName: Type.Optional(Type.String({ maxLength: 200, description: 'named in errors' })),
        }),
        consumes: ['text/csv'],
        body: Type.String({ description: 'the CSV text' }),
        response: {
          201: success(SignalImportResultSchema, 'Every row was stored'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const userId = request.principal.userId;
      if (!userId) throw new DomainError('forbidden', 'Log in to import signals.');
      try {
        const report = await handle.db.transaction().execute((trx) =>
          importSignalsCsv(trx, request.body, {
            file: request.query.fileName ?? 'upload.csv',
            reporterKey: userId,
            now: clock(),
          }),
        );
        earlyWarning.enqueue({ kind: 'everything' });
        return reply.code(201).send(report);
      } catch (error) {
        if (error instanceof SignalImportRejected) throw importRejectionAsDomainError(error);
        throw error;
      }
    },
  );

  app.get(
    '/signals',
    {
      config: { permission: 'signals:read' },
      schema: {
        operationId: 'listSignals',
        tags: TAGS,
        summary: 'Signals, newest first; a reporter sees only their own',
        querystring: Type.Object({
          status: Type.Optional(Type.Enum(SIGNAL_STATUSES)),
          region: Type.Optional(
            Type.String({ maxLength: 16, description: 'inside this region (GM, WK, BU, VR, PV)' }),
          ),
          domain: Type.Optional(Type.String({ maxLength: 64 })),
          targetGroup: Type.Optional(Type.String({ maxLength: 64 })),
          from: Type.Optional(
            Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'observed on or after' }),
          ),
          to: Type.Optional(
            Type.String({
              pattern: '^\\d{4}-\\d{2}-\\d{2}$',
              description: 'observed on or before',
            }),
          ),
          clusterId: Type.Optional(Type.String({ format: 'uuid' })),
          assigneeAccountId: Type.Optional(Type.String({ format: 'uuid' })),
          page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
          pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
        }),
        response: {
          200: success(SignalPageSchema, 'One page of signals'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const { page = 1, pageSize = 50, ...filter } = request.query;
      const scope = await scopeOf(handle.db, request.principal);
      const result = await listSignals(handle.db, filter, { page, pageSize }, scope);
      return { demo: result.items.some((s) => s.demo), page, pageSize, ...result };
    },
  );

  app.get(
    '/signals/:id',
    {
      config: { permission: 'signals:read' },
      schema: {
        operationId: 'getSignal',
        tags: TAGS,
        summary: 'One signal with its history',
        params: IdParams,
        response: {
          200: success(SignalDetailSchema, 'The signal'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const scope = await scopeOf(handle.db, request.principal);
      const signal = await getSignal(handle.db, request.params.id, scope);
      return { ...signal, history: await signalHistory(handle.db, signal.id) };
    },
  );

  app.post(
    '/signals/:id/transitions',
    {
      config: { permission: 'signals:triage' },
      schema: {
        operationId: 'transitionSignal',
        tags: TAGS,
        summary: 'Move a signal in the workflow: triage, interpret (duiding) or close',
        description:
          'new → triaged needs urgency (domain, targetGroup, region may be corrected); ' +
          'triaged → interpreted needs interpretation; interpreted → closed; triaged → closed ' +
          'needs a note. Anything else is 409.',
        params: IdParams,
        body: SignalTransitionSchema,
        response: {
          200: success(SignalSchema, 'The signal after the step'),
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
      handle.db
        .transaction()
        .execute((trx) =>
          applySignalTransition(trx, request.params.id, request.body, request.principal, clock()),
        ),
  );

  app.put(
    '/signals/:id/assignment',
    {
      config: { permission: 'signals:triage' },
      schema: {
        operationId: 'assignSignal',
        tags: TAGS,
        summary: 'Assign a signal to an MIT account, or clear the assignment with null',
        params: IdParams,
        body: SignalAssignmentSchema,
        response: {
          200: success(SignalSchema, 'The signal'),
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
      handle.db
        .transaction()
        .execute((trx) =>
          assignSignal(
            trx,
            request.params.id,
            request.body.assigneeAccountId,
            request.principal,
            clock(),
          ),
        ),
  );

  await app.register(signalClusterRoutes, { handle });
  await app.register(signalCountRoutes, { handle });
};
