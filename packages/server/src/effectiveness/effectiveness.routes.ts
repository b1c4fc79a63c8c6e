import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { computeMatrix, rankSectorRisk } from '@weegschaal/core';
import {
  countFiches,
  getScenario,
  listEffectivenessEstimates,
  listScenarios,
  listSectorRisks,
  upsertEffectivenessEstimate,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { bodyUnless, inRequestContext } from '../http/invalid-params.ts';
import { MeasureCodeSchema } from '../fiches/fiche.schema.ts';
import {
  LadderRuleQuerySchema,
  ruleFromQuery,
  ruleToPayload,
} from '../impact-ladder/ladder-rule.query.ts';
import { loadImpactLadder } from '../impact-ladder/impact-ladder.routes.ts';
import {
  EffectivenessEstimateListSchema,
  EffectivenessEstimateSchema,
  EffectivenessInputSchema,
  MatrixSchema,
  ScenarioCodeSchema,
  ScenarioListSchema,
  SectorRiskLadderSchema,
} from './effectiveness.schema.ts';

export const effectivenessRoutes: FastifyPluginAsyncTypebox<{ handle: DatabaseHandle }> = async (
  app,
  { handle },
) => {
  app.get(
    '/scenarios',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'listScenarios',
        tags: ['Effectiveness'],
        summary: 'OMT context scenarios (variant, season, compliance, vaccination coverage)',
        response: { 200: success(ScenarioListSchema, 'The scenarios'), 500: problemResponses[500] },
      },
    },
    async () => {
      const items = await listScenarios(handle.db);
      return { demo: items.some((s) => s.demo), items };
    },
  );

  app.get(
    '/effectiveness-estimates',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'listEffectivenessEstimates',
        tags: ['Effectiveness'],
        summary: 'The OMT’s ordinal effectiveness estimates per measure-level and scenario',
        querystring: Type.Object({
          scenario: Type.Optional(ScenarioCodeSchema),
          measureCode: Type.Optional(MeasureCodeSchema),
        }),
        response: {
          200: success(EffectivenessEstimateListSchema, 'The estimates'),
          400: problemResponses[400],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const items = await listEffectivenessEstimates(handle.db, {
        scenarioCode: request.query.scenario,
        measureCode: request.query.measureCode,
      });
      return { demo: items.some((e) => e.demo), items };
    },
  );

  app.put(
    '/effectiveness-estimates/:measureCode/:level/:scenarioCode',
    {
      config: { permission: 'effectiveness:write' },
      schema: {
        operationId: 'putEffectivenessEstimate',
        tags: ['Effectiveness'],
        summary: 'Record or revise the OMT estimate for a measure-level in a scenario',
        params: Type.Object({
          measureCode: MeasureCodeSchema,
          level: Type.Integer({ minimum: 0, maximum: 99 }),
          scenarioCode: ScenarioCodeSchema,
        }),
        body: EffectivenessInputSchema,
        response: {
          200: success(EffectivenessEstimateSchema, 'The estimate as stored'),
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    (request) =>
      inRequestContext(
        handle.db
          .transaction()
          .execute((trx) =>
            upsertEffectivenessEstimate(trx, { ...request.params, ...request.body, demo: false }),
          ),
        bodyUnless('level'),
      ),
  );

  app.get(
    '/sector-risk-ladder',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'getSectorRiskLadder',
        tags: ['Effectiveness'],
        summary: 'The OMT’s risk ladder of sectors',
        response: {
          200: success(SectorRiskLadderSchema, 'The ranked sectors'),
          500: problemResponses[500],
        },
      },
    },
    async () => {
      const risks = await listSectorRisks(handle.db);
      return { demo: risks.some((r) => r.demo), ...rankSectorRisk(risks) };
    },
  );

  app.get(
    '/matrix',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'getEffectImpactMatrix',
        tags: ['Effectiveness'],
        summary: 'Effectiveness (per scenario) against societal impact, with quadrants',
        description:
          'Places every measure-level that has an adopted fiche and an OMT estimate for the scenario. ' +
          'compareScenario adds where each point was in another scenario. The impact ladder rule parameters apply.',
        querystring: Type.Object({
          scenario: ScenarioCodeSchema,
          compareScenario: Type.Optional(ScenarioCodeSchema),
          ...LadderRuleQuerySchema.properties,
        }),
        response: {
          200: success(MatrixSchema, 'The matrix with its explanation'),
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const { scenario: code, compareScenario, ...ruleQuery } = request.query;
      const rule = ruleFromQuery(ruleQuery);
      const scenario = await getScenario(handle.db, code);
      const estimates = await listEffectivenessEstimates(handle.db);
      const compare = compareScenario
        ? { scenario: await getScenario(handle.db, compareScenario), estimates }
        : null;
      const matrix = computeMatrix(
        await loadImpactLadder(handle.db, rule),
        estimates,
        scenario,
        compare,
      );
      return {
        demo: (await countFiches(handle.db)).demo > 0 || scenario.demo,
        rule: ruleToPayload(rule),
        ...matrix,
      };
    },
  );
};
