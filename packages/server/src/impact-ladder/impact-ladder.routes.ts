import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { computeImpactLadder } from '@weegschaal/core';
import type { ImpactLadder, ImpactLadderRule } from '@weegschaal/core';
import {
  countFiches,
  createOverride,
  listActiveOverrides,
  listAdoptedFiches,
  listMeasures,
  withdrawOverride,
} from '@weegschaal/storage';
import type { DatabaseHandle, Executor } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { inRequestContext } from '../http/invalid-params.ts';
import { LadderRuleQuerySchema, ruleFromQuery, ruleToPayload } from './ladder-rule.query.ts';
import {
  ImpactLadderSchema,
  LadderOverrideListSchema,
  LadderOverrideSchema,
  NewLadderOverrideSchema,
} from './impact-ladder.schema.ts';

/** The ladder as the matrix and bundles also need it: from adopted fiches and active overrides. */
export async function loadImpactLadder(
  db: Executor,
  rule: ImpactLadderRule,
): Promise<ImpactLadder> {
  return computeImpactLadder(
    await listMeasures(db),
    await listAdoptedFiches(db),
    rule,
    await listActiveOverrides(db),
  );
}

export const impactLadderRoutes: FastifyPluginAsyncTypebox<{ handle: DatabaseHandle }> = async (
  app,
  { handle },
) => {
  app.get(
    '/impact-ladder',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'getImpactLadder',
        tags: ['Impact ladder'],
        summary: 'Measure-levels ranked by societal impact under a rule you choose',
        description:
          'Computed from the adopted fiche versions. The rule (which domains, groups and sectors count, which term, ' +
          'whether benefits offset harm, the evidence weights) is returned with the result and explained step by step.',
        querystring: LadderRuleQuerySchema,
        response: {
          200: success(ImpactLadderSchema, 'The impact ladder with its rule and explanation'),
          400: problemResponses[400],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const ladder = await loadImpactLadder(handle.db, ruleFromQuery(request.query));
      return {
        demo: (await countFiches(handle.db)).demo > 0,
        ...ladder,
        rule: ruleToPayload(ladder.rule),
      };
    },
  );

  app.get(
    '/impact-ladder/overrides',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'listImpactLadderOverrides',
        tags: ['Impact ladder'],
        summary: 'Manual placements in force',
        response: {
          200: success(LadderOverrideListSchema, 'The manual placements'),
          500: problemResponses[500],
        },
      },
    },
    async () => ({ items: await listActiveOverrides(handle.db) }),
  );

  app.post(
    '/impact-ladder/overrides',
    {
      config: { permission: 'impact-ladder:write' },
      schema: {
        operationId: 'createImpactLadderOverride',
        tags: ['Impact ladder'],
        summary: 'Place a measure-level by hand, with a written rationale',
        description:
          'Replaces an earlier placement of the same measure-level, which stays on record as withdrawn.',
        body: NewLadderOverrideSchema,
        response: {
          201: success(LadderOverrideSchema, 'The placement'),
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const override = await inRequestContext(
        handle.db.transaction().execute((trx) => createOverride(trx, request.body)),
        () => 'body',
      );
      return reply.code(201).send(override);
    },
  );

  app.delete(
    '/impact-ladder/overrides/:overrideId',
    {
      config: { permission: 'impact-ladder:write' },
      schema: {
        operationId: 'withdrawImpactLadderOverride',
        tags: ['Impact ladder'],
        summary: 'Withdraw a manual placement (it stays on record)',
        params: Type.Object({ overrideId: Type.Integer({ minimum: 1 }) }),
        response: {
          204: success(Type.Null(), 'Withdrawn'),
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      await withdrawOverride(handle.db, request.params.overrideId);
      return reply.code(204).send(null);
    },
  );
};
