import { Type } from 'typebox';
import { REGION_LEVELS } from '@weegschaal/core';

const RegionLevelSchema = Type.Enum(REGION_LEVELS, {
  description:
    'land (NL01), provincie (PV..), ggd-regio, veiligheidsregio (VR..), gemeente (GM....), wijk, buurt',
});

export const RegionSchema = Type.Object({
  code: Type.String({ description: 'CBS code: NL01, PV27, VR13, GM0363, ...' }),
  name: Type.String(),
  displayName: Type.Union([Type.String(), Type.Null()], {
    description: "The short name a dashboard shows ('Den Haag' for 's-Gravenhage)",
  }),
  level: RegionLevelSchema,
  parents: Type.Array(Type.Object({ level: RegionLevelSchema, code: Type.String() }), {
    description: 'The regions this one lies in, one per higher level',
  }),
  divisionFrom: Type.Integer({
    description: 'First municipal division (1 January of the year) with this code',
  }),
  divisionTo: Type.Union([Type.Integer(), Type.Null()], {
    description: 'Last division with this code; null while it is part of the current division',
  }),
  border: Type.Boolean({
    description: 'Gemeente on the land border with Germany or Belgium (GROS)',
  }),
  shrinking: Type.Boolean({
    description:
      "Gemeente in one of the nine krimpregio's of the Rijk (BZK, list of 1 January 2019), converted to the 2023 division in core/src/regions/special-regions.ts; not yet checked line by line against the official list (docs/decisions/0006)",
  }),
  population: Type.Array(
    Type.Object({
      year: Type.Integer(),
      count: Type.Integer({ minimum: 0 }),
      source: Type.String(),
    }),
  ),
});

export const RegionListSchema = Type.Object({ items: Type.Array(RegionSchema) });

export const RegionDetailSchema = Type.Object({
  ...RegionSchema.properties,
  children: Type.Array(
    Type.Object({ code: Type.String(), name: Type.String(), level: RegionLevelSchema }),
    { description: 'Regions of the current division that lie in this one' },
  ),
  redivisions: Type.Array(
    Type.Object({
      oldCode: Type.String(),
      successorCode: Type.String(),
      effectiveOn: Type.String({ format: 'date' }),
      kind: Type.Union([Type.Literal('merger'), Type.Literal('split')]),
      part: Type.Union([Type.String(), Type.Null()]),
    }),
    { description: 'Municipal re-divisions this code took part in' },
  ),
  currentDivision: Type.Object(
    {
      kind: Type.Union([Type.Literal('current'), Type.Literal('merged'), Type.Literal('split')]),
      codes: Type.Array(Type.String()),
      explanation: Type.String(),
    },
    { description: 'How observations under this code map onto the current division' },
  ),
});
