import { Type } from 'typebox';
import {
  FREQUENCIES,
  INDICATOR_THEMES,
  OBSERVATION_STATUSES,
  PERIOD_TYPES,
  POLARITIES,
  TREND_DIRECTIONS,
  TREND_METHODS,
  UNITS,
} from '@weegschaal/core';
import { PeriodSchema } from '../observations/observation.schema.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

const PointSchema = Type.Object({
  period: PeriodSchema,
  value: Type.Number(),
  status: Type.Enum(OBSERVATION_STATUSES),
  demo: Type.Boolean(),
});

/** testTrend's result: the test, its p-value and window, and the sentences that explain it */
const TrendMarkSchema = Type.Object({
  method: Type.Enum(TREND_METHODS),
  direction: Type.Enum(TREND_DIRECTIONS),
  assessment: Nullable(
    Type.Union(['favourable', 'unfavourable', 'neutral'].map((s) => Type.Literal(s))),
  ),
  pValue: Nullable(Type.Number()),
  alpha: Type.Number(),
  slope: Nullable(Type.Number()),
  slopePerYear: Nullable(Type.Number()),
  statistic: Nullable(
    Type.Union([
      Type.Object({
        name: Type.Literal('S'),
        value: Type.Number(),
        variance: Type.Number(),
        exact: Type.Boolean(),
        ties: Type.Boolean(),
      }),
      Type.Object({
        name: Type.Literal('t'),
        value: Type.Number(),
        degreesOfFreedom: Type.Number(),
        standardError: Type.Number(),
      }),
    ]),
  ),
  window: Type.Object({
    periodType: Type.Enum(PERIOD_TYPES),
    periods: Type.Integer(),
    from: Type.String(),
    to: Type.String(),
    points: Type.Integer(),
    minimumPoints: Type.Integer(),
  }),
  serialCorrelation: Nullable(Type.Number()),
  explanation: Type.Array(Type.String()),
});

const TileSchema = Type.Object({
  indicatorCode: Type.String(),
  nameNl: Type.String(),
  nameEn: Type.String(),
  unit: Type.Enum(UNITS),
  polarity: Type.Enum(POLARITIES),
  frequency: Type.Enum(FREQUENCIES),
  source: Type.Object({ name: Type.String(), url: Nullable(Type.String()) }),
  latest: Nullable(PointSchema),
  previous: Nullable(PointSchema),
  change: Nullable(
    Type.Object({
      absolute: Type.Number(),
      relative: Nullable(Type.Number()),
      direction: Type.Union([Type.Literal('up'), Type.Literal('down'), Type.Literal('flat')]),
      assessment: Type.Union([
        Type.Literal('better'),
        Type.Literal('worse'),
        Type.Literal('neutral'),
      ]),
      gapPeriods: Type.Integer({
        minimum: 1,
        description: 'periods from the previous value to the latest (1 when adjacent)',
      }),
    }),
  ),
  sparkline: Type.Array(
    Type.Object({
      periodKey: Type.String(),
      value: Type.Number(),
      status: Type.Enum(OBSERVATION_STATUSES),
    }),
  ),
  signal: Type.Object({
    status: Type.Union(
      ['normal', 'attention', 'alarm', 'no-signal-values', 'no-data'].map((s) => Type.Literal(s)),
    ),
    threshold: Nullable(Type.Number()),
    values: Nullable(
      Type.Object({
        attention: Nullable(Type.Number()),
        alarm: Nullable(Type.Number()),
        setBy: Type.String(),
        rationale: Type.String(),
        setOn: Type.String({ format: 'date' }),
        demo: Type.Boolean(),
      }),
    ),
    transition: Nullable(
      Type.Union(['worsened', 'improved', 'unchanged'].map((s) => Type.Literal(s))),
    ),
    problems: Type.Array(Type.String()),
  }),
  freshness: Type.Object({
    state: Type.Union(['fresh', 'late', 'no-data'].map((s) => Type.Literal(s))),
    lastPeriodEnd: Nullable(Type.String({ format: 'date' })),
    ageDays: Nullable(Type.Integer()),
    expectedBy: Nullable(Type.String({ format: 'date', description: 'late after this day' })),
    overdueDays: Type.Integer({ minimum: 0 }),
    missingPeriods: Nullable(Type.Integer({ minimum: 0 })),
    late: Type.Boolean(),
  }),
  trend: Nullable(TrendMarkSchema),
  demo: Type.Boolean(),
  explanation: Type.Array(Type.String()),
});

export const DashboardSchema = Type.Object({
  region: Type.Object({ code: Type.String(), name: Type.String() }),
  asOf: Type.String({ format: 'date' }),
  demo: Type.Boolean({
    description: 'true when any tile shows demo series or illustrative signal values',
  }),
  themes: Type.Array(
    Type.Object({ theme: Type.Enum(INDICATOR_THEMES), tiles: Type.Array(TileSchema) }),
  ),
  explanation: Type.Array(Type.String()),
});
