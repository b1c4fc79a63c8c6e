import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { alertDigestText, amsterdamDate, buildAlertDigest } from '@weegschaal/core';
import {
  alertsUpTo,
  decideAlert,
  getAlert,
  listAlerts,
  runAlertDetection,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { apiVersionHeaders, problemResponses, success } from '../http/responses.ts';
import {
  AlertDecisionSchema,
  AlertIdParams,
  AlertListQuerySchema,
  AlertListSchema,
  AlertSchema,
  DetectionRunRequestSchema,
  DetectionRunSchema,
  DigestQuerySchema,
  DigestSchema,
} from './alert.schema.ts';

/**
 * Early-warning alerts: the list and one alert with its series and bound, the decision
 * (acknowledge or dismiss, with a note), detection runs on demand and the daily digest.
 */
export const alertRoutes: FastifyPluginAsyncTypebox<{
  handle: DatabaseHandle;
  clock: () => Date;
}> = async (app, { handle, clock }) => {
  const read = { permission: 'alerts:read' as const };
  const guarded = {
    400: problemResponses[400],
    401: problemResponses[401],
    403: problemResponses[403],
    500: problemResponses[500],
  };

  app.get(
    '/alerts',
    {
      config: read,
      schema: {
        operationId: 'listAlerts',
        tags: ['Alerts'],
        summary: 'Early-warning alerts, newest first',
        querystring: AlertListQuerySchema,
        response: { 200: success(AlertListSchema, 'The alerts matching the filters'), ...guarded },
      },
    },
    async (request) => {
      const q = request.query;
      const { items, total } = await listAlerts(handle.db, {
        ...(q.status ? { status: q.status } : {}),
        ...(q.method ? { method: q.method } : {}),
        ...(q.seriesKind ? { seriesKind: q.seriesKind } : {}),
        ...(q.region ? { regionCode: q.region } : {}),
        ...(q.detectionRunId ? { detectionRunId: q.detectionRunId } : {}),
        limit: q.limit ?? 100,
        offset: q.offset ?? 0,
      });
      return { demo: items.some((a) => a.demo), total, items };
    },
  );

  app.get(
    '/alerts/digest',
    {
      config: read,
      schema: {
        operationId: 'getAlertDigest',
        tags: ['Alerts'],
        summary: 'The daily digest: alerts detected and decided on a day, and those still open',
        description:
          'Days are calendar days in the Netherlands. With Accept: text/plain the digest comes as plain text ' +
          '(an e-mail body); as JSON it carries the same text in `text`.',
        querystring: DigestQuerySchema,
        response: {
          200: {
            description: 'The digest',
            headers: apiVersionHeaders,
            content: {
              'application/json': { schema: DigestSchema },
              'text/plain': { schema: Type.String() },
            },
          },
          ...guarded,
        },
      },
    },
    async (request, reply) => {
      const date = request.query.date ?? amsterdamDate(clock());
      const digest = buildAlertDigest(date, await alertsUpTo(handle.db, date));
      const text = alertDigestText(digest, request.query.lang ?? 'nl');
      const accept = request.headers.accept ?? '';
      if (accept.includes('text/plain') && !accept.includes('application/json')) {
        return reply.type('text/plain; charset=utf-8').send(text);
      }
      return reply.type('application/json; charset=utf-8').send({ ...digest, text });
    },
  );

  app.get(
    '/alerts/:alertId',
    {
      config: read,
      schema: {
        operationId: 'getAlert',
        tags: ['Alerts'],
        summary: 'One alert with its explanation, and the series with the bound for a chart',
        params: AlertIdParams,
        response: {
          200: success(AlertSchema, 'The alert'),
          ...guarded,
          404: problemResponses[404],
        },
      },
    },
    (request) => getAlert(handle.db, request.params.alertId),
  );

  app.post(
    '/alerts/:alertId/decisions',
    {
      config: { permission: 'alerts:decide' },
      schema: {
        operationId: 'decideAlert',
        tags: ['Alerts'],
        summary: 'Acknowledge or dismiss an alert, with a note',
        description:
          'Open → acknowledged or dismissed; acknowledged → dismissed. Who and when are recorded from the session.',
        params: AlertIdParams,
        body: AlertDecisionSchema,
        response: {
          200: success(AlertSchema, 'The alert with its new status'),
          ...guarded,
          404: problemResponses[404],
          409: problemResponses[409],
        },
      },
    },
    (request) =>
      handle.db
        .transaction()
        .execute((trx) =>
          decideAlert(
            trx,
            request.params.alertId,
            request.body.status,
            request.body.note,
            request.principal.username ?? 'unknown',
            clock(),
          ),
        ),
  );

  app.post(
    '/alerts/detection-runs',
    {
      config: { permission: 'detection-runs:create' },
      schema: {
        operationId: 'createDetectionRun',
        tags: ['Alerts'],
        summary: 'Run early-warning detection over the signal counts and indicator series now',
        description:
          'EARS C1, C2, C3 (and Farrington where three years of history exist) on the weekly signal counts per ' +
          'gemeente and domain, EARS on recent national weekly and daily indicator series. An alarm that is ' +
          'already an alert (same series, method and period) adds nothing.',
        body: Type.Optional(DetectionRunRequestSchema),
        response: {
          201: success(DetectionRunSchema, 'The run, with how many alarms and new alerts it found'),
          ...guarded,
        },
      },
    },
    async (request, reply) => {
      const run = await runAlertDetection(handle.db, {
        trigger: 'on-demand',
        requestedBy: request.principal.username ?? null,
        asOf: request.body?.asOf ?? amsterdamDate(clock()),
      });
      return reply.code(201).send(run);
    },
  );
};
