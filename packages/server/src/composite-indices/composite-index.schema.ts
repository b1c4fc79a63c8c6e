import { Type } from 'typebox';
import {
  COMPOSITE_AGGREGATIONS,
  COMPOSITE_ISSUE_KINDS,
  COMPOSITE_LEVELS,
  NORMALISATIONS,
  PERIOD_TYPES,
} from '@weegschaal/core';

const Code = Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 64 });
const Timestamp = Type.String({ format: 'date-time' });
const Polarity = Type.Enum(['higher-is-better', 'higher-is-worse'] as const);
const PeriodKey = Type.String({
  maxLength: 10,
  description: "A period key of the index's period type: '2021-03', '2021-Q1', '2021'…",
});

export const CompositeIndexIdParams = Type.Object({
  compositeIndexId: Type.String({ format: 'uuid' }),
});

const ComponentSchema = Type.Object({
  indicatorCode: Code,
  weight: Type.Number({
    exclusiveMinimum: 0,
    description: 'Relative weight; weights are divided by their sum',
  }),
  polarity: Polarity,
});

const ImputationSchema = Type.Union([
  Type.Object({ rule: Type.Literal('none') }),
  Type.Object({ rule: Type.Literal('carry-forward'), maxPeriods: Type.Integer({ minimum: 1 }) }),
]);

const UncertaintySettingsSchema = Type.Object({
  replicates: Type.Integer({ minimum: 0, maximum: 10_000, description: '0 switches it off' }),
  seed: Type.Integer(),
  weightSpread: Type.Number({
    minimum: 0,
    exclusiveMaximum: 1,
    description: 'Each weight is drawn within ±spread of its value',
  }),
  normalisations: Type.Array(Type.Enum(NORMALISATIONS), { maxItems: 3 }),
});

export const CompositeIndexInputSchema = Type.Object({
  code: Code,
  nameNl: Type.String({ maxLength: 200 }),
  nameEn: Type.String({ maxLength: 200 }),
  descriptionNl: Type.Optional(Type.String({ maxLength: 4000 })),
  descriptionEn: Type.Optional(Type.String({ maxLength: 4000 })),
  components: Type.Array(ComponentSchema, { minItems: 1, maxItems: 30 }),
  normalisation: Type.Enum(NORMALISATIONS),
  aggregation: Type.Enum(COMPOSITE_AGGREGATIONS),
  referencePeriod: Type.Optional(
    Type.Union([PeriodKey, Type.Null()], {
      description: "The period whose value is 100 under 'distance-to-reference'",
    }),
  ),
  minMaxFloor: Type.Optional(
    Type.Number({
      minimum: 0,
      exclusiveMaximum: 1,
      description:
        'Lower end of the min-max scale; default 0.1 under geometric aggregation, else 0',
    }),
  ),
  imputation: Type.Optional(ImputationSchema),
  uncertainty: Type.Optional(
    Type.Partial(UncertaintySettingsSchema, {
      description:
        'Default: 1000 replicates, seed 1, weights within ±50%, every normalisation the aggregation allows',
    }),
  ),
  level: Type.Enum(COMPOSITE_LEVELS),
  periodType: Type.Enum(PERIOD_TYPES),
});

export const CompositeIndexSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  code: Type.String(),
  nameNl: Type.String(),
  nameEn: Type.String(),
  descriptionNl: Type.String(),
  descriptionEn: Type.String(),
  components: Type.Array(ComponentSchema),
  normalisation: Type.Enum(NORMALISATIONS),
  aggregation: Type.Enum(COMPOSITE_AGGREGATIONS),
  referencePeriod: Type.Union([Type.String(), Type.Null()]),
  minMaxFloor: Type.Number(),
  imputation: ImputationSchema,
  uncertainty: UncertaintySettingsSchema,
  level: Type.Enum(COMPOSITE_LEVELS),
  periodType: Type.Enum(PERIOD_TYPES),
  author: Type.String(),
  demo: Type.Boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const CompositeIndexListSchema = Type.Object({
  demo: Type.Boolean({ description: 'true when any item is demo content' }),
  items: Type.Array(CompositeIndexSchema),
});

