import { Type } from 'typebox';

export const HealthSchema = Type.Object(
  {
    status: Type.Literal('ok'),
    database: Type.Object({
      kind: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
      reachable: Type.Boolean(),
      schemaVersion: Type.Union([Type.String(), Type.Null()]),
      latestMigration: Type.String(),
    }),
    version: Type.String(),
  },
  { description: 'Health of the service' },
);
