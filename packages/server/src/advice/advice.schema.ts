import { Type } from 'typebox';
import {
  ADVICE_STATUSES,
  ADVISORY_BODIES,
  CONFIDENTIALITIES,
  CONSENT_GRANTEES,
  DEPARTMENTS,
  PACKAGE_ITEM_KINDS,
  SHA256_HEX_PATTERN,
} from '@weegschaal/core';
import { DeadlineStepSchema } from './calendar.schema.ts';

const Code = Type.String({ pattern: '^[a-z0-9-]+$', maxLength: 64 });
const Uuid = Type.String({ format: 'uuid' });
const Instant = Type.String({ format: 'date-time' });
const Sha256 = Type.String({ pattern: SHA256_HEX_PATTERN });

export const AdviceRequestSchema = Type.Object({
  id: Uuid,
  title: Type.String(),
  question: Type.String(),
  requestingDepartment: Type.Enum(DEPARTMENTS),
  measureCodes: Type.Array(Code),
  bundleCodes: Type.Array(Code),
  mccUid: Type.String({ description: 'The MCC meeting served, by its calendar uid' }),
  mccAt: Instant,
  addressees: Type.Array(Type.Enum(ADVISORY_BODIES)),
  deadlines: Type.Array(DeadlineStepSchema, {
    description: 'Derived backwards from the MCC, earliest first',
  }),
  createdBy: Type.Union([Uuid, Type.Null()]),
  createdAt: Instant,
  demo: Type.Boolean(),
});

export const AdviceRequestListSchema = Type.Object({
  demo: Type.Boolean(),
  items: Type.Array(AdviceRequestSchema),
});

export const NewAdviceRequestSchema = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 300 }),
  question: Type.String({ minLength: 1, maxLength: 10000 }),
  requestingDepartment: Type.Enum(DEPARTMENTS),
  measureCodes: Type.Array(Code, { maxItems: 100, default: [] }),
  bundleCodes: Type.Array(Code, { maxItems: 50, default: [] }),
  mccUid: Type.String({ minLength: 1, maxLength: 200 }),
  mccDate: Type.String({ format: 'date', description: 'Date of that MCC (Europe/Amsterdam)' }),
  addressees: Type.Array(Type.Enum(ADVISORY_BODIES), { minItems: 1, maxItems: 2 }),
});

export const RequestParamsSchema = Type.Object({ requestId: Uuid });

export const CoverageSchema = Type.Object({
  requestScope: Type.Array(Code),
  omtReportId: Type.Union([Uuid, Type.Null()]),
  mitReportId: Type.Union([Uuid, Type.Null()]),
  inBoth: Type.Array(Code),
  onlyOmt: Type.Array(Code),
  onlyMit: Type.Array(Code),
  coveredByNeither: Type.Array(Code),
  aligned: Type.Boolean({ description: 'true when both advices cover exactly the same measures' }),
  explanation: Type.Array(Type.String()),
});

const ManifestItemSchema = Type.Object({
  name: Type.String(),
  kind: Type.Enum(PACKAGE_ITEM_KINDS),
  mediaType: Type.String(),
  size: Type.Integer({ minimum: 0 }),
  sha256: Sha256,
});

export const InformationPackageSchema = Type.Object({
  id: Uuid,
  requestId: Uuid,
  version: Type.Integer({ minimum: 1 }),
  supersedesId: Type.Union([Uuid, Type.Null()], { description: 'The version this one corrects' }),
  status: Type.Enum(['draft', 'sent']),
  rootHash: Type.String({
    pattern: SHA256_HEX_PATTERN,
    description: 'SHA-256 over the manifest; see rootHashRule',
  }),
  rootHashRule: Type.String(),
  items: Type.Array(ManifestItemSchema),
  note: Type.String(),
  createdBy: Type.Union([Uuid, Type.Null()]),
  createdAt: Instant,
  sentAt: Type.Union([Instant, Type.Null()]),
  deliveries: Type.Array(
    Type.Object({
      body: Type.Enum(ADVISORY_BODIES),
      availableAt: Type.String({
        format: 'date-time',
        description: 'When the package became available to this body',
      }),
      rootHash: Sha256,
    }),
  ),
  parity: Type.Object({
    equal: Type.Boolean({ description: 'Both bodies got the same root hash at the same moment' }),
    explanation: Type.String(),
  }),
  demo: Type.Boolean(),
});

export const InformationPackageListSchema = Type.Object({
  demo: Type.Boolean(),
  items: Type.Array(InformationPackageSchema),
});

