import { Type } from 'typebox';
import { PRODUCT_AREAS } from '@weegschaal/core';

export const OverviewSchema = Type.Object(
  {
    demo: Type.Boolean({ description: 'true when any content comes from the generated demo data' }),
    demoLoadedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    database: Type.Object({
      kind: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
      schemaVersion: Type.Union([Type.String(), Type.Null()]),
    }),
    areas: Type.Array(
      Type.Object({
        area: Type.Enum(PRODUCT_AREAS),
        status: Type.Union([Type.Literal('available'), Type.Literal('not-built')]),
        counts: Type.Array(Type.Object({ key: Type.String(), value: Type.Integer() })),
      }),
    ),
  },
  { description: 'What is in the database, per product area' },
);
