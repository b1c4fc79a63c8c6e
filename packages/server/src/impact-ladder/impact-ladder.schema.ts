import { Type } from 'typebox';
import { EVIDENCE_GRADES } from '@weegschaal/core';
import { LadderRuleSchema } from './ladder-rule.query.ts';

export const LadderOverrideSchema = Type.Object({
  id: Type.Integer(),
  measureCode: Type.String(),
  level: Type.Integer(),
  position: Type.Integer({ minimum: 1 }),
  rationale: Type.String(),
  author: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});

export const NewLadderOverrideSchema = Type.Object({
  measureCode: Type.String({ pattern: '^[a-z0-9-]+$', maxLength: 64 }),
  level: Type.Integer({ minimum: 0, maximum: 99 }),
  position: Type.Integer({ minimum: 1, maximum: 1000, description: '1 = most harmful' }),
  rationale: Type.String({
    maxLength: 4000,
    description: 'Why the computed rank is overruled (at least 20 characters)',
  }),
  author: Type.String({
    minLength: 1,
    maxLength: 200,
    description: 'Recorded as given until user accounts exist',
  }),
});

export const ImpactLadderEntrySchema = Type.Object({
  id: Type.String({ description: 'measureCode/level' }),
  measureCode: Type.String(),
  level: Type.Integer(),
  ficheVersion: Type.Integer({ description: 'The adopted fiche version the score comes from' }),
  position: Type.Integer({
    description: 'Final position, 1 = most harmful, after manual placements',
  }),
  computedRank: Type.Integer({ description: 'Rank by score alone; ties share it' }),
  score: Type.Number({ description: 'Harm score: higher is more harm' }),
  scoreLow: Type.Number(),
  scoreHigh: Type.Number(),
  tiedWith: Type.Array(Type.String()),
  overlapsWith: Type.Array(Type.String(), {
    description: 'Entries whose uncertainty intervals overlap',
  }),
  counted: Type.Integer(),
  notAssessed: Type.Integer(),
  contributions: Type.Array(
    Type.Object({
      target: Type.String(),
      score: Type.Number(),
      evidence: Type.Enum(EVIDENCE_GRADES),
      weight: Type.Number(),
      harm: Type.Number(),
    }),
  ),
  placement: Type.Union([Type.Literal('computed'), Type.Literal('override')]),
  override: Type.Union([LadderOverrideSchema, Type.Null()]),
});

export const ImpactLadderSchema = Type.Object({
  demo: Type.Boolean({ description: 'true when the fiches include demo content' }),
  rule: LadderRuleSchema,
  entries: Type.Array(ImpactLadderEntrySchema),
  unranked: Type.Array(
    Type.Object({
      measureCode: Type.String(),
      level: Type.Integer(),
      reason: Type.Literal('no-adopted-fiche'),
    }),
  ),
  explanation: Type.Array(Type.String(), { description: 'The rule and every step, in words' }),
});

export const LadderOverrideListSchema = Type.Object({ items: Type.Array(LadderOverrideSchema) });
