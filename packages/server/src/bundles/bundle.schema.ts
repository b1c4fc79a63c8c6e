import { Type } from 'typebox';
import { IMPACT_TARGET_KINDS } from '@weegschaal/core';
import { LadderRuleSchema } from '../impact-ladder/ladder-rule.query.ts';

const MemberSchema = Type.Object({
  measureCode: Type.String({ pattern: '^[a-z0-9-]+$', maxLength: 64 }),
  level: Type.Integer({ minimum: 0, maximum: 99 }),
});

export const BundleSchema = Type.Object({
  code: Type.String(),
  nameNl: Type.String(),
  nameEn: Type.String(),
  description: Type.String(),
  members: Type.Array(MemberSchema),
  demo: Type.Boolean(),
});

export const BundleListSchema = Type.Object({
  demo: Type.Boolean(),
  items: Type.Array(BundleSchema),
});

export const BundleInputSchema = Type.Object({
  nameNl: Type.String({ maxLength: 200 }),
  nameEn: Type.String({ maxLength: 200 }),
  description: Type.String({ maxLength: 4000 }),
  members: Type.Array(MemberSchema, { maxItems: 30 }),
});

export const BundleAnalysisSchema = Type.Object({
  demo: Type.Boolean(),
  rule: LadderRuleSchema,
  bundle: BundleSchema,
  effects: Type.Array(
    Type.Object({
      scenarioCode: Type.String(),
      source: Type.Union([
        Type.Literal('omt-estimate'),
        Type.Literal('derived'),
        Type.Literal('unavailable'),
      ]),
      estimate: Type.Union([Type.Number(), Type.Null()]),
      low: Type.Union([Type.Number(), Type.Null()]),
      high: Type.Union([Type.Number(), Type.Null()]),
      rationale: Type.String(),
      rule: Type.Union([Type.String(), Type.Null()], {
        description: 'For derived values: how they were derived',
      }),
      caveat: Type.Union([Type.String(), Type.Null()], {
        description: 'For derived values: why not to read them as an OMT estimate',
      }),
      missingMembers: Type.Array(Type.String()),
    }),
  ),
  profile: Type.Array(
    Type.Object({
      target: Type.String(),
      kind: Type.Enum(IMPACT_TARGET_KINDS),
      code: Type.String(),
      members: Type.Array(
        Type.Object({ id: Type.String(), score: Type.Number(), harm: Type.Number() }),
      ),
      cumulativeHarm: Type.Number(),
      worst: Type.Number(),
      harmedBy: Type.Integer(),
    }),
  ),
  burden: Type.Array(
    Type.Object({
      group: Type.String(),
      rank: Type.Integer(),
      cumulativeHarm: Type.Number(),
      harmedBy: Type.Integer(),
    }),
  ),
  mostBurdened: Type.Array(Type.String()),
  membersWithoutFiche: Type.Array(Type.String()),
  explanation: Type.Array(Type.String()),
});
