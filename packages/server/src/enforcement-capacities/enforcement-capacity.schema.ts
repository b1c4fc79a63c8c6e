import { Type } from 'typebox';
import { ENFORCEMENT_KINDS, ENFORCEMENT_REGION_LEVELS } from '@weegschaal/core';

const RegionCode = Type.String({
  pattern: '^(VR[0-9]{2}|GM[0-9]{4})$',
  description: 'A veiligheidsregio (VRnn) or gemeente (GMnnnn)',
});

export const EnforcementCapacityIdParams = Type.Object({
  enforcementCapacityId: Type.String({ format: 'uuid' }),
});

export const EnforcementCapacityInputSchema = Type.Object({
  regionCode: RegionCode,
  kind: Type.Enum(ENFORCEMENT_KINDS),
  organisation: Type.String({ minLength: 1, maxLength: 200 }),
  // null first: with type coercion a null would otherwise become the number 0
  fte: Type.Union([Type.Null(), Type.Number({ minimum: 0 })], {
    description: 'Full-time equivalents',
  }),
  persons: Type.Union([Type.Null(), Type.Integer({ minimum: 0 })]),
  agreement: Type.String({ maxLength: 4000, description: 'Agreements on deployability' }),
  contactOrganisation: Type.String({ minLength: 1, maxLength: 200 }),
  reviewDate: Type.String({
    format: 'date',
    description: 'When the agreement must be checked again',
  }),
});

export const EnforcementCapacitySchema = Type.Object({
  ...EnforcementCapacityInputSchema.properties,
  regionCode: Type.String(),
  id: Type.String({ format: 'uuid' }),
  regionLevel: Type.Enum(ENFORCEMENT_REGION_LEVELS),
  regionName: Type.Union([Type.String(), Type.Null()]),
  veiligheidsregioCode: Type.Union([Type.String(), Type.Null()]),
  stale: Type.Boolean({ description: 'The review date has passed' }),
  demo: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const EnforcementCapacityListSchema = Type.Object({
  demo: Type.Boolean({ description: 'true when any item is demo content' }),
  stale: Type.Integer({ description: 'How many entries are past their review date' }),
  items: Type.Array(EnforcementCapacitySchema),
});

export const EnforcementCapacityQuerySchema = Type.Object({
  region: Type.Optional(
    Type.String({
      pattern: '^[A-Z]{2}[0-9]{2,8}$',
      description: 'A region and the gemeenten in it',
    }),
  ),
  kind: Type.Optional(Type.Enum(ENFORCEMENT_KINDS)),
  stale: Type.Optional(Type.Boolean({ description: 'Only entries past their review date' })),
});
