import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Static } from 'typebox';
import {
  MAX_UNCERTAINTY_CELLS,
  compositeDefinition,
  compositeDefinitionOf,
  computeCompositeIndex,
  invalidInput,
  normalisationsAllowed,
  parsePeriod,
  regionLevelOfCompositeLevel,
} from '@weegschaal/core';
import type { CompositeIndexInput, CompositeResult, InvalidParam } from '@weegschaal/core';
import {
  compositeInputVersion,
  createCompositeIndex,
  deleteCompositeIndex,
  getCompositeIndex,
  getRegion,
  listCompositeIndices,
  listCompositeInputs,
  updateCompositeIndex,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { bodyUnless, inRequestContext } from '../http/invalid-params.ts';
import {
  CompositeIndexIdParams,
  CompositeIndexInputSchema,
  CompositeIndexListSchema,
  CompositeIndexSchema,
  CompositeValuesQuerySchema,
  CompositeValuesSchema,
} from './composite-index.schema.ts';

type InputBody = Static<typeof CompositeIndexInputSchema>;

/** The body with the engine's defaults filled in, so every choice is stored and shown. */
function toInput(body: InputBody, author: string): CompositeIndexInput {
  const d = compositeDefinition({
    code: body.code,
    name: body.nameEn,
    components: body.components,
    normalisation: body.normalisation,
    aggregation: body.aggregation,
    referencePeriod: body.referencePeriod ?? null,
    ...(body.minMaxFloor === undefined ? {} : { minMaxFloor: body.minMaxFloor }),
    ...(body.imputation === undefined ? {} : { imputation: body.imputation }),
    ...(body.uncertainty === undefined ? {} : { uncertainty: body.uncertainty }),
  });
  return {
    code: d.code,
    nameNl: body.nameNl,
    nameEn: body.nameEn,
    descriptionNl: body.descriptionNl ?? '',
    descriptionEn: body.descriptionEn ?? '',
    components: d.components,
    normalisation: d.normalisation,
    aggregation: d.aggregation,
    referencePeriod: d.referencePeriod,
    minMaxFloor: d.minMaxFloor,
    imputation: d.imputation,
    uncertainty: d.uncertainty,
    level: body.level,
    periodType: body.periodType,
    author,
    demo: false,
  };
}

/**
 * Computed indices by definition, choices, window and input version: an index per gemeente
 * takes seconds to compute, and a reader switching between gemeenten asks for the same
 * computation again (region= only selects from it). Kept small: one gemeente computation
 * holds tens of megabytes.
 */
const CACHE_ENTRIES = 4;

interface Computed {
  result: CompositeResult;
  demo: boolean;
  notes: string[];
}

/** JSON has no Infinity or NaN: the constants of an indicator without values are null. */
const finiteOrNull = (x: number) => (Number.isFinite(x) ? x : null);

export const compositeIndexRoutes: FastifyPluginAsyncTypebox<{ handle: DatabaseHandle }> = async (
  app,
  { handle },
) => {
  const read = { permission: 'public' as const };
  const write = { permission: 'composite-indices:write' as const };
  const cache = new Map<string, Computed>();
  const writeResponses = {
    400: problemResponses[400],
    401: problemResponses[401],
    403: problemResponses[403],
    500: problemResponses[500],
  };

  app.get(
    '/composite-indices',
    {
      config: read,
      schema: {
        operationId: 'listCompositeIndices',
        tags: ['Composite indices'],
        summary: 'Composite index definitions',
        response: {
          200: success(CompositeIndexListSchema, 'Every composite index definition, by code'),
          500: problemResponses[500],
        },
      },
    },
    async () => {
      const items = await listCompositeIndices(handle.db);
      return { demo: items.some((i) => i.demo), items };
    },
  );

  app.post(
    '/composite-indices',
    {
      config: write,
      schema: {
        operationId: 'createCompositeIndex',
        tags: ['Composite indices'],
        summary: 'Define a composite index from indicators',
        description:
          'Normalisation, aggregation, weights and direction follow the OECD/JRC Handbook on Constructing ' +
          'Composite Indicators. Defaults are filled in and stored, so every choice can be shown. The author ' +
          'is the logged-in user.',
        body: CompositeIndexInputSchema,
        response: {
          201: success(CompositeIndexSchema, 'The new composite index'),
          ...writeResponses,
          409: problemResponses[409],
        },
      },
    },
    async (request, reply) => {
      const created = await inRequestContext(
        handle.db
          .transaction()
          .execute((trx) =>
            createCompositeIndex(
              trx,
              toInput(request.body, request.principal.username ?? 'unknown'),
            ),
          ),
        () => 'body',
      );
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/composite-indices/:compositeIndexId',
    {
      config: read,
      schema: {
        operationId: 'getCompositeIndex',
        tags: ['Composite indices'],
        summary: 'One composite index definition',
        params: CompositeIndexIdParams,
        response: {
          200: success(CompositeIndexSchema, 'The composite index'),
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    (request) => getCompositeIndex(handle.db, request.params.compositeIndexId),
  );

  app.put(
    '/composite-indices/:compositeIndexId',
    {
      config: write,
      schema: {
        operationId: 'putCompositeIndex',
        tags: ['Composite indices'],
        summary: 'Replace a composite index definition',
        params: CompositeIndexIdParams,
        body: CompositeIndexInputSchema,
        response: {
          200: success(CompositeIndexSchema, 'The changed composite index'),
          ...writeResponses,
          404: problemResponses[404],
          409: problemResponses[409],
        },
      },
    },
    (request) =>
      inRequestContext(
        handle.db
          .transaction()
          .execute((trx) =>
            updateCompositeIndex(
              trx,
              request.params.compositeIndexId,
              toInput(request.body, request.principal.username ?? 'unknown'),
            ),
          ),
        bodyUnless('compositeIndexId'),
      ),
  );

  app.delete(
    '/composite-indices/:compositeIndexId',
    {
      config: write,
      schema: {
        operationId: 'deleteCompositeIndex',
        tags: ['Composite indices'],
        summary: 'Delete a composite index definition',
        params: CompositeIndexIdParams,
        response: {
          204: success(Type.Null(), 'Deleted'),
          ...writeResponses,
          404: problemResponses[404],
        },
      },
    },
    async (request, reply) => {
      await handle.db
        .transaction()
        .execute((trx) => deleteCompositeIndex(trx, request.params.compositeIndexId));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/composite-indices/:compositeIndexId/values',
    {
      config: read,
      schema: {
        operationId: 'getCompositeIndexValues',
        tags: ['Composite indices'],
        summary:
          'The index per region and period, computed from the stored observations, with contributions and uncertainty band',
        description:
          'Computed on request from the latest observations, never stored: adding data moves the normalisation ' +
          'constants. Every region of the index level is computed (so that a value means the same for each), and ' +
          'region= only selects which values are returned. The explanation says how, and that a composite index is ' +
          'not a "societal R". normalisation= and aggregation= compute the same index with another choice.',
        params: CompositeIndexIdParams,
        querystring: CompositeValuesQuerySchema,
        response: {
          200: success(CompositeValuesSchema, 'The computed index'),
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const record = await getCompositeIndex(handle.db, request.params.compositeIndexId);
      const { from, to, region } = request.query;
      const problems: InvalidParam[] = [];
      if (from && to && from > to) {
        problems.push({ name: 'querystring.to', reason: 'lies before from', value: to });
      }
      if (region) {
        const level = regionLevelOfCompositeLevel(record.level);
        const found = await getRegion(handle.db, region).catch(() => null);
        if (!found || found.level !== level) {
          problems.push({
            name: 'querystring.region',
            reason: found
              ? `is a ${found.level}; this index is computed per ${record.level}`
              : 'no region with this code',
            value: region,
          });
        }
      }
      // other weights for some indicators: what the page's sliders ask
      const weightOf = new Map(record.components.map((c) => [c.indicatorCode, c.weight]));
      for (const part of request.query.weights ? request.query.weights.split(',') : []) {
        const [code = '', text = ''] = part.split(':');
        const weight = Number(text);
        if (!weightOf.has(code)) {
          problems.push({
            name: 'querystring.weights',
            reason: `'${code}' is not an indicator of this index`,
            value: part,
          });
        } else if (!(weight > 0)) {
          problems.push({
            name: 'querystring.weights',
            reason: 'a weight must be above 0',
            value: part,
          });
        } else weightOf.set(code, weight);
      }
      if (problems.length > 0) throw invalidInput('The query is invalid.', problems);
      const components = record.components.map((c) => ({
        ...c,
        weight: weightOf.get(c.indicatorCode)!,
      }));
      const reweighted = components.some((c, i) => c.weight !== record.components[i]!.weight);

      const aggregation = request.query.aggregation ?? record.aggregation;
      const normalisation = request.query.normalisation ?? record.normalisation;
      const base = compositeDefinitionOf(record);
      // another aggregation may not allow every stored alternative (no z-scores when geometric)
      const allowed = normalisationsAllowed(aggregation, base.referencePeriod);
      const definition = {
        ...base,
        components,
        aggregation,
        normalisation,
        minMaxFloor: aggregation === 'geometric' && base.minMaxFloor === 0 ? 0.1 : base.minMaxFloor,
        uncertainty: {
          ...base.uncertainty,
          normalisations: base.uncertainty.normalisations.filter((n) => allowed.includes(n)),
        },
      };
      const compute = async (): Promise<Computed> => {
        const inputs = await listCompositeInputs(handle.db, {
          indicatorCodes: record.components.map((c) => c.indicatorCode),
          level: record.level,
          periodType: record.periodType,
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          alsoPeriodKey: definition.referencePeriod,
        });
        // many regions × periods: fewer replicates rather than no band at all
        const units = new Set(inputs.observations.map((o) => `${o.regionCode}|${o.period.key}`))
          .size;
        const fitting = Math.max(0, Math.floor(MAX_UNCERTAINTY_CELLS / Math.max(units, 1)) - 1);
        const notes: string[] = [];
        if (definition.uncertainty.replicates > fitting) {
          notes.push(
            `The definition asks ${definition.uncertainty.replicates} replicates; ${fitting} were run, so that ` +
              `${units} region-periods fit one computation. Narrow from/to for more.`,
          );
          definition.uncertainty = { ...definition.uncertainty, replicates: fitting };
        }
        if (reweighted) {
          notes.push(
            'Computed with other weights than stored: ' +
              components.map((c) => `${c.indicatorCode} ${c.weight}`).join(', ') +
              '.',
          );
        }
        if (aggregation !== record.aggregation || normalisation !== record.normalisation) {
          notes.push(
            `Computed with ${normalisation} normalisation and ${aggregation} aggregation instead of the stored ` +
              `${record.normalisation} and ${record.aggregation}.`,
          );
        }
        const result: CompositeResult = await inRequestContext(
          Promise.resolve().then(() => computeCompositeIndex(definition, inputs.observations)),
          // a stored definition was valid when stored: only the query's choices can fail here
          () => 'querystring',
        );
        return { result, demo: inputs.demo, notes };
      };
      const key = JSON.stringify([
        record.id,
        record.updatedAt,
        await compositeInputVersion(handle.db),
        normalisation,
        aggregation,
        components.map((c) => c.weight),
        from ?? null,
        to ?? null,
      ]);
      let computed = cache.get(key);
      if (!computed) {
        computed = await compute();
        cache.set(key, computed);
        if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
      }
      const { result, notes } = computed;
      const wanted = (code: string | null) => !region || code === null || code === region;
      // the reference period was loaded to normalise by; it is shown only inside the window
      const reference = definition.referencePeriod ? parsePeriod(definition.referencePeriod) : null;
      const referenceOutside =
        reference !== null && ((!!from && reference.end < from) || (!!to && reference.start > to));
      const inWindow = (periodKey: string | null) =>
        !(referenceOutside && periodKey === reference?.key);
      return {
        demo: record.demo || computed.demo,
        compositeIndex: record,
        normalisation,
        aggregation,
        weights: components.map((c) => ({ indicatorCode: c.indicatorCode, weight: c.weight })),
        region: region ?? null,
        periodType: result.periodType,
        values: result.values.filter((v) => wanted(v.regionCode) && inWindow(v.periodKey)),
        issues: result.issues.filter((i) => wanted(i.regionCode) && inWindow(i.periodKey)),
        constants: result.constants.map((c) => ({
          indicatorCode: c.indicatorCode,
          constants: {
            count: c.constants.count,
            min: finiteOrNull(c.constants.min),
            max: finiteOrNull(c.constants.max),
            mean: finiteOrNull(c.constants.mean),
            sd: c.constants.sd,
          },
        })),
        uncertainty: result.uncertainty,
        explanation: [...notes, ...result.explanation],
      };
    },
  );
};
