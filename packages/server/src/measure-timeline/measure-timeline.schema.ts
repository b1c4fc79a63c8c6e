import { Type } from 'typebox';
import type { TObject, TOptional } from 'typebox';
import { OXCGRT_INDICATOR_CODES, STRINGENCY_INDICATORS } from '@weegschaal/core';
import { MeasureLevelSchema } from '../measures/measure.schema.ts';

const CountryCode = Type.String({
  pattern: '^[A-Z]{3}$',
  description: 'ISO 3166-1 alpha-3 country code, e.g. NLD',
});
const IsoDate = Type.String({ format: 'date' });
const Index = Type.Union([Type.Number({ minimum: 0, maximum: 100 }), Type.Null()]);
const Flag = Type.Union([Type.Literal(0), Type.Literal(1), Type.Null()]);

export const TimelineQuerySchema = Type.Object({
  country: CountryCode,
  from: Type.Optional(Type.String({ format: 'date', description: 'First day (inclusive)' })),
  to: Type.Optional(Type.String({ format: 'date', description: 'Last day (inclusive)' })),
});

export const ComparisonQuerySchema = Type.Object({
  countries: Type.Optional(
    Type.String({
      pattern: '^[A-Z]{3}(,[A-Z]{3})*$',
      description: 'Comma-separated country codes, e.g. NLD,BEL,DEU (default: all)',
    }),
  ),
  from: Type.Optional(Type.String({ format: 'date', description: 'First day (inclusive)' })),
  to: Type.Optional(Type.String({ format: 'date', description: 'Last day (inclusive)' })),
});

export const SourceSchema = Type.Object({
  name: Type.String(),
  credit: Type.String({ description: 'The attribution the licence requires' }),
  licence: Type.String(),
  url: Type.String(),
});

export const PolicyCountrySchema = Type.Object({
  countryCode: CountryCode,
  countryName: Type.String(),
  firstDate: IsoDate,
  lastDate: IsoDate,
  days: Type.Integer({ minimum: 0 }),
});

export const PolicyLevelSchema = Type.Object({
  level: Type.Integer({ minimum: 0 }),
  flag: Flag,
});

const levelProperties: Record<string, TOptional<typeof PolicyLevelSchema>> = {};
for (const code of OXCGRT_INDICATOR_CODES) levelProperties[code] = Type.Optional(PolicyLevelSchema);

export const PolicyLevelsSchema: TObject = Type.Object(levelProperties, {
  description: 'The recorded level and flag per OxCGRT indicator; an absent indicator has no data',
});

export const IndicatorSchema = Type.Object({
  code: Type.Enum(OXCGRT_INDICATOR_CODES),
  nameEn: Type.String(),
  maxLevel: Type.Integer({ minimum: 1 }),
  flag: Type.Union([Type.Enum(['geographic-scope', 'sectoral-scope', 'cost']), Type.Null()], {
    description: 'What a flag of 1 means; null when the indicator has no flag',
  }),
  inStringencyIndex: Type.Boolean(),
  measure: Type.Union(
    [
      Type.Object({
        code: Type.String(),
        nameNl: Type.String(),
        nameEn: Type.String(),
        levels: Type.Array(MeasureLevelSchema),
        demo: Type.Boolean({ description: 'true when the catalogue entry is demo content' }),
      }),
      Type.Null(),
    ],
    { description: 'The catalogue measure mapped to this indicator (by its oxcgrtCode)' },
  ),
});

export const TimelineDaySchema = Type.Object({
  date: IsoDate,
  levels: PolicyLevelsSchema,
  stringencyIndex: Type.Object({
    published: Index,
    computed: Type.Union([Type.Number(), Type.Null()], {
      description:
        'Computed here from the levels and flags (unrounded); null when data are missing',
    }),
  }),
});

export const MeasureTimelineSchema = Type.Object({
  demo: Type.Boolean({ description: 'Always false: the timeline is real OxCGRT data' }),
  source: SourceSchema,
  country: PolicyCountrySchema,
  from: IsoDate,
  to: IsoDate,
  stringencyIndicators: Type.Array(Type.Enum(STRINGENCY_INDICATORS)),
  indicators: Type.Array(IndicatorSchema),
  days: Type.Array(TimelineDaySchema),
});

export const StringencyComparisonSchema = Type.Object({
  demo: Type.Boolean({ description: 'Always false: real OxCGRT data' }),
  source: SourceSchema,
  from: Type.Union([IsoDate, Type.Null()]),
  to: Type.Union([IsoDate, Type.Null()]),
  series: Type.Array(
    Type.Object({
      countryCode: CountryCode,
      countryName: Type.String(),
      points: Type.Array(
        Type.Object({
          date: IsoDate,
          published: Index,
          computed: Type.Union([Type.Number(), Type.Null()]),
        }),
      ),
    }),
  ),
});

export const CalculationParamsSchema = Type.Object({
  countryCode: CountryCode,
  date: Type.String({ format: 'date' }),
});

const SubIndexSchema = Type.Object({
  code: Type.Enum(OXCGRT_INDICATOR_CODES),
  nameEn: Type.String(),
  level: Type.Union([Type.Integer(), Type.Null()]),
  flag: Flag,
  maxLevel: Type.Integer(),
  hasFlag: Type.Boolean(),
  subIndex: Type.Union([Type.Number(), Type.Null()]),
  rule: Type.Enum(['zero-level', 'flagged', 'unflagged', 'missing-level', 'missing-flag']),
  working: Type.String({ description: 'The arithmetic of this sub-index' }),
});

export const StringencyCalculationSchema = Type.Object({
  demo: Type.Boolean(),
  source: SourceSchema,
  countryCode: CountryCode,
  date: IsoDate,
  published: Index,
  value: Type.Union([Type.Number(), Type.Null()]),
  rounded: Type.Union([Type.Number(), Type.Null()]),
  deviation: Type.Union([Type.Number(), Type.Null()], {
    description: '|computed − published|, null when either is missing',
  }),
  components: Type.Array(SubIndexSchema),
  missing: Type.Array(Type.Enum(OXCGRT_INDICATOR_CODES)),
  formula: Type.String(),
  missingDataRule: Type.String(),
  explanation: Type.String(),
});
