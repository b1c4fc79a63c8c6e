import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ROOT_HASH_RULE, deliveryParity } from '@weegschaal/core';
import type { InformationPackage } from '@weegschaal/core';
import {
  createInformationPackage,
  decodeBase64Document,
  getInformationPackage,
  getPackageItemContent,
  listInformationPackages,
  sendInformationPackage,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { inRequestContext } from '../http/invalid-params.ts';
import {
  InformationPackageListSchema,
  InformationPackageSchema,
  NewInformationPackageSchema,
  PackageItemParamsSchema,
  PackageParamsSchema,
} from './advice.schema.ts';

const out = (pkg: InformationPackage) => ({
  ...pkg,
  rootHashRule: ROOT_HASH_RULE,
  parity: deliveryParity(pkg),
});

export const informationPackageRoutes: FastifyPluginAsyncTypebox<{
  handle: DatabaseHandle;
  clock: () => Date;
}> = async (app, { handle, clock }) => {
  app.get(
    '/information-packages',
    {
      config: { permission: 'information-packages:read' },
      schema: {
        operationId: 'listInformationPackages',
        tags: ['Advice'],
        summary: 'Information packages you may see (the bodies: only once delivered to them)',
        querystring: Type.Object({ requestId: Type.Optional(Type.String({ format: 'uuid' })) }),
        response: {
          200: success(InformationPackageListSchema, 'The packages'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const items = (
        await listInformationPackages(handle.db, request.principal, request.query)
      ).map(out);
      return { demo: items.some((p) => p.demo), items };
    },
  );

  app.post(
    '/information-packages',
    {
      bodyLimit: 20 * 1024 * 1024,
      config: { permission: 'information-packages:create', audited: true },
      schema: {
        operationId: 'createInformationPackage',
        tags: ['Advice'],
        summary: 'Seal a new version of a request’s package: SHA-256 per item and a root hash',
        body: NewInformationPackageSchema,
        response: {
          201: success(InformationPackageSchema, 'The sealed package (not yet sent)'),
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
      const documents = request.body.documents.map((d, i) => ({
        name: d.name,
        mediaType: d.mediaType,
        bytes: decodeBase64Document(d.name, d.contentBase64, i),
      }));
      const pkg = await inRequestContext(
        handle.db
          .transaction()
          .execute((trx) =>
            createInformationPackage(
              trx,
              request.principal,
              { ...request.body, documents },
              clock(),
            ),
          ),
        () => 'body',
      );
      return reply.code(201).send(out(pkg));
    },
  );

  app.get(
    '/information-packages/:packageId',
    {
      config: { permission: 'information-packages:read' },
      schema: {
        operationId: 'getInformationPackage',
        tags: ['Advice'],
        summary:
          'A package with its manifest, root hash and the moment it became available to each body',
        params: PackageParamsSchema,
        response: {
          200: success(InformationPackageSchema, 'The package'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request) =>
      out(await getInformationPackage(handle.db, request.principal, request.params.packageId)),
  );

  app.post(
    '/information-packages/:packageId/deliveries',
    {
      config: { permission: 'information-packages:send', audited: true },
      schema: {
        operationId: 'sendInformationPackage',
        tags: ['Advice'],
        summary: 'Send the package to every addressed body in one transaction, at one moment',
        params: PackageParamsSchema,
        response: {
          201: success(InformationPackageSchema, 'The package as delivered'),
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
      const pkg = await handle.db
        .transaction()
        .execute((trx) =>
          sendInformationPackage(trx, request.principal, request.params.packageId, clock()),
        );
      return reply.code(201).send(out(pkg));
    },
  );

  app.get(
    '/information-packages/:packageId/items/:itemName',
    {
      config: { permission: 'information-packages:read' },
      schema: {
        operationId: 'getInformationPackageItem',
        tags: ['Advice'],
        summary: 'The bytes of one item; the ETag is its SHA-256',
        params: PackageItemParamsSchema,
        response: {
          200: success(
            Type.Unsafe<Buffer>({
              content: {
                'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
              },
            }),
            'The item',
          ),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const { item, bytes } = await getPackageItemContent(
        handle.db,
        request.principal,
        request.params.packageId,
        request.params.itemName,
      );
      reply.type(item.mediaType);
      reply.header('ETag', `"${item.sha256}"`);
      reply.header(
        'Content-Disposition',
        `attachment; filename="${encodeURIComponent(item.name)}"`,
      );
      return reply.send(Buffer.from(bytes));
    },
  );
};
