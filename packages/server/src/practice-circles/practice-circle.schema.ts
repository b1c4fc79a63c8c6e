import { Type } from 'typebox';
import { SOURCE_KINDS, TARGET_GROUPS } from '@weegschaal/core';

const TargetGroup = Type.Union([Type.Enum(TARGET_GROUPS), Type.Null()]);

export const PracticeCircleSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  code: Type.String(),
  nameNl: Type.String(),
  nameEn: Type.String(),
  targetGroup: TargetGroup,
  sourceKind: Type.Enum(SOURCE_KINDS),
  memberOrganisations: Type.Array(Type.String()),
  description: Type.String(),
  demo: Type.Boolean(),
  memberCount: Type.Integer({ minimum: 0 }),
});

export const PracticeCircleListSchema = Type.Object({
  items: Type.Array(PracticeCircleSchema),
});

const Fields = {
  nameNl: Type.String({ minLength: 1, maxLength: 200 }),
  nameEn: Type.String({ minLength: 1, maxLength: 200 }),
  targetGroup: TargetGroup,
  sourceKind: Type.Enum(SOURCE_KINDS),
  memberOrganisations: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 100 }),
  description: Type.String({ maxLength: 4000 }),
};

export const PracticeCircleInputSchema = Type.Object({
  code: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 }),
  ...Fields,
});

export const PracticeCirclePatchSchema = Type.Partial(Type.Object(Fields));

export const PracticeCircleMemberListSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      accountId: Type.String({ format: 'uuid' }),
      username: Type.String(),
      displayName: Type.String(),
      role: Type.String(),
    }),
  ),
});
