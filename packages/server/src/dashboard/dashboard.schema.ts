import { Type } from 'typebox';
import {
  FREQUENCIES,
  INDICATOR_THEMES,
  OBSERVATION_STATUSES,
  POLARITIES,
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
  }),
  freshness: Type.Object({
    lastPeriodEnd: Nullable(Type.String({ format: 'date' })),
    ageDays: Nullable(Type.Integer()),
    lateAfterDays: Type.Integer(),
    late: Type.Boolean(),
  }),
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
