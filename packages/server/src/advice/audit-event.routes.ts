import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { countAuditEvents, listAuditEvents, verifyAuditLog } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';

const Hash = Type.String({ pattern: '^[0-9a-f]{64}$' });

const AuditEventSchema = Type.Object({
  seq: Type.Integer({ minimum: 1 }),
  occurredAt: Type.String({ format: 'date-time' }),
  actorUserId: Type.Union([Type.String(), Type.Null()]),
  actorUsername: Type.Union([Type.String(), Type.Null()]),
  actorRole: Type.String(),
  action: Type.String(),
  resourceType: Type.String(),
  resourceId: Type.Union([Type.String(), Type.Null()]),
  details: Type.Record(Type.String(), Type.Unknown()),
  previousHash: Hash,
  hash: Hash,
});

const VerificationSchema = Type.Object({
  ok: Type.Boolean(),
  total: Type.Integer(),
  checked: Type.Integer(),
  headHash: Hash,
  firstBroken: Type.Union([
    Type.Object({
      seq: Type.Integer(),
      reason: Type.Enum(['sequence-gap', 'previous-hash-mismatch', 'hash-mismatch']),
      expected: Type.String(),
      found: Type.String(),
      explanation: Type.String(),
    }),
    Type.Null(),
  ]),
  rule: Type.String(),
});

export const auditEventRoutes: FastifyPluginAsyncTypebox<{ handle: DatabaseHandle }> = async (
  app,
  { handle },
) => {
  app.get(
    '/audit-events',
    {
      config: { permission: 'audit-events:read' },
      schema: {
        operationId: 'listAuditEvents',
        tags: ['Audit'],
        summary:
          'The append-only, hash-chained log of every change and every read of confidential content',
        querystring: Type.Object({
          resourceType: Type.Optional(Type.String({ maxLength: 100 })),
          resourceId: Type.Optional(Type.String({ maxLength: 200 })),
          action: Type.Optional(Type.String({ maxLength: 100 })),
          afterSeq: Type.Optional(
            Type.Integer({ minimum: 0, description: 'Page on: the last seq you have' }),
          ),
          limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
        }),
        response: {
          200: success(
            Type.Object({ total: Type.Integer(), items: Type.Array(AuditEventSchema) }),
            'The events',
          ),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          500: problemResponses[500],
        },
      },
    },
    async (request) => ({
      total: await countAuditEvents(handle.db),
      items: await listAuditEvents(handle.db, request.query),
    }),
  );

  app.get(
    '/audit-events/verification',
    {
      config: { permission: 'audit-events:read' },
      schema: {
        operationId: 'verifyAuditEvents',
        tags: ['Audit'],
        summary: 'Recompute the hash chain now and name the first broken entry',
        response: {
          200: success(VerificationSchema, 'The verification'),
          401: problemResponses[401],
          403: problemResponses[403],
          500: problemResponses[500],
        },
      },
    },
    async () => ({
      ...(await verifyAuditLog(handle.db)),
      total: await countAuditEvents(handle.db),
      rule: 'hash = SHA-256(previousHash + "\\n" + canonical JSON of {seq, occurredAt, actorUserId, actorUsername, actorRole, action, resourceType, resourceId, details}); the first previousHash is 64 zeros',
    }),
  );
};
