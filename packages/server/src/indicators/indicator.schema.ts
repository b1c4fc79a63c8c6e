import { Type } from 'typebox';
import {
  AGGREGATIONS,
  FREQUENCIES,
  INDICATOR_THEMES,
  POLARITIES,
  REGION_LEVELS,
  UNITS,
} from '@weegschaal/core';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const IndicatorSchema = Type.Object({
  code: Type.String({ pattern: '^[a-z0-9-]+$' }),
  nameNl: Type.String(),
  nameEn: Type.String(),
  theme: Type.Enum(INDICATOR_THEMES),
  definitionNl: Type.String(),
  definitionEn: Type.String(),
  unit: Type.Enum(UNITS),
  source: Type.Object({ name: Type.String(), url: Nullable(Type.String()) }),
  frequency: Type.Enum(FREQUENCIES, {
    description: "'irregular' is a survey in waves, dated by its first day",
  }),
  lowestLevel: Type.Enum(REGION_LEVELS),
  aggregation: Type.Enum(AGGREGATIONS, {
    description: 'How values of lower regions make the value of a higher one',
  }),
  ratio: Nullable(
    Type.Object({
      numerator: Type.String(),
      denominator: Type.String(),
      multiplier: Type.Number(),
    }),
  ),
  polarity: Type.Enum(POLARITIES),
  signal: Nullable(
    Type.Object(
      {
        attention: Nullable(Type.Number()),
        alarm: Nullable(Type.Number()),
        setBy: Type.String(),
        rationale: Type.String(),
        setOn: Type.String({ format: 'date' }),
        demo: Type.Boolean({
          description: 'true when the values are illustrative, set by the project',
        }),
      },
      { description: 'Signal values (attention, alarm) with who set them and why' },
    ),
  ),
  validMin: Nullable(Type.Number()),
  validMax: Nullable(Type.Number()),
  importAliases: Type.Array(Type.String(), {
    description: 'Column names that hold it in source files',
  }),
  demoSeries: Type.Boolean({ description: 'true when its series here is generated demo data' }),
});

export const IndicatorListSchema = Type.Object({
  demo: Type.Boolean({
    description: 'true when any item has demo series or illustrative signal values',
  }),
  items: Type.Array(IndicatorSchema),
});
