import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  PUBLICATION_TARGETS,
  hasPermission,
  invalidInput,
  notFound,
  publicationStatus,
} from '@weegschaal/core';
import type { Principal, Publication } from '@weegschaal/core';
import {
  approvePublication,
  getPublication,
  listPublications,
  readAdvisoryReport,
  schedulePublication,
  withdrawPublication,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { inRequestContext } from '../http/invalid-params.ts';
import {
  NewPublicationSchema,
  PublicationListSchema,
  PublicationParamsSchema,
  PublicationSchema,
  WithdrawalSchema,
} from './publication.schema.ts';

/** Was it public when it was withdrawn? Only then does the public get a notice. */
function wasPublicWhenWithdrawn(pub: Publication): boolean {
  if (!pub.withdrawal) return false;
  const before = { ...pub, withdrawal: null };
  return publicationStatus(before, new Date(pub.withdrawal.withdrawnAt)).state === 'published';
}

/**
 * What a reader may see of a publication now: the public sees a document only once its
 * embargo has passed and every approval is given, and a withdrawn one only as a notice;
 * anything else does not exist for them (404). This check runs on every read.
 */
function view(pub: Publication, principal: Principal, now: Date) {
  const status = publicationStatus(pub, now);
  const manager = hasPermission(principal.role, 'publications:read');
  const publicNow =
    status.state === 'published' || (status.state === 'withdrawn' && wasPublicWhenWithdrawn(pub));
  if (!manager && !publicNow) return null;
  const base = {
    id: pub.id,
    documentType: pub.documentType,
    title: pub.title,
    summary: pub.summary,
    content:
      status.state === 'withdrawn' && !manager
        ? null
        : status.state === 'published' || manager
          ? pub.content
          : null,
    state: status.state,
    publishedAt: status.state === 'published' ? status.publishedAt : null,
    withdrawal: pub.withdrawal
      ? { withdrawnAt: pub.withdrawal.withdrawnAt, reason: pub.withdrawal.reason }
      : null,
    targets: pub.targets,
    woo: pub.woo,
    url: `/api/v1/publications/${pub.id}`,
    demo: pub.demo,
  };
  if (!manager) return base;
  return {
    ...base,
    sourceRef: pub.sourceRef,
    embargoUntil: pub.embargoUntil,
    requiredApprovals: pub.requiredApprovals,
    approvals: pub.approvals.map(({ role, department, username, approvedAt }) => ({
      role,
      department,
      username,
      approvedAt,
    })),
    stateReason: status.reason,
    scheduledAt: pub.scheduledAt,
  };
}

export const publicationRoutes: FastifyPluginAsyncTypebox<{
  handle: DatabaseHandle;
  clock: () => Date;
}> = async (app, { handle, clock }) => {
  app.get(
    '/publications',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'listPublications',
        tags: ['Publications'],
        summary:
          'Published documents and withdrawal notices, with Woo metadata (managers also see what is scheduled)',
        querystring: Type.Object({ target: Type.Optional(Type.Enum(PUBLICATION_TARGETS)) }),
        response: {
          200: success(PublicationListSchema, 'The listing'),
          400: problemResponses[400],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const now = clock();
      const all = await listPublications(handle.db);
      const items = all
        .filter((p) => !request.query.target || p.targets.includes(request.query.target))
        .map((p) => view(p, request.principal, now))
        .filter((v) => v !== null);
      // what is public changes at an embargo moment: no caching past it
      reply.header('Cache-Control', 'no-store');
      return { demo: items.some((i) => i.demo), generatedAt: now.toISOString(), items };
    },
  );

  app.get(
    '/publications/:publicationId',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'getPublication',
        tags: ['Publications'],
        summary:
          'One published document (or its withdrawal notice); 404 before its embargo and approvals',
        params: PublicationParamsSchema,
        response: {
          200: success(PublicationSchema, 'The publication'),
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const pub = await getPublication(handle.db, request.params.publicationId);
      const seen = view(pub, request.principal, clock());
      // the same answer as for an id that does not exist: an embargoed title does not leak
      if (!seen) throw notFound('Publication', request.params.publicationId);
      reply.header('Cache-Control', 'no-store');
      return seen;
    },
  );

  app.post(
    '/publications',
    {
      config: { permission: 'publications:schedule', audited: true },
      schema: {
        operationId: 'schedulePublication',
        tags: ['Publications'],
        summary: 'Schedule a document for publication: embargo, required approvals, targets',
        body: NewPublicationSchema,
        response: {
          201: success(PublicationSchema, 'The scheduled publication'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const now = clock();
      const { advisoryReportId, ...draft } = request.body;
      const pub = await inRequestContext(
        handle.db.transaction().execute(async (trx) => {
          let content = draft.content;
          let sourceRef: string | null = null;
          if (advisoryReportId) {
            // only what the scheduler may read in full can be scheduled from an advice
            const report = await readAdvisoryReport(trx, request.principal, advisoryReportId, now);
            if (report.withheldSectionKeys.length > 0) {
              throw invalidInput('You may not read all of this advice.', [
                {
                  name: 'advisoryReportId',
                  reason: 'parts are withheld from you',
                  value: advisoryReportId,
                },
              ]);
            }
            if (content.trim() === '')
              content = report.sections.map((s) => `${s.heading}\n\n${s.text}`).join('\n\n');
            sourceRef = `advisory-report:${advisoryReportId}`;
          }
          return schedulePublication(trx, request.principal, { ...draft, content, sourceRef }, now);
        }),
        () => 'body',
      );
      return reply.code(201).send(view(pub, request.principal, now)!);
    },
  );

  app.post(
    '/publications/:publicationId/approvals',
    {
      config: { permission: 'publications:approve', audited: true },
      schema: {
        operationId: 'approvePublication',
        tags: ['Publications'],
        summary: 'Give the approval a publication awaits from you (e.g. the minister’s)',
        params: PublicationParamsSchema,
        response: {
          201: success(PublicationSchema, 'The publication'),
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
      const now = clock();
      const pub = await handle.db
        .transaction()
        .execute((trx) =>
          approvePublication(trx, request.principal, request.params.publicationId, now),
        );
      return reply.code(201).send(view(pub, request.principal, now)!);
    },
  );

  app.post(
    '/publications/:publicationId/withdrawal',
    {
      config: { permission: 'publications:withdraw', audited: true },
      schema: {
        operationId: 'withdrawPublication',
        tags: ['Publications'],
        summary: 'Withdraw a publication with a reason; a public notice stays',
        params: PublicationParamsSchema,
        body: WithdrawalSchema,
        response: {
          201: success(PublicationSchema, 'The withdrawn publication'),
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
      const now = clock();
      const pub = await inRequestContext(
        handle.db
          .transaction()
          .execute((trx) =>
            withdrawPublication(
              trx,
              request.principal,
              request.params.publicationId,
              request.body.reason,
              now,
            ),
          ),
        () => 'body',
      );
      return reply.code(201).send(view(pub, request.principal, now)!);
    },
  );
};
