import { Type } from 'typebox';
import {
  APPROVER_ROLES,
  DEPARTMENTS,
  PUBLICATION_DOCUMENT_TYPES,
  PUBLICATION_TARGETS,
} from '@weegschaal/core';

const Instant = Type.String({ format: 'date-time' });
const Uuid = Type.String({ format: 'uuid' });
const RequiredApprovalSchema = Type.Object({
  role: Type.Enum(APPROVER_ROLES),
  // null first: with Fastify's type coercion, null would otherwise be coerced to a string
  department: Type.Union([Type.Null(), Type.Enum(DEPARTMENTS)]),
});

export const WooMetadataSchema = Type.Object({
  informationCategory: Type.String({ description: 'Woo art. 3.3 information category' }),
  wooArticle: Type.String(),
  creator: Type.String(),
  publisher: Type.String(),
  language: Type.Enum(['nl', 'en']),
});

export const PublicationSchema = Type.Object({
  id: Uuid,
  documentType: Type.Enum(PUBLICATION_DOCUMENT_TYPES),
  title: Type.String(),
  summary: Type.String(),
  content: Type.Union([Type.String(), Type.Null()], {
    description: 'null once withdrawn (for the public)',
  }),
  state: Type.Enum(['awaiting-approval', 'embargoed', 'published', 'withdrawn']),
  publishedAt: Type.Union([Instant, Type.Null()]),
  withdrawal: Type.Union(
    [Type.Object({ withdrawnAt: Instant, reason: Type.String() }), Type.Null()],
    {
      description: 'The public notice of a withdrawal',
    },
  ),
  targets: Type.Array(Type.Enum(PUBLICATION_TARGETS)),
  woo: WooMetadataSchema,
  url: Type.String({ description: 'Where the document is served' }),
  demo: Type.Boolean(),
  // only for those who manage publications
  sourceRef: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  embargoUntil: Type.Optional(Instant),
  requiredApprovals: Type.Optional(Type.Array(RequiredApprovalSchema)),
  approvals: Type.Optional(
    Type.Array(
      Type.Object({
        role: Type.Enum(APPROVER_ROLES),
        department: Type.Union([Type.Enum(DEPARTMENTS), Type.Null()]),
        username: Type.String(),
        approvedAt: Instant,
      }),
    ),
  ),
  stateReason: Type.Optional(Type.String()),
  scheduledAt: Type.Optional(Instant),
});

export const PublicationListSchema = Type.Object({
  demo: Type.Boolean(),
  generatedAt: Instant,
  items: Type.Array(PublicationSchema),
});

export const NewPublicationSchema = Type.Object({
  documentType: Type.Enum(PUBLICATION_DOCUMENT_TYPES),
  title: Type.String({ minLength: 1, maxLength: 300 }),
  summary: Type.String({ maxLength: 2000, default: '' }),
  content: Type.String({
    maxLength: 200000,
    default: '',
    description: 'Empty with advisoryReportId: the advice text',
  }),
  advisoryReportId: Type.Optional(
    Type.String({ format: 'uuid', description: 'Publish (release) this advice' }),
  ),
  embargoUntil: Type.String({ format: 'date-time', description: 'Not public before this moment' }),
  requiredApprovals: Type.Array(RequiredApprovalSchema, { maxItems: 5 }),
  targets: Type.Array(Type.Enum(PUBLICATION_TARGETS), { minItems: 1, maxItems: 2 }),
  language: Type.Enum(['nl', 'en'], { default: 'nl' }),
});

export const PublicationParamsSchema = Type.Object({ publicationId: Uuid });
export const WithdrawalSchema = Type.Object({
  reason: Type.String({ minLength: 1, maxLength: 2000 }),
});
