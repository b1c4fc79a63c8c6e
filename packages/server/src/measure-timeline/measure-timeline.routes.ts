import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  computeStringencyIndex,
  invalidInput,
  notFound,
  OXCGRT_INDICATORS,
  OXCGRT_SOURCE,
  STRINGENCY_INDICATORS,
} from '@weegschaal/core';
import type { Measure, PolicyCountry } from '@weegschaal/core';
import {
  listMeasures,
  listPolicyCountries,
  listPolicyIndexDays,
  listPolicyLevels,
} from '@weegschaal/storage';
import type { DatabaseHandle, Executor } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import {
  CalculationParamsSchema,
  ComparisonQuerySchema,
  MeasureTimelineSchema,
  StringencyCalculationSchema,
  StringencyComparisonSchema,
  TimelineQuerySchema,
} from './measure-timeline.schema.ts';

const TAG = 'Measure timeline';

function checkRange(from: string | undefined, to: string | undefined): void {
  if (from && to && from > to) {
    throw invalidInput('from must not be after to.', [
      { name: 'query.from', reason: `must not be after to (${to})`, value: from },
      { name: 'query.to', reason: `must not be before from (${from})`, value: to },
    ]);
  }
}

async function policyCountry(db: Executor, code: string): Promise<PolicyCountry> {
  const country = (await listPolicyCountries(db)).find((c) => c.countryCode === code);
  if (!country) throw notFound('Country in the measures timeline', code);
  return country;
}

function catalogueLink(measures: readonly Measure[], code: string) {
  const measure = measures.find((m) => m.oxcgrtCode === code);
  if (!measure) return null;
  const { code: measureCode, nameNl, nameEn, levels, demo } = measure;
  return { code: measureCode, nameNl, nameEn, levels, demo };
}

export const measureTimelineRoutes: FastifyPluginAsyncTypebox<{ handle: DatabaseHandle }> = async (
  app,
  { handle },
) => {
  app.get(
    '/measure-timeline',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'getMeasureTimeline',
        tags: [TAG],
        summary:
          'Which level of each OxCGRT measure was in force on each day, with the stringency index',
        description:
          'Real OxCGRT data (CC BY 4.0). Per day: the level and flag of every indicator, the ' +
          'published Stringency Index and the one computed here from the levels and flags.',
        querystring: TimelineQuerySchema,
        response: {
          200: success(MeasureTimelineSchema, 'The daily record of one country'),
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const { country: code, from, to } = request.query;
      checkRange(from, to);
      const country = await policyCountry(handle.db, code);
      const range = { from: from ?? country.firstDate, to: to ?? country.lastDate };
      const [levels, indices, measures] = await Promise.all([
        listPolicyLevels(handle.db, code, range),
        listPolicyIndexDays(handle.db, { countries: [code], ...range }),
        listMeasures(handle.db),
      ]);
      const indexByDate = new Map(indices.map((d) => [d.date, d]));
      return {
        demo: false,
        source: OXCGRT_SOURCE,
        country,
        ...range,
        stringencyIndicators: [...STRINGENCY_INDICATORS],
        indicators: OXCGRT_INDICATORS.map((i) => ({
          ...i,
          inStringencyIndex: STRINGENCY_INDICATORS.includes(i.code),
          measure: catalogueLink(measures, i.code),
        })),
        days: levels.map((day) => {
          const index = indexByDate.get(day.date);
          return {
            date: day.date,
            levels: day.levels,
            stringencyIndex: {
              published: index?.published.stringencyIndex ?? null,
              computed: index?.computedStringencyIndex ?? null,
            },
          };
        }),
      };
    },
  );

  app.get(
    '/stringency-comparison',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'getStringencyComparison',
        tags: [TAG],
        summary: 'The stringency index of several countries on one time axis',
        description:
          'Published and computed OxCGRT Stringency Index per country per day (real data, CC BY 4.0).',
        querystring: ComparisonQuerySchema,
        response: {
          200: success(StringencyComparisonSchema, 'One series per country'),
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      checkRange(from, to);
      const available = await listPolicyCountries(handle.db);
      const codes = request.query.countries?.split(',') ?? available.map((c) => c.countryCode);
      for (const code of codes) {
        if (!available.some((c) => c.countryCode === code)) {
          throw notFound('Country in the measures timeline', code);
        }
      }
      const days = await listPolicyIndexDays(handle.db, { countries: codes, from, to });
      return {
        demo: false,
        source: OXCGRT_SOURCE,
        from: from ?? null,
        to: to ?? null,
        series: codes.map((code) => ({
          countryCode: code,
          countryName: available.find((c) => c.countryCode === code)?.countryName ?? code,
          points: days
            .filter((d) => d.countryCode === code)
            .map((d) => ({
              date: d.date,
              published: d.published.stringencyIndex,
              computed: d.computedStringencyIndex,
            })),
        })),
      };
    },
  );

  app.get(
    '/stringency-calculations/:countryCode/:date',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'getStringencyCalculation',
        tags: [TAG],
        summary: 'How the stringency index of one country on one day is computed, step by step',
        params: CalculationParamsSchema,
        response: {
          200: success(StringencyCalculationSchema, 'The calculation with its explanation'),
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const { countryCode, date } = request.params;
      await policyCountry(handle.db, countryCode);
      const [day] = await listPolicyLevels(handle.db, countryCode, { from: date, to: date });
      if (!day) throw notFound('Measures timeline day', `${countryCode} ${date}`);
      const [index] = await listPolicyIndexDays(handle.db, {
        countries: [countryCode],
        from: date,
        to: date,
      });
      const result = computeStringencyIndex(day.levels);
      const published = index?.published.stringencyIndex ?? null;
      return {
        demo: false,
        source: OXCGRT_SOURCE,
        countryCode,
        date,
        published,
        deviation:
          published === null || result.value === null ? null : Math.abs(result.value - published),
        ...result,
      };
    },
  );
};
