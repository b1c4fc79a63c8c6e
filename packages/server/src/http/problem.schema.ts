import { Type } from 'typebox';
import type { Static } from 'typebox';

/**
 * RFC 9457 problem details. Every member the server may send is declared here, because
 * Fastify's serializer drops members a response schema does not name.
 */
export const InvalidParamSchema = Type.Object(
  {
    name: Type.String({ description: 'The failing field, e.g. "query.level" or "body.code"' }),
    reason: Type.String(),
    value: Type.Optional(Type.Unknown()),
  },
  { $id: 'InvalidParam' },
);

export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'URI reference identifying the problem type' }),
    title: Type.String(),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.String(),
    instance: Type.Optional(Type.String()),
    invalidParams: Type.Optional(Type.Array(InvalidParamSchema)),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details' },
);

export type Problem = Static<typeof ProblemSchema>;
