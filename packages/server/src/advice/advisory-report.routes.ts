import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { consentState } from '@weegschaal/core';
import type { Consent } from '@weegschaal/core';
import {
  createAdvisoryReport,
  grantConsent,
  listVisibleConsents,
  listVisibleAdvisoryReports,
  readAdvisoryReport,
  readConsent,
  revokeConsent,
  transitionAdvisoryReport,
  updateAdvisoryReport,
} from '@weegschaal/storage';
import type { DatabaseHandle, VisibleReport } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { bodyUnless, inRequestContext } from '../http/invalid-params.ts';
import {
  AdvisoryReportListSchema,
  AdvisoryReportSchema,
  ConsentListSchema,
  ConsentParamsSchema,
  ConsentSchema,
  NewAdvisoryReportSchema,
  NewConsentSchema,
  ReportContentSchema,
  ReportParamsSchema,
  ReportTransitionSchema,
  RevocationSchema,
} from './advice.schema.ts';

const reportOut = (r: VisibleReport) => ({
  ...r,
  access: {
    outcome: r.access.outcome === 'partial' ? ('partial' as const) : ('full' as const),
    viaConsentIds: r.access.viaConsentIds,
    reason: r.access.reason,
  },
});

export const advisoryReportRoutes: FastifyPluginAsyncTypebox<{
  handle: DatabaseHandle;
  clock: () => Date;
}> = async (app, { handle, clock }) => {
  const consentOut = (c: Consent) => ({ ...c, state: consentState(c, clock()) });

  app.get(
    '/advisory-reports',
    {
      config: { permission: 'advisory-reports:read' },
      schema: {
        operationId: 'listAdvisoryReports',
        tags: ['Advice'],
        summary: 'Advice you may read now (titles and status; the text is read one at a time)',
        querystring: Type.Object({ requestId: Type.Optional(Type.String({ format: 'uuid' })) }),
        response: {
          200: success(AdvisoryReportListSchema, 'The advice'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const items = await listVisibleAdvisoryReports(
        handle.db,
        request.principal,
        request.query,
        clock(),
      );
      return {
        demo: items.some((r) => r.demo),
        items: items.map((r) => ({
          ...r,
          access: r.access === 'partial' ? ('partial' as const) : ('full' as const),
        })),
      };
    },
  );

  app.post(
    '/advisory-reports',
    {
      config: { permission: 'advisory-reports:write', audited: true },
      schema: {
        operationId: 'createAdvisoryReport',
        tags: ['Advice'],
        summary: 'Start the advice of your body on a request (as a draft)',
        body: NewAdvisoryReportSchema,
        response: {
          201: success(AdvisoryReportSchema, 'The draft advice'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          409: problemResponses[409],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const report = await inRequestContext(
        handle.db.transaction().execute(async (trx) => {
          const created = await createAdvisoryReport(trx, request.principal, request.body, clock());
          return readAdvisoryReport(trx, request.principal, created.id, clock());
        }),
        () => 'body',
      );
      return reply.code(201).send(reportOut(report));
    },
  );

  app.get(
    '/advisory-reports/:reportId',
    {
      config: { permission: 'advisory-reports:read', audited: true },
      schema: {
        operationId: 'getAdvisoryReport',
        tags: ['Advice'],
        summary:
          'One advice, with the parts you may read now; a read of confidential text is logged',
        params: ReportParamsSchema,
        response: {
          200: success(AdvisoryReportSchema, 'The advice'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const report = await handle.db
        .transaction()
        .execute((trx) =>
          readAdvisoryReport(trx, request.principal, request.params.reportId, clock()),
        );
      // confidential text must not stay in shared caches or the browser's back-forward cache
      reply.header('Cache-Control', 'no-store');
      return reportOut(report);
    },
  );

  app.put(
    '/advisory-reports/:reportId',
    {
      config: { permission: 'advisory-reports:write', audited: true },
      schema: {
        operationId: 'updateAdvisoryReport',
        tags: ['Advice'],
        summary: 'Change a draft advice of your body',
        params: ReportParamsSchema,
        body: ReportContentSchema,
        response: {
          200: success(AdvisoryReportSchema, 'The advice'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          409: problemResponses[409],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const report = await inRequestContext(
        handle.db.transaction().execute(async (trx) => {
          await updateAdvisoryReport(
            trx,
            request.principal,
            request.params.reportId,
            request.body,
            clock(),
          );
          return readAdvisoryReport(trx, request.principal, request.params.reportId, clock());
        }),
        bodyUnless('reportId'),
      );
      return reportOut(report);
    },
  );

  app.post(
    '/advisory-reports/:reportId/transitions',
    {
      config: { permission: 'advisory-reports:write', audited: true },
      schema: {
        operationId: 'transitionAdvisoryReport',
        tags: ['Advice'],
        summary: 'Adopt (chair) or send (chair; for the MIT also the secretariat) an advice',
        params: ReportParamsSchema,
        body: ReportTransitionSchema,
        response: {
          200: success(AdvisoryReportSchema, 'The advice'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          409: problemResponses[409],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const report = await handle.db.transaction().execute(async (trx) => {
        await transitionAdvisoryReport(
          trx,
          request.principal,
          request.params.reportId,
          request.body.status,
          clock(),
        );
        return readAdvisoryReport(trx, request.principal, request.params.reportId, clock());
      });
      return reportOut(report);
    },
  );

  app.get(
    '/consents',
    {
      config: { permission: 'consents:read' },
      schema: {
        operationId: 'listConsents',
        tags: ['Consents'],
        summary: 'Recorded consents to share confidential advice, with their state now',
        querystring: Type.Object({ reportId: Type.Optional(Type.String({ format: 'uuid' })) }),
        response: {
          200: success(ConsentListSchema, 'The consents'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          500: problemResponses[500],
        },
      },
    },
    async (request) => ({
      items: (await listVisibleConsents(handle.db, request.principal, request.query, clock())).map(
        consentOut,
      ),
    }),
  );

  app.post(
    '/consents',
    {
      config: { permission: 'consents:grant', audited: true },
      schema: {
        operationId: 'grantConsent',
        tags: ['Consents'],
        summary:
          'Consent (as the minister) to share an advice or parts of it with the other body, until a moment',
        body: NewConsentSchema,
        response: {
          201: success(ConsentSchema, 'The consent'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          409: problemResponses[409],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const { reportId, ...input } = request.body;
      const consent = await inRequestContext(
        handle.db
          .transaction()
          .execute((trx) => grantConsent(trx, request.principal, reportId, input, clock())),
        () => 'body',
      );
      return reply.code(201).send(consentOut(consent));
    },
  );

  app.get(
    '/consents/:consentId',
    {
      config: { permission: 'consents:read' },
      schema: {
        operationId: 'getConsent',
        tags: ['Consents'],
        summary: 'One consent with its state now',
        params: ConsentParamsSchema,
        response: {
          200: success(ConsentSchema, 'The consent'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request) =>
      consentOut(
        await readConsent(handle.db, request.principal, request.params.consentId, clock()),
      ),
  );

  app.post(
    '/consents/:consentId/revocation',
    {
      config: { permission: 'consents:revoke', audited: true },
      schema: {
        operationId: 'revokeConsent',
        tags: ['Consents'],
        summary: 'Revoke a consent: access ends at once',
        params: ConsentParamsSchema,
        body: RevocationSchema,
        response: {
          200: success(ConsentSchema, 'The revoked consent'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          409: problemResponses[409],
          500: problemResponses[500],
        },
      },
    },
    async (request) =>
      consentOut(
        await handle.db
          .transaction()
          .execute((trx) =>
            revokeConsent(
              trx,
              request.principal,
              request.params.consentId,
              request.body.reason,
              clock(),
            ),
          ),
      ),
  );
};
