import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Type } from 'typebox';
import { REGION_LEVELS, mapToCurrentDivision, unavailable } from '@weegschaal/core';
import {
  NL_REGIONS_TOPOJSON,
  getRegion,
  listChildren,
  listRegions,
  redivisionsOf,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { RegionDetailSchema, RegionListSchema } from './region.schema.ts';

/** Where ../shared/data is when the server is not told (the same default as the CLI). */
export function defaultSharedDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return (
    env['WEEGSCHAAL_SHARED_DATA'] ??
    fileURLToPath(new URL('../../../../../shared/data', import.meta.url))
  );
}

const CodeParams = Type.Object({
  code: Type.String({
    pattern: '^[A-Z]{2}[0-9]{2,8}$',
    description: 'CBS region code, e.g. GM0363',
  }),
});

export const regionRoutes: FastifyPluginAsyncTypebox<{
  handle: DatabaseHandle;
  sharedDataDir: string;
}> = async (app, { handle, sharedDataDir }) => {
  app.get(
    '/regions',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'listRegions',
        tags: ['Regions'],
        summary: 'The region registry with CBS codes, hierarchy, population and GROS/krimp flags',
        querystring: Type.Object({
          level: Type.Optional(Type.Enum(REGION_LEVELS)),
          parent: Type.Optional(
            Type.String({
              pattern: '^[A-Z]{2}[0-9]{2,8}$',
              description: 'only regions inside this one',
            }),
          ),
          includeFormer: Type.Optional(
            Type.Boolean({
              description: 'also codes of earlier municipal divisions (default false)',
            }),
          ),
        }),
        response: {
          200: success(RegionListSchema, 'The regions, by code'),
          400: problemResponses[400],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const { level, parent, includeFormer } = request.query;
      const items = await listRegions(handle.db, {
        ...(level ? { level } : {}),
        ...(parent ? { parent } : {}),
        currentOnly: !includeFormer,
      });
      return { items };
    },
  );

  app.get(
    '/regions/:code',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'getRegion',
        tags: ['Regions'],
        summary: 'One region with its parts, re-divisions and mapping to the current division',
        params: CodeParams,
        response: {
          200: success(RegionDetailSchema, 'The region'),
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const region = await getRegion(handle.db, request.params.code);
      const mapping = mapToCurrentDivision(region.code);
      return {
        ...region,
        children: await listChildren(handle.db, region.code),
        redivisions: await redivisionsOf(handle.db, region.code),
        currentDivision: {
          kind: mapping.kind,
          codes: mapping.kind === 'split' ? mapping.successors : [mapping.code],
          explanation: mapping.explanation,
        },
      };
    },
  );

  // read at run time from ../shared/data (never copied into the repository); cached by mtime
  let cache: { mtimeMs: number; text: string } | null = null;
  app.get(
    '/region-boundaries',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'getRegionBoundaries',
        tags: ['Regions'],
        summary: 'TopoJSON map of the gemeenten and veiligheidsregio’s (2023 division, WGS84)',
        description:
          'Objects gm_features (properties.code = GM####), vr_features (VR##) and nl_features. ' +
          'Geometry derived from CBS/PDOK gebiedsindelingen 2023 (CC BY 4.0) by the Coronadashboard (EUPL-1.2).',
        response: {
          200: success(
            Type.Object(
              {
                type: Type.Literal('Topology'),
                objects: Type.Object({}, { additionalProperties: true }),
              },
              { additionalProperties: true },
            ),
            'The TopoJSON topology',
          ),
          500: problemResponses[500],
          503: problemResponses[503],
        },
      },
    },
    async (_request, reply) => {
      const path = join(sharedDataDir, 'nl-regions', NL_REGIONS_TOPOJSON);
      let mtimeMs: number;
      try {
        mtimeMs = (await stat(path)).mtimeMs;
      } catch {
        throw unavailable(`The region map ${NL_REGIONS_TOPOJSON} is not available on this server.`);
      }
      if (!cache || cache.mtimeMs !== mtimeMs)
        cache = { mtimeMs, text: await readFile(path, 'utf8') };
      // the file is sent as it is: no re-serialisation of 165 KB of arcs
      return reply
        .type('application/json')
        .header('Cache-Control', 'public, max-age=3600')
        .send(cache.text);
    },
  );
};
