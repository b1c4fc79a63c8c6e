import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { FICHE_STATUSES, diffFicheContent } from '@weegschaal/core';
import type { FicheContent } from '@weegschaal/core';
import {
  createFicheVersion,
  getFicheVersion,
  getMeasure,
  listFicheSummaries,
  listFicheTransitions,
  listFicheVersions,
  transitionFicheVersion,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { apiVersionHeaders, problemResponses, success } from '../http/responses.ts';
import { bodyUnless, inRequestContext } from '../http/invalid-params.ts';
import { renderFichePdf } from './fiche-pdf.ts';
import {
  FicheDiffSchema,
  FicheListSchema,
  FicheParamsSchema,
  FicheSchema,
  FicheVersionParamsSchema,
  FicheVersionSchema,
  MeasureCodeSchema,
  NewFicheVersionSchema,
  NewTransitionSchema,
} from './fiche.schema.ts';

export const ficheRoutes: FastifyPluginAsyncTypebox<{ handle: DatabaseHandle }> = async (
  app,
  { handle },
) => {
  app.get(
    '/fiches',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'listFiches',
        tags: ['Fiches'],
        summary: 'One entry per measure-level fiche, with where its versions stand',
        querystring: Type.Object({
          measureCode: Type.Optional(MeasureCodeSchema),
          status: Type.Optional(
            Type.Enum(FICHE_STATUSES, { description: 'Status of the latest version' }),
          ),
        }),
        response: {
          200: success(FicheListSchema, 'The fiches'),
          400: problemResponses[400],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const all = await listFicheSummaries(handle.db, { measureCode: request.query.measureCode });
      const items = request.query.status
        ? all.filter((f) => f.latestStatus === request.query.status)
        : all;
      return { demo: items.some((f) => f.demo), items };
    },
  );

  app.get(
    '/fiches/:measureCode/:level',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'getFiche',
        tags: ['Fiches'],
        summary: 'A fiche with all its versions and its review history',
        params: FicheParamsSchema,
        response: {
          200: success(FicheSchema, 'The fiche'),
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const versions = await listFicheVersions(handle.db, request.params);
      const transitions = await listFicheTransitions(handle.db, request.params);
      return { ...request.params, demo: versions.some((v) => v.demo), versions, transitions };
    },
  );

  app.get(
    '/fiches/:measureCode/:level/versions/:version',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'getFicheVersion',
        tags: ['Fiches'],
        summary: 'One version of a fiche',
        params: FicheVersionParamsSchema,
        response: {
          200: success(FicheVersionSchema, 'The version'),
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    (request) => getFicheVersion(handle.db, request.params, request.params.version),
  );

  app.post(
    '/fiches/:measureCode/:level/versions',
    {
      config: { permission: 'fiches:write' },
      schema: {
        operationId: 'createFicheVersion',
        tags: ['Fiches'],
        summary: 'Add a new version as a draft (earlier versions stay as they are)',
        description:
          'Validates the content against the impact scale, the target lists and the reference list of fundamental rights. ' +
          'An open draft is superseded and archived; a version in review blocks new versions (409). ' +
          'Until user accounts exist, `author` is recorded as given.',
        params: FicheParamsSchema,
        body: NewFicheVersionSchema,
        response: {
          201: success(FicheVersionSchema, 'The new version'),
          400: problemResponses[400],
          404: problemResponses[404],
          409: problemResponses[409],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const work = handle.db.transaction().execute((trx) =>
        createFicheVersion(trx, request.params, {
          content: request.body.content as FicheContent,
          author: request.body.author,
          changeNote: request.body.changeNote,
        }),
      );
      const version = await inRequestContext(work, bodyUnless('level'));
      return reply.code(201).send(version);
    },
  );

  app.post(
    '/fiches/:measureCode/:level/versions/:version/transitions',
    {
      config: { permission: 'fiches:write' },
      schema: {
        operationId: 'transitionFicheVersion',
        tags: ['Fiches'],
        summary:
          'Move a version through the review workflow (draft → in-review → adopted → archived)',
        description:
          'Allowed: draft→in-review, draft→archived, in-review→draft, in-review→adopted, adopted→archived; others give 409. ' +
          'Adopting a version archives the version adopted before it.',
        params: FicheVersionParamsSchema,
        body: NewTransitionSchema,
        response: {
          201: success(FicheVersionSchema, 'The version in its new state'),
          400: problemResponses[400],
          404: problemResponses[404],
          409: problemResponses[409],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const { version, ...key } = request.params;
      const updated = await handle.db
        .transaction()
        .execute((trx) =>
          transitionFicheVersion(
            trx,
            key,
            version,
            request.body.to,
            request.body.author,
            request.body.reason,
          ),
        );
      return reply.code(201).send(updated);
    },
  );

  app.get(
    '/fiches/:measureCode/:level/diff',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'diffFicheVersions',
        tags: ['Fiches'],
        summary: 'What changed between two versions of a fiche, field by field',
        params: FicheParamsSchema,
        querystring: Type.Object({
          from: Type.Integer({ minimum: 1 }),
          to: Type.Integer({ minimum: 1 }),
        }),
        response: {
          200: success(FicheDiffSchema, 'The differences'),
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const from = await getFicheVersion(handle.db, request.params, request.query.from);
      const to = await getFicheVersion(handle.db, request.params, request.query.to);
      return {
        ...request.params,
        from: from.version,
        to: to.version,
        ...diffFicheContent(from.content, to.content),
      };
    },
  );

  app.get(
    '/fiches/:measureCode/:level/versions/:version/pdf',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'getFicheVersionPdf',
        tags: ['Fiches'],
        summary: 'One version of a fiche as a printable PDF factsheet',
        params: FicheVersionParamsSchema,
        querystring: Type.Object({
          language: Type.Optional(
            Type.Union([Type.Literal('nl'), Type.Literal('en')], { default: 'nl' }),
          ),
        }),
        response: {
          200: {
            description: 'The factsheet as PDF (A4)',
            headers: apiVersionHeaders,
            content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
          },
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const { version, ...key } = request.params;
      const found = await getFicheVersion(handle.db, key, version);
      const measure = await getMeasure(handle.db, key.measureCode);
      const pdf = await renderFichePdf(found, measure, request.query.language ?? 'nl');
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `inline; filename="fiche-${key.measureCode}-${key.level}-v${version}.pdf"`,
        )
        .send(pdf);
    },
  );
};
