import { Type } from 'typebox';
import type { Static } from 'typebox';
import {
  EVIDENCE_GRADES,
  FICHE_STATUSES,
  IMPACT_TARGET_KINDS,
  UNCERTAINTY_LEVELS,
} from '@weegschaal/core';

export const MeasureCodeSchema = Type.String({ pattern: '^[a-z0-9-]+$', maxLength: 64 });
export const FicheParamsSchema = Type.Object({
  measureCode: MeasureCodeSchema,
  level: Type.Integer({
    minimum: 0,
    maximum: 99,
    description: 'Stringency level; fiches exist for levels above 0',
  }),
});
export const FicheVersionParamsSchema = Type.Object({
  measureCode: MeasureCodeSchema,
  level: Type.Integer({ minimum: 0, maximum: 99 }),
  version: Type.Integer({ minimum: 1, maximum: 100000 }),
});

const Score = Type.Integer({
  minimum: -3,
  maximum: 3,
  description: 'Ordinal impact: −3 large negative … 0 none … +3 large positive, against level 0',
});
const Text = (maxLength: number) => Type.String({ maxLength });

export const FicheImpactSchema = Type.Object({
  target: Type.Object({
    kind: Type.Enum(IMPACT_TARGET_KINDS),
    code: Type.String({
      pattern: '^[a-z0-9-]+$',
      maxLength: 64,
      description: 'A domain, group or sector code',
    }),
  }),
  shortTerm: Score,
  longTerm: Score,
  evidence: Type.Enum(EVIDENCE_GRADES),
  uncertainty: Type.Enum(UNCERTAINTY_LEVELS),
  explanation: Text(4000),
  sources: Type.Array(
    Type.Object({
      citation: Text(1000),
      url: Type.Union([Type.String({ maxLength: 2000 }), Type.Null()]),
    }),
    { maxItems: 50 },
  ),
  mitigations: Type.Array(Text(2000), { maxItems: 50 }),
});

export const FicheContentSchema = Type.Object({
  summary: Text(4000),
  impacts: Type.Array(FicheImpactSchema, { maxItems: 100 }),
  rights: Type.Array(
    Type.Object({
      rightId: Type.String({ maxLength: 32, description: 'Id from /fundamental-rights' }),
      note: Text(2000),
    }),
    { maxItems: 60 },
  ),
});

const Author = Type.String({
  minLength: 1,
  maxLength: 200,
  description: 'Who makes the change. Recorded as given until user accounts exist.',
});

export const FicheVersionSchema = Type.Object({
  measureCode: Type.String(),
  level: Type.Integer(),
  version: Type.Integer(),
  status: Type.Enum(FICHE_STATUSES),
  content: FicheContentSchema,
  author: Type.String(),
  changeNote: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  demo: Type.Boolean({ description: 'true for generated demo content' }),
});

export const FicheTransitionSchema = Type.Object({
  measureCode: Type.String(),
  level: Type.Integer(),
  version: Type.Integer(),
  from: Type.Enum(FICHE_STATUSES),
  to: Type.Enum(FICHE_STATUSES),
  author: Type.String(),
  reason: Type.String(),
  at: Type.String({ format: 'date-time' }),
});

export const FicheSummarySchema = Type.Object({
  measureCode: Type.String(),
  level: Type.Integer(),
  latestVersion: Type.Integer(),
  latestStatus: Type.Enum(FICHE_STATUSES),
  adoptedVersion: Type.Union([Type.Integer(), Type.Null()]),
  updatedAt: Type.String({ format: 'date-time' }),
  demo: Type.Boolean(),
});

export const FicheListSchema = Type.Object({
  demo: Type.Boolean({ description: 'true when any item is demo content' }),
  items: Type.Array(FicheSummarySchema),
});

export const FicheSchema = Type.Object({
  measureCode: Type.String(),
  level: Type.Integer(),
  demo: Type.Boolean(),
  versions: Type.Array(FicheVersionSchema, {
    description: 'Every version, oldest first; never overwritten',
  }),
  transitions: Type.Array(FicheTransitionSchema, { description: 'The review workflow history' }),
});

export const NewFicheVersionSchema = Type.Object({
  content: FicheContentSchema,
  author: Author,
  changeNote: Type.String({
    minLength: 1,
    maxLength: 2000,
    description: 'Why this version is made',
  }),
});
export type NewFicheVersionBody = Static<typeof NewFicheVersionSchema>;

export const NewTransitionSchema = Type.Object({
  to: Type.Enum(FICHE_STATUSES),
  author: Author,
  reason: Type.String({ minLength: 1, maxLength: 2000 }),
});

export const FicheDiffSchema = Type.Object({
  measureCode: Type.String(),
  level: Type.Integer(),
  from: Type.Integer(),
  to: Type.Integer(),
  changes: Type.Array(
    Type.Object({
      path: Type.String(),
      kind: Type.Union([Type.Literal('added'), Type.Literal('removed'), Type.Literal('changed')]),
      before: Type.Unknown(),
      after: Type.Unknown(),
    }),
  ),
  impactsTouched: Type.Array(Type.String()),
});
