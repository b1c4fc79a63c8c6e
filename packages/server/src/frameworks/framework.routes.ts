import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  DECISION_RULES,
  criterionLeaves,
  defaultCriteriaTree,
  frameworkRankings,
  frameworkRationale,
  frameworkSmaa,
  weightSetWeights,
} from '@weegschaal/core';
import type {
  CriteriaGroup,
  DecisionRule,
  EffectivenessBasis,
  FrameworkRecord,
  SmaaWeightInformation,
  WeightSet,
  WeightSetInput,
} from '@weegschaal/core';
import {
  createFramework,
  createWeightSet,
  getFramework,
  getWeightSet,
  listFrameworkScores,
  listFrameworks,
  listWeightSets,
  publishFramework,
  upsertFrameworkScores,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { apiVersionHeaders, problemResponses, success } from '../http/responses.ts';
import { renderRationalePdf } from './framework-rationale-pdf.ts';
import { bodyUnless, inRequestContext } from '../http/invalid-params.ts';
import {
  FrameworkDetailSchema,
  FrameworkIdParams,
  FrameworkInputSchema,
  FrameworkListQuerySchema,
  FrameworkListSchema,
  FrameworkSchema,
  RankingsQuerySchema,
  RankingsSchema,
  RationaleQuerySchema,
  RationaleSchema,
  ScoreListSchema,
  ScoresInputSchema,
  SmaaQuerySchema,
  SmaaSchema,
  StatusInputSchema,
  WeightSetInputSchema,
  WeightSetListSchema,
  WeightSetSchema,
} from './framework.schema.ts';

/** Defaults that make a result reproducible when the client does not choose. */
const DEFAULT_SAMPLES = 10_000;
const DEFAULT_SEED = 20_261_123;

function withWeights(framework: FrameworkRecord, set: WeightSet) {
  const leafIds = criterionLeaves(framework.tree).map((l) => l.id);
  const derived = weightSetWeights(set.input, leafIds);
  return {
    ...set,
    method: set.input.method,
    weights: leafIds.map((criterionId, j) => ({ criterionId, weight: derived.weights[j]! })),
    explanation: derived.explanation,
    warnings: derived.warnings,
  };
}

/** PDF only when asked for explicitly: browsers and clients that send *\/* get JSON. */
const prefersPdf = (accept: string | undefined): boolean =>
  (accept ?? '').split(',').some((part) => part.trim().split(';')[0] === 'application/pdf');

const parseRules = (rules: string | undefined): DecisionRule[] =>
  rules ? [...new Set(rules.split(',') as DecisionRule[])] : [...DECISION_RULES];

export const frameworkRoutes: FastifyPluginAsyncTypebox<{
  handle: DatabaseHandle;
  clock: () => Date;
}> = async (app, { handle, clock }) => {
  const read = { permission: 'public' as const };
  const write = { permission: 'frameworks:write' as const };

  app.get(
    '/frameworks',
    {
      config: read,
      schema: {
        operationId: 'listFrameworks',
        tags: ['Frameworks'],
        summary: 'Weighing frameworks, every version',
        querystring: FrameworkListQuerySchema,
        response: {
          200: success(
            FrameworkListSchema,
            'The framework versions, newest version first per code',
          ),
          400: problemResponses[400],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const items = await listFrameworks(
        handle.db,
        request.query.code ? { code: request.query.code } : {},
      );
      return { demo: items.some((f) => f.demo), items };
    },
  );

  app.post(
    '/frameworks',
    {
      config: write,
      schema: {
        operationId: 'createFramework',
        tags: ['Frameworks'],
        summary: 'Create a framework, or a new version of one (basedOnId)',
        description:
          'A new version copies the scores and weight sets of the version it revises where packages and criteria ' +
          'still exist. Without a tree the standard tree is used: effectiveness, impacts, and the six values with their rights.',
        body: FrameworkInputSchema,
        response: {
          201: success(FrameworkSchema, 'The new draft version'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const created = await inRequestContext(
        handle.db.transaction().execute((trx) =>
          createFramework(trx, {
            code: body.code,
            nameNl: body.nameNl,
            nameEn: body.nameEn,
            description: body.description,
            tree: (body.tree as CriteriaGroup | undefined) ?? defaultCriteriaTree(),
            packageCodes: body.packageCodes,
            author: request.principal.username ?? 'unknown',
            changeNote: body.changeNote,
            basedOnId: body.basedOnId ?? null,
            demo: false,
          }),
        ),
        () => 'body',
      );
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/frameworks/:frameworkId',
    {
      config: read,
      schema: {
        operationId: 'getFramework',
        tags: ['Frameworks'],
        summary:
          'A framework version with its criteria, scores (with rationale, source, author) and weight sets',
        params: FrameworkIdParams,
        response: {
          200: success(FrameworkDetailSchema, 'The framework version'),
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const framework = await getFramework(handle.db, request.params.frameworkId);
      const scores = await listFrameworkScores(handle.db, framework.id);
      const sets = await listWeightSets(handle.db, framework.id);
      return {
        demo: framework.demo,
        framework,
        scores,
        weightSets: sets.map((s) => withWeights(framework, s)),
      };
    },
  );

  app.put(
    '/frameworks/:frameworkId/status',
    {
      config: write,
      schema: {
        operationId: 'publishFramework',
        tags: ['Frameworks'],
        summary: 'Publish a draft version; the previously published version is superseded',
        params: FrameworkIdParams,
        body: StatusInputSchema,
        response: {
          200: success(FrameworkSchema, 'The published version'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          409: problemResponses[409],
          500: problemResponses[500],
        },
      },
    },
    (request) =>
      handle.db
        .transaction()
        .execute((trx) => publishFramework(trx, request.params.frameworkId, clock())),
  );

  app.put(
    '/frameworks/:frameworkId/scores',
    {
      config: write,
      schema: {
        operationId: 'putFrameworkScores',
        tags: ['Frameworks'],
        summary:
          'Record scores and value judgements per package and criterion, with rationale and source',
        description:
          'All or nothing. The author is the logged-in user. A value judgement needs a written rationale.',
        params: FrameworkIdParams,
        body: ScoresInputSchema,
        response: {
          200: success(ScoreListSchema, 'Every score of the framework version'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          409: problemResponses[409],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const author = request.principal.username ?? 'unknown';
      const items = await inRequestContext(
        handle.db.transaction().execute((trx) =>
          upsertFrameworkScores(
            trx,
            request.params.frameworkId,
            request.body.cells.map((c) => ({
              ...c,
              low: c.low ?? null,
              high: c.high ?? null,
              author,
            })),
          ),
        ),
        bodyUnless('frameworkId'),
      );
      const framework = await getFramework(handle.db, request.params.frameworkId);
      return { demo: framework.demo, items };
    },
  );

  app.get(
    '/frameworks/:frameworkId/weight-sets',
    {
      config: read,
      schema: {
        operationId: 'listWeightSets',
        tags: ['Frameworks'],
        summary:
          'Weight sets of a framework version, with the weights derived from their judgements',
        params: FrameworkIdParams,
        response: {
          200: success(WeightSetListSchema, 'The weight sets'),
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const framework = await getFramework(handle.db, request.params.frameworkId);
      const sets = await listWeightSets(handle.db, framework.id);
      return { demo: framework.demo, items: sets.map((s) => withWeights(framework, s)) };
    },
  );

  app.post(
    '/frameworks/:frameworkId/weight-sets',
    {
      config: write,
      schema: {
        operationId: 'createWeightSet',
        tags: ['Frameworks'],
        summary:
          'Add a weight set: direct points, swing weighting, AHP comparisons or imprecise weights',
        description:
          'AHP sets above a consistency ratio of 0.1 are stored with a warning that names the worst judgement.',
        params: FrameworkIdParams,
        body: WeightSetInputSchema,
        response: {
          201: success(WeightSetSchema, 'The weight set with its derived weights'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          409: problemResponses[409],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const created = await inRequestContext(
        handle.db.transaction().execute((trx) =>
          createWeightSet(trx, request.params.frameworkId, {
            label: request.body.label,
            rationale: request.body.rationale,
            input: request.body.input as unknown as WeightSetInput,
            author: request.principal.username ?? 'unknown',
          }),
        ),
        bodyUnless('frameworkId'),
      );
      const framework = await getFramework(handle.db, request.params.frameworkId);
      return reply.code(201).send(withWeights(framework, created));
    },
  );

  const load = async (frameworkId: string, weightSetId: string | undefined) => {
    const framework = await getFramework(handle.db, frameworkId);
    const scores = await listFrameworkScores(handle.db, framework.id);
    const set = weightSetId ? await getWeightSet(handle.db, framework.id, weightSetId) : null;
    return { framework, scores, set };
  };

  app.get(
    '/frameworks/:frameworkId/rankings',
    {
      config: read,
      schema: {
        operationId: 'getFrameworkRankings',
        tags: ['Frameworks'],
        summary:
          'The OMT ranking and the MIT rankings side by side, the lexicographic rule and the flip points',
        description:
          'The OMT ranking uses only effectiveness; the MIT rankings (MAVT, TOPSIS, PROMETHEE II) only societal ' +
          'impacts and values. They are never combined into one score. With requiredEffectiveness, the lexicographic ' +
          'rule picks the least societal impact among packages that reach it.',
        params: FrameworkIdParams,
        querystring: RankingsQuerySchema,
        response: {
          200: success(RankingsSchema, 'The rankings with their working'),
          400: problemResponses[400],
          404: problemResponses[404],
          409: problemResponses[409],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const q = request.query;
      const { framework, scores, set } = await load(request.params.frameworkId, q.weightSetId);
      const r = frameworkRankings(framework, scores, set!, {
        rules: parseRules(q.rules),
        requiredEffectiveness:
          q.requiredEffectiveness === undefined
            ? null
            : {
                level: q.requiredEffectiveness,
                basis: (q.basis ?? 'estimate') as EffectivenessBasis,
              },
      });
      const sbs = r.sideBySide;
      return {
        demo: framework.demo,
        notice: sbs.notice,
        framework: r.framework,
        weightSet: r.weightSet,
        criterionIds: r.criterionIds,
        packageCodes: r.packageCodes,
        incomplete: r.incomplete,
        omt: { criterionIds: sbs.omt.criterionIds, ranking: sbs.omt.ranking },
        mit: sbs.mitRankings,
        mitRulesAgreeOnTop: sbs.mitRulesAgreeOnTop,
        lexicographic: sbs.lexicographic,
        lexicographicNote: r.lexicographicNote,
        working: { omt: sbs.omt, mit: sbs.mit },
        sensitivity: r.sensitivity,
      };
    },
  );

  app.get(
    '/frameworks/:frameworkId/smaa',
    {
      config: read,
      schema: {
        operationId: 'getFrameworkSmaa',
        tags: ['Frameworks'],
        summary:
          'SMAA-2 on the MIT side: rank acceptability, central weights and confidence factors',
        description:
          'Seeded and reproducible: the same framework version, weight set, samples and seed give the same numbers. ' +
          'Scores with a range add score uncertainty (triangular).',
        params: FrameworkIdParams,
        querystring: SmaaQuerySchema,
        response: {
          200: success(SmaaSchema, 'The SMAA-2 result'),
          400: problemResponses[400],
          404: problemResponses[404],
          409: problemResponses[409],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const q = request.query;
      const { framework, scores, set } = await load(request.params.frameworkId, q.weightSetId);
      const info: SmaaWeightInformation =
        (q.weightInformation as SmaaWeightInformation | undefined) ??
        (set ? (set.input.method === 'imprecise' ? 'weight-set' : 'rank-order') : 'none');
      const s = await inRequestContext(
        Promise.resolve().then(() =>
          frameworkSmaa(framework, scores, set, {
            weightInformation: info,
            samples: q.samples ?? DEFAULT_SAMPLES,
            seed: q.seed ?? DEFAULT_SEED,
          }),
        ),
        () => 'querystring',
      );
      return {
        demo: framework.demo,
        framework: s.framework,
        weightSet: s.weightSet,
        weightInformation: s.weightInformation,
        criterionIds: s.criterionIds,
        incomplete: s.incomplete,
        samples: s.result.samples,
        seed: s.result.seed,
        scoreUncertainty: s.result.scoreUncertainty,
        weightModel: s.result.weightModel,
        packages: s.result.alternatives.map((packageCode, i) => ({
          packageCode,
          rankAcceptability: s.result.rankAcceptability[i]!,
          centralWeights: s.result.centralWeights[i]!,
          confidenceFactor: s.result.confidenceFactors[i]!,
        })),
      };
    },
  );

  app.get(
    '/frameworks/:frameworkId/rationale',
    {
      config: read,
      schema: {
        operationId: 'getFrameworkRationale',
        tags: ['Frameworks'],
        summary:
          'The rationale an advice can quote: version, weights, method, results, sensitivity, and every cell’s source',
        params: FrameworkIdParams,
        description:
          'Content negotiation: `Accept: application/pdf` gives the same rationale as a PDF document to attach ' +
          'to an advice (language by the language parameter); otherwise JSON.',
        querystring: RationaleQuerySchema,
        response: {
          200: {
            description: 'The rationale document, as JSON or as PDF (A4)',
            headers: apiVersionHeaders,
            content: {
              'application/json': { schema: RationaleSchema },
              'application/pdf': { schema: { type: 'string', format: 'binary' } },
            },
          },
          400: problemResponses[400],
          404: problemResponses[404],
          409: problemResponses[409],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const { framework, scores, set } = await load(request.params.frameworkId, q.weightSetId);
      const doc = frameworkRationale(framework, scores, set!, {
        rules: parseRules(q.rules),
        requiredEffectiveness:
          q.requiredEffectiveness === undefined
            ? null
            : {
                level: q.requiredEffectiveness,
                basis: (q.basis ?? 'estimate') as EffectivenessBasis,
              },
        samples: q.samples ?? DEFAULT_SAMPLES,
        seed: q.seed ?? DEFAULT_SEED,
      });
      if (prefersPdf(request.headers.accept)) {
        const pdf = await renderRationalePdf(doc, q.language ?? 'nl');
        return reply
          .type('application/pdf')
          .header(
            'content-disposition',
            `attachment; filename="rationale-${framework.code}-v${framework.version}.pdf"`,
          )
          .send(pdf);
      }
      return { demo: framework.demo, ...doc };
    },
  );
};
