import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { analyseBundle } from '@weegschaal/core';
import {
  getBundle,
  listAdoptedFiches,
  listBundleEstimates,
  listBundles,
  listEffectivenessEstimates,
  listScenarios,
  upsertBundle,
  upsertBundleEstimate,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { inRequestContext } from '../http/invalid-params.ts';
import {
  LadderRuleQuerySchema,
  ruleFromQuery,
  ruleToPayload,
} from '../impact-ladder/ladder-rule.query.ts';
import {
  EffectivenessInputSchema,
  ScenarioCodeSchema,
} from '../effectiveness/effectiveness.schema.ts';
import {
  BundleAnalysisSchema,
  BundleInputSchema,
  BundleListSchema,
  BundleSchema,
} from './bundle.schema.ts';

const BundleCodeSchema = Type.String({ pattern: '^[a-z0-9-]+$', maxLength: 64 });

const BundleEstimateSchema = Type.Object({
  bundleCode: Type.String(),
  scenarioCode: Type.String(),
  estimate: Type.Integer(),
  low: Type.Integer(),
  high: Type.Integer(),
  rationale: Type.String(),
  author: Type.String(),
  updatedAt: Type.String({ format: 'date-time' }),
  demo: Type.Boolean(),
});

export const bundleRoutes: FastifyPluginAsyncTypebox<{ handle: DatabaseHandle }> = async (
  app,
  { handle },
) => {
  app.get(
    '/bundles',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'listBundles',
        tags: ['Bundles'],
        summary: 'Bundles (packages) of measure-levels',
        response: { 200: success(BundleListSchema, 'The bundles'), 500: problemResponses[500] },
      },
    },
    async () => {
      const items = await listBundles(handle.db);
      return { demo: items.some((b) => b.demo), items };
    },
  );

  app.get(
    '/bundles/:bundleCode',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'getBundle',
        tags: ['Bundles'],
        summary:
          'A bundle with its effectiveness per scenario, impact profile and burden per group',
        description:
          'Effectiveness is the OMT’s own estimate for the bundle; where there is none, a derived value is given with ' +
          'its rule and caveat — never the sum of the members. The impact ladder rule parameters apply to the profile.',
        params: Type.Object({ bundleCode: BundleCodeSchema }),
        querystring: LadderRuleQuerySchema,
        response: {
          200: success(BundleAnalysisSchema, 'The bundle and its analysis'),
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const rule = ruleFromQuery(request.query);
      const bundle = await getBundle(handle.db, request.params.bundleCode);
      const analysis = analyseBundle(bundle, {
        fiches: await listAdoptedFiches(handle.db),
        memberEstimates: await listEffectivenessEstimates(handle.db),
        bundleEstimates: await listBundleEstimates(handle.db, { bundleCode: bundle.code }),
        scenarios: await listScenarios(handle.db),
        rule,
      });
      return { demo: bundle.demo, rule: ruleToPayload(rule), ...analysis };
    },
  );

  app.put(
    '/bundles/:bundleCode',
    {
      config: { permission: 'bundles:write' },
      schema: {
        operationId: 'putBundle',
        tags: ['Bundles'],
        summary: 'Create or replace a bundle',
        params: Type.Object({ bundleCode: BundleCodeSchema }),
        body: BundleInputSchema,
        response: {
          200: success(BundleSchema, 'The bundle as stored'),
          400: problemResponses[400],
          500: problemResponses[500],
        },
      },
    },
    (request) =>
      inRequestContext(
        handle.db
          .transaction()
          .execute((trx) =>
            upsertBundle(trx, { code: request.params.bundleCode, ...request.body, demo: false }),
          ),
        (name) => (name === 'code' ? 'params' : 'body'),
      ),
  );

  app.put(
    '/bundles/:bundleCode/effectiveness-estimates/:scenarioCode',
    {
      config: { permission: 'effectiveness:write' },
      schema: {
        operationId: 'putBundleEffectivenessEstimate',
        tags: ['Bundles'],
        summary: 'Record the OMT’s own estimate for a bundle in a scenario',
        params: Type.Object({ bundleCode: BundleCodeSchema, scenarioCode: ScenarioCodeSchema }),
        body: EffectivenessInputSchema,
        response: {
          200: success(BundleEstimateSchema, 'The estimate as stored'),
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
            upsertBundleEstimate(trx, { ...request.params, ...request.body, demo: false }),
          ),
        () => 'body',
      ),
  );
};