export const NewInformationPackageSchema = Type.Object({
  requestId: Uuid,
  documents: Type.Array(
    Type.Object({
      name: Type.String({ minLength: 1, maxLength: 200 }),
      mediaType: Type.String({ minLength: 3, maxLength: 100, default: 'application/octet-stream' }),
      contentBase64: Type.String({
        maxLength: 14_000_000,
        description: 'The file, base64-encoded',
      }),
    }),
    { maxItems: 40, default: [] },
  ),
  includeSnapshot: Type.Boolean({
    default: true,
    description:
      'Freeze the measures, bundles, adopted fiches and OMT estimates in scope into the package',
  }),
  note: Type.String({ maxLength: 2000, default: '' }),
});

export const PackageParamsSchema = Type.Object({ packageId: Uuid });
export const PackageItemParamsSchema = Type.Object({
  packageId: Uuid,
  itemName: Type.String({ minLength: 1, maxLength: 200 }),
});

const SectionSchema = Type.Object({
  key: Type.String({ pattern: '^[a-z0-9-]{1,40}$' }),
  heading: Type.String({ maxLength: 300 }),
  text: Type.String({ maxLength: 100000 }),
});

export const AdvisoryReportSchema = Type.Object({
  id: Uuid,
  requestId: Uuid,
  body: Type.Enum(ADVISORY_BODIES),
  title: Type.String(),
  sections: Type.Array(SectionSchema, { description: 'The parts you may read' }),
  withheldSectionKeys: Type.Array(Type.String(), {
    description: 'Parts not covered by your consent',
  }),
  measureCodes: Type.Array(Code),
  status: Type.Enum(ADVICE_STATUSES),
  confidentiality: Type.Enum(CONFIDENTIALITIES),
  createdBy: Type.Union([Uuid, Type.Null()]),
  createdAt: Instant,
  updatedAt: Instant,
  adoptedAt: Type.Union([Instant, Type.Null()]),
  sentAt: Type.Union([Instant, Type.Null()]),
  access: Type.Object({
    outcome: Type.Enum(['full', 'partial']),
    viaConsentIds: Type.Array(Uuid),
    reason: Type.String(),
  }),
  demo: Type.Boolean(),
});

export const AdvisoryReportSummarySchema = Type.Object({
  id: Uuid,
  requestId: Uuid,
  body: Type.Enum(ADVISORY_BODIES),
  title: Type.String(),
  measureCodes: Type.Array(Code),
  status: Type.Enum(ADVICE_STATUSES),
  confidentiality: Type.Enum(CONFIDENTIALITIES),
  createdAt: Instant,
  sentAt: Type.Union([Instant, Type.Null()]),
  access: Type.Enum(['full', 'partial']),
  demo: Type.Boolean(),
});

export const AdvisoryReportListSchema = Type.Object({
  demo: Type.Boolean(),
  items: Type.Array(AdvisoryReportSummarySchema),
});

export const ReportContentSchema = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 300 }),
  sections: Type.Array(SectionSchema, { minItems: 1, maxItems: 50 }),
  measureCodes: Type.Array(Code, { maxItems: 100 }),
  confidentiality: Type.Enum(CONFIDENTIALITIES),
});

export const NewAdvisoryReportSchema = Type.Object({
  requestId: Uuid,
  body: Type.Enum(ADVISORY_BODIES),
  ...ReportContentSchema.properties,
});

export const ReportParamsSchema = Type.Object({ reportId: Uuid });
export const ReportTransitionSchema = Type.Object({ status: Type.Enum(['adopted', 'sent']) });

export const ConsentSchema = Type.Object({
  id: Uuid,
  reportId: Uuid,
  sectionKeys: Type.Union([Type.Array(Type.String()), Type.Null()], {
    description: 'null: the whole advice',
  }),
  granteeRole: Type.Enum(CONSENT_GRANTEES),
  grantedBy: Uuid,
  grantedByName: Type.String(),
  grantedAt: Instant,
  expiresAt: Type.Union([Instant, Type.Null()], { description: 'null: until revoked' }),
  revokedAt: Type.Union([Instant, Type.Null()]),
  revokedBy: Type.Union([Uuid, Type.Null()]),
  revocationReason: Type.Union([Type.String(), Type.Null()]),
  note: Type.String(),
  state: Type.Enum(['active', 'expired', 'revoked']),
});

export const ConsentListSchema = Type.Object({ items: Type.Array(ConsentSchema) });

export const NewConsentSchema = Type.Object({
  reportId: Uuid,
  sectionKeys: Type.Union(
    [Type.Null(), Type.Array(Type.String({ maxLength: 40 }), { maxItems: 50 })],
    {
      default: null,
    },
  ),
  granteeRole: Type.Enum(CONSENT_GRANTEES, { default: 'mit-chair' }),
  expiresAt: Type.Union([Type.Null(), Instant]),
  note: Type.String({ maxLength: 2000, default: '' }),
});

export const ConsentParamsSchema = Type.Object({ consentId: Uuid });
export const RevocationSchema = Type.Object({
  reason: Type.String({ minLength: 1, maxLength: 2000 }),
});