export const CompositeValuesQuerySchema = Type.Object({
  from: Type.Optional(
    Type.String({ format: 'date', description: 'First day of the periods wanted (YYYY-MM-DD)' }),
  ),
  to: Type.Optional(
    Type.String({ format: 'date', description: 'Last day of the periods wanted (YYYY-MM-DD)' }),
  ),
  region: Type.Optional(
    Type.String({
      pattern: '^[A-Z]{2}[0-9]{2,8}$',
      description:
        "Only this region's values; the index is still computed over every region of its level",
    }),
  ),
  normalisation: Type.Optional(
    Type.Enum(NORMALISATIONS, { description: 'Compute with another normalisation than stored' }),
  ),
  aggregation: Type.Optional(
    Type.Enum(COMPOSITE_AGGREGATIONS, {
      description: 'Compute with another aggregation than stored',
    }),
  ),
  weights: Type.Optional(
    Type.String({
      pattern: '^[a-z0-9-]+:[0-9]+(\\.[0-9]+)?(,[a-z0-9-]+:[0-9]+(\\.[0-9]+)?)*$',
      maxLength: 2000,
      description:
        "Compute with other weights: 'indicator:weight,…' for some or all indicators of the index",
    }),
  ),
});

const Band = Type.Object({ lower: Type.Number(), upper: Type.Number() });

const ValueSchema = Type.Object({
  regionCode: Type.String(),
  periodKey: Type.String(),
  periodStart: Type.String({ format: 'date' }),
  value: Type.Number(),
  rank: Type.Integer({ description: '1 = highest among the regions with an index in the period' }),
  regionsRanked: Type.Integer(),
  termScale: Type.Enum(['index', 'log-index'] as const, {
    description: 'Terms add up to the index (arithmetic) or to ln(index) (geometric)',
  }),
  contributions: Type.Array(
    Type.Object({
      indicatorCode: Type.String(),
      weight: Type.Number({ description: 'After dividing by the sum of weights' }),
      raw: Type.Number(),
      normalised: Type.Number(),
      imputedFrom: Type.Union([Type.String(), Type.Null()]),
      term: Type.Number(),
      share: Type.Union([Type.Number(), Type.Null()]),
    }),
  ),
  uncertainty: Type.Union([
    Type.Object({
      range: Band,
      interval90: Band,
      median: Type.Number(),
      rankRange: Type.Union([Band, Type.Null()]),
      rankInterval90: Type.Union([Band, Type.Null()]),
    }),
    Type.Null(),
  ]),
});

export const CompositeValuesSchema = Type.Object({
  demo: Type.Boolean({
    description: 'true when the index or any observation it uses is demo content',
  }),
  compositeIndex: CompositeIndexSchema,
  normalisation: Type.Enum(NORMALISATIONS, { description: 'The normalisation computed with' }),
  aggregation: Type.Enum(COMPOSITE_AGGREGATIONS, { description: 'The aggregation computed with' }),
  weights: Type.Array(Type.Object({ indicatorCode: Type.String(), weight: Type.Number() }), {
    description: 'The relative weights computed with (stored, or as asked)',
  }),
  region: Type.Union([Type.String(), Type.Null()]),
  periodType: Type.Union([Type.Enum(PERIOD_TYPES), Type.Null()]),
  values: Type.Array(ValueSchema),
  issues: Type.Array(
    Type.Object({
      severity: Type.Enum(['error', 'notice'] as const),
      kind: Type.Enum(COMPOSITE_ISSUE_KINDS),
      indicatorCode: Type.Union([Type.String(), Type.Null()]),
      regionCode: Type.Union([Type.String(), Type.Null()]),
      periodKey: Type.Union([Type.String(), Type.Null()]),
      message: Type.String(),
    }),
  ),
  constants: Type.Array(
    Type.Object({
      indicatorCode: Type.String(),
      constants: Type.Object({
        count: Type.Integer(),
        min: Type.Union([Type.Number(), Type.Null()]),
        max: Type.Union([Type.Number(), Type.Null()]),
        mean: Type.Union([Type.Number(), Type.Null()]),
        sd: Type.Number(),
      }),
    }),
  ),
  uncertainty: Type.Union([
    Type.Object({
      replicates: Type.Integer(),
      seed: Type.Integer(),
      weightSpread: Type.Number(),
      normalisations: Type.Array(Type.Enum(NORMALISATIONS)),
      drawn: Type.Record(Type.String(), Type.Integer()),
    }),
    Type.Null(),
  ]),
  explanation: Type.Array(Type.String(), {
    description: 'How the index was computed, and why it is not a "societal R"',
  }),
});
