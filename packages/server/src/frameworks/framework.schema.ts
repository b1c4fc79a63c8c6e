import { Type } from 'typebox';
import {
  EFFECTIVENESS_BASES,
  FRAMEWORK_STATUSES,
  SMAA_WEIGHT_INFORMATION,
  WEIGHT_SET_METHODS,
} from '@weegschaal/core';

const Id = Type.String({ format: 'uuid' });
const Code = Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 64 });
const Timestamp = Type.String({ format: 'date-time' });
/** Deep engine output (explanations, trees): documented in prose, passed through as computed. */
const Deep = (description: string) => Type.Unknown({ description });

export const FrameworkIdParams = Type.Object({ frameworkId: Id });

export const FrameworkSchema = Type.Object({
  id: Id,
  code: Type.String(),
  version: Type.Integer(),
  nameNl: Type.String(),
  nameEn: Type.String(),
  description: Type.String(),
  status: Type.Enum(FRAMEWORK_STATUSES),
  tree: Deep(
    'The criteria tree: groups and criteria (effectiveness, impact, value with its right ids)',
  ),
  author: Type.String(),
  createdAt: Timestamp,
  publishedAt: Type.Union([Timestamp, Type.Null()]),
  basedOnVersion: Type.Union([Type.Integer(), Type.Null()]),
  changeNote: Type.String(),
  packageCodes: Type.Array(Type.String()),
  demo: Type.Boolean(),
});

export const FrameworkListQuerySchema = Type.Object({
  code: Type.Optional(Code),
});

export const FrameworkListSchema = Type.Object({
  demo: Type.Boolean(),
  items: Type.Array(FrameworkSchema),
});

export const FrameworkInputSchema = Type.Object({
  code: Code,
  nameNl: Type.String({ maxLength: 200 }),
  nameEn: Type.String({ maxLength: 200 }),
  description: Type.String({ maxLength: 4000 }),
  tree: Type.Optional(
    Type.Object(
      {},
      { additionalProperties: true, description: 'The criteria tree; default: the standard tree' },
    ),
  ),
  packageCodes: Type.Array(Code, { maxItems: 100 }),
  changeNote: Type.String({ maxLength: 4000 }),
  basedOnId: Type.Optional(
    Type.String({ format: 'uuid', description: 'The version this one revises' }),
  ),
});

export const StatusInputSchema = Type.Object({ status: Type.Literal('published') });

export const ScoreSchema = Type.Object({
  packageCode: Type.String(),
  criterionId: Type.String(),
  value: Type.Number(),
  low: Type.Union([Type.Number(), Type.Null()]),
  high: Type.Union([Type.Number(), Type.Null()]),
  rationale: Type.String(),
  author: Type.String(),
  source: Type.String({
    description: 'Where the number comes from: fiche version, OMT estimate, or judgement',
  }),
  updatedAt: Timestamp,
});

export const ScoresInputSchema = Type.Object({
  cells: Type.Array(
    Type.Object({
      packageCode: Code,
      criterionId: Code,
      value: Type.Number(),
      // optional rather than nullable: the validator coerces types, and would turn null into
      // 0 (or 0 into null) inside a union
      low: Type.Optional(Type.Number({ description: 'Lower end of the range; give with high' })),
      high: Type.Optional(Type.Number({ description: 'Upper end of the range; give with low' })),
      rationale: Type.String({ maxLength: 4000 }),
      source: Type.String({ maxLength: 400 }),
    }),
    { maxItems: 2000 },
  ),
});

export const ScoreListSchema = Type.Object({
  demo: Type.Boolean(),
  items: Type.Array(ScoreSchema),
});

export const WeightSetSchema = Type.Object({
  id: Id,
  frameworkId: Id,
  label: Type.String(),
  method: Type.Enum(WEIGHT_SET_METHODS),
  input: Deep('The judgements as given: points, swings, AHP comparisons or an imprecise model'),
  rationale: Type.String(),
  author: Type.String(),
  createdAt: Timestamp,
  weights: Type.Array(Type.Object({ criterionId: Type.String(), weight: Type.Number() })),
  explanation: Deep(
    'How the method turned the judgements into weights (swings, AHP matrix and consistency, ...)',
  ),
  warnings: Type.Array(Type.String()),
});

export const WeightSetListSchema = Type.Object({
  demo: Type.Boolean(),
  items: Type.Array(WeightSetSchema),
});

export const WeightSetInputSchema = Type.Object({
  label: Type.String({ maxLength: 200 }),
  rationale: Type.String({ maxLength: 4000 }),
  input: Type.Object(
    { method: Type.Enum(WEIGHT_SET_METHODS) },
    {
      additionalProperties: true,
      description:
        'direct: points; swing: swings; ahp: criterionIds, judgements; imprecise: criterionIds, model',
    },
  ),
});

export const FrameworkDetailSchema = Type.Object({
  demo: Type.Boolean(),
  framework: FrameworkSchema,
  scores: Type.Array(ScoreSchema),
  weightSets: Type.Array(WeightSetSchema),
});

