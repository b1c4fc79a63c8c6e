import { Type } from 'typebox';
import { OBSERVATION_STATUSES, PERIOD_TYPES } from '@weegschaal/core';

export const PeriodSchema = Type.Object({
  type: Type.Enum(PERIOD_TYPES),
  key: Type.String({ description: "'2021-03-15', '2021-W11', '2021-03', '2021-Q1' or '2021'" }),
  start: Type.String({ format: 'date' }),
  end: Type.String({ format: 'date' }),
});

export const ObservationSchema = Type.Object({
  indicatorCode: Type.String(),
  regionCode: Type.String(),
  period: PeriodSchema,
  breakdown: Type.String({
    description: "Subgroup such as 'leeftijd:16-24'; '' is the whole population",
  }),
  value: Type.Number(),
  lower: Type.Union([Type.Number(), Type.Null()], {
    description: 'Lower bound of an interval estimate',
  }),
  upper: Type.Union([Type.Number(), Type.Null()], {
    description: 'Upper bound of an interval estimate',
  }),
  status: Type.Enum(OBSERVATION_STATUSES),
  revision: Type.Integer({
    minimum: 1,
    description: '1 for the first value; each changing import adds one',
  }),
  batchId: Type.Integer({ description: 'The import batch that stored this revision' }),
  recordedAt: Type.String({ format: 'date-time' }),
  demo: Type.Boolean({ description: 'true when it comes from generated demo data' }),
});

export const ObservationListSchema = Type.Object({
  demo: Type.Boolean({ description: 'true when any item is demo content' }),
  count: Type.Integer(),
  truncated: Type.Boolean({ description: 'true when the limit cut the list short' }),
  items: Type.Array(ObservationSchema),
});
