import { Type } from 'typebox';
import { CONTEXT_LEVELS, QUADRANTS, SEASONS, SECTORS, VARIANTS } from '@weegschaal/core';
import { LadderRuleSchema } from '../impact-ladder/ladder-rule.query.ts';

export const ScenarioCodeSchema = Type.String({ pattern: '^[a-z0-9-]+$', maxLength: 64 });

export const ScenarioSchema = Type.Object({
  code: Type.String(),
  nameNl: Type.String(),
  nameEn: Type.String(),
  variant: Type.Enum(VARIANTS),
  season: Type.Enum(SEASONS),
  compliance: Type.Enum(CONTEXT_LEVELS),
  vaccinationCoverage: Type.Enum(CONTEXT_LEVELS),
  demo: Type.Boolean(),
});

export const ScenarioListSchema = Type.Object({
  demo: Type.Boolean(),
  items: Type.Array(ScenarioSchema),
});

const Ordinal = (description: string) => Type.Integer({ minimum: 0, maximum: 4, description });

export const EffectivenessInputSchema = Type.Object({
  estimate: Ordinal('0 no measurable effect … 4 very large effect on transmission'),
  low: Ordinal('Lower end of the uncertainty range'),
  high: Ordinal('Upper end of the uncertainty range'),
  rationale: Type.String({ maxLength: 4000 }),
  author: Type.String({
    minLength: 1,
    maxLength: 200,
    description: 'Recorded as given until user accounts exist',
  }),
});

export const EffectivenessEstimateSchema = Type.Object({
  measureCode: Type.String(),
  level: Type.Integer(),
  scenarioCode: Type.String(),
  estimate: Type.Integer(),
  low: Type.Integer(),
  high: Type.Integer(),
  rationale: Type.String(),
  author: Type.String(),
  updatedAt: Type.String({ format: 'date-time' }),
  demo: Type.Boolean(),
});

export const EffectivenessEstimateListSchema = Type.Object({
  demo: Type.Boolean(),
  items: Type.Array(EffectivenessEstimateSchema),
});

export const SectorRiskLadderSchema = Type.Object({
  demo: Type.Boolean(),
  entries: Type.Array(
    Type.Object({
      sector: Type.Enum(SECTORS),
      risk: Type.Integer({ minimum: 1, maximum: 5 }),
      rationale: Type.String(),
      rank: Type.Integer(),
      tiedWith: Type.Array(Type.Enum(SECTORS)),
      demo: Type.Boolean(),
    }),
  ),
  explanation: Type.Array(Type.String()),
});

export const MatrixSchema = Type.Object({
  demo: Type.Boolean(),
  rule: LadderRuleSchema,
  scenario: ScenarioSchema,
  compareScenario: Type.Union([ScenarioSchema, Type.Null()]),
  thresholds: Type.Object({ effectiveness: Type.Number(), impact: Type.Number() }),
  points: Type.Array(
    Type.Object({
      id: Type.String(),
      measureCode: Type.String(),
      level: Type.Integer(),
      effectiveness: Type.Number(),
      effectivenessLow: Type.Number(),
      effectivenessHigh: Type.Number(),
      impact: Type.Number(),
      impactLow: Type.Number(),
      impactHigh: Type.Number(),
      quadrant: Type.Enum(QUADRANTS),
      compared: Type.Union([
        Type.Object({ effectiveness: Type.Number(), quadrant: Type.Enum(QUADRANTS) }),
        Type.Null(),
      ]),
    }),
  ),
  missing: Type.Array(
    Type.Object({
      measureCode: Type.String(),
      level: Type.Integer(),
      reason: Type.Union([Type.Literal('no-estimate'), Type.Literal('not-on-ladder')]),
    }),
  ),
  explanation: Type.Array(Type.String()),
});
