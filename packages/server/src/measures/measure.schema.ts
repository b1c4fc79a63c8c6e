import { Type } from 'typebox';
import { IMPACT_GROUPS, MEASURE_CATEGORIES, MEASURE_CLUSTERS, SECTORS } from '@weegschaal/core';

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
  cluster: Type.Enum(MEASURE_CLUSTERS, { description: 'Cluster of measures advised on together' }),
  sectors: Type.Array(Type.Enum(SECTORS), { description: 'Sectors the measure touches directly' }),
  groups: Type.Array(Type.Enum(IMPACT_GROUPS), {
    description: 'Groups the measure touches directly',
  }),
  legalBasis: Type.Union([Type.String(), Type.Null()], {
    description: 'Legal basis, as a citation',
  }),
  levels: Type.Array(MeasureLevelSchema),
  demo: Type.Boolean({ description: 'true for generated demo content' }),
});

export const MeasureListSchema = Type.Object({
  demo: Type.Boolean({ description: 'true when any item is demo content' }),
  items: Type.Array(MeasureSchema),
});
