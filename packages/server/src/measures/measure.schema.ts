import { Type } from 'typebox';
import { MEASURE_CATEGORIES } from '@weegschaal/core';

export const MeasureLevelSchema = Type.Object({
  level: Type.Integer({ minimum: 0, description: 'Ordinal stringency level; 0 is no measure' }),
  descriptionNl: Type.String(),
  descriptionEn: Type.String(),
});

export const MeasureSchema = Type.Object({
  code: Type.String({ pattern: '^[a-z0-9-]+$' }),
  nameNl: Type.String(),
  nameEn: Type.String(),
  category: Type.Enum(MEASURE_CATEGORIES),
  oxcgrtCode: Type.Union([Type.String({ pattern: '^[CHE][0-9]$' }), Type.Null()]),
  levels: Type.Array(MeasureLevelSchema),
  demo: Type.Boolean({ description: 'true for generated demo content' }),
});

export const MeasureListSchema = Type.Object({
  demo: Type.Boolean({ description: 'true when any item is demo content' }),
  items: Type.Array(MeasureSchema),
});