const RulesQuery = Type.String({
  pattern: '^(mavt|topsis|promethee-ii)(,(mavt|topsis|promethee-ii))*$',
  description: 'Comma-separated decision rules for the MIT ranking; default all three',
});

export const RankingsQuerySchema = Type.Object({
  weightSetId: Id,
  rules: Type.Optional(RulesQuery),
  requiredEffectiveness: Type.Optional(
    Type.Number({ description: 'The OMT’s required effectiveness, for the lexicographic rule' }),
  ),
  basis: Type.Optional(
    Type.Enum(EFFECTIVENESS_BASES, { description: 'Which end of the OMT range must reach it' }),
  ),
});

export const SmaaQuerySchema = Type.Object({
  weightSetId: Type.Optional(Id),
  weightInformation: Type.Optional(
    Type.Enum(SMAA_WEIGHT_INFORMATION, {
      description:
        'What is known about the weights; default: the set itself for imprecise sets, else its rank order',
    }),
  ),
  samples: Type.Optional(Type.Integer({ minimum: 100, maximum: 100000 })),
  seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 2147483647 })),
});

export const RationaleQuerySchema = Type.Object({
  weightSetId: Id,
  rules: Type.Optional(RulesQuery),
  requiredEffectiveness: Type.Optional(Type.Number()),
  basis: Type.Optional(Type.Enum(EFFECTIVENESS_BASES)),
  samples: Type.Optional(Type.Integer({ minimum: 100, maximum: 100000 })),
  seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 2147483647 })),
  language: Type.Optional(
    Type.Union([Type.Literal('nl'), Type.Literal('en')], {
      default: 'nl',
      description: 'Language of the PDF document',
    }),
  ),
});

const Ranked = Type.Array(
  Type.Object({ alternativeId: Type.String(), score: Type.Number(), rank: Type.Integer() }),
);

export const RankingsSchema = Type.Object({
  demo: Type.Boolean(),
  notice: Type.String(),
  framework: Type.Object({
    id: Id,
    code: Type.String(),
    version: Type.Integer(),
    status: Type.String(),
  }),
  weightSet: Deep(
    'The weight set: id, label, method, weights per leaf criterion, explanation, warnings',
  ),
  criterionIds: Type.Array(Type.String()),
  packageCodes: Type.Array(Type.String()),
  incomplete: Type.Array(
    Type.Object({ packageCode: Type.String(), missingCriteria: Type.Array(Type.String()) }),
  ),
  omt: Type.Object({ criterionIds: Type.Array(Type.String()), ranking: Ranked }),
  mit: Type.Array(Type.Object({ rule: Type.String(), ranking: Ranked })),
  mitRulesAgreeOnTop: Type.Boolean(),
  lexicographic: Deep(
    'The lexicographic rule: qualifying packages by least societal impact, excluded ones with shortfall',
  ),
  lexicographicNote: Type.Union([Type.String(), Type.Null()]),
  working: Deep(
    'Each engine’s working: OMT and MIT MAVT values, TOPSIS ideal points and distances, PROMETHEE flows',
  ),
  sensitivity: Deep(
    'One-way weight sensitivity of the MIT ranking: stable intervals, flip points, what would make each package win',
  ),
});

export const SmaaSchema = Type.Object({
  demo: Type.Boolean(),
  framework: Type.Object({
    id: Id,
    code: Type.String(),
    version: Type.Integer(),
    status: Type.String(),
  }),
  weightSet: Type.Union([
    Type.Object({ id: Id, label: Type.String(), method: Type.String() }),
    Type.Null(),
  ]),
  weightInformation: Type.Enum(SMAA_WEIGHT_INFORMATION),
  criterionIds: Type.Array(Type.String()),
  incomplete: Type.Array(
    Type.Object({ packageCode: Type.String(), missingCriteria: Type.Array(Type.String()) }),
  ),
  samples: Type.Integer(),
  seed: Type.Integer(),
  scoreUncertainty: Type.Boolean(),
  weightModel: Deep('The weight information sampled from'),
  packages: Type.Array(
    Type.Object({
      packageCode: Type.String(),
      rankAcceptability: Type.Array(Type.Number(), {
        description: 'Share of draws per rank, rank 1 first',
      }),
      centralWeights: Type.Union([Type.Array(Type.Number()), Type.Null()]),
      confidenceFactor: Type.Union([Type.Number(), Type.Null()]),
    }),
  ),
});

export const RationaleSchema = Type.Object({
  demo: Type.Boolean(),
  framework: Deep(
    'Code, version, status, author, publication and change note of the framework version',
  ),
  weightSet: Deep('The weight set with its rationale, author, explanation and warnings'),
  criteria: Deep(
    'Each criterion with side, scale (value function and reference level), weight, and the rights a value rests on',
  ),
  rankings: Deep(
    'The side-by-side rankings, lexicographic rule and sensitivity, as GET …/rankings gives them',
  ),
  smaa: Deep('The SMAA-2 result on the MIT side, with its seed'),
  cells: Type.Array(ScoreSchema),
  statements: Type.Object(
    { nl: Type.Array(Type.String()), en: Type.Array(Type.String()) },
    { description: 'Sentences an advice can quote, in Dutch and in English' },
  ),
});
