import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { invalidInput } from '@weegschaal/core';
import type { ColumnMapping, ColumnRole } from '@weegschaal/core';
import {
  getImportBatch,
  importObservations,
  listImportBatches,
  previewObservationFile,
  rollbackImportBatch,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import {
  ImportBatchDetailSchema,
  ImportBatchListSchema,
  ImportPreviewRequestSchema,
  ImportPreviewSchema,
  ImportReportSchema,
  ImportRequestSchema,
  RollbackSchema,
} from './import.schema.ts';

const ROLES: readonly ColumnRole[] = [
  'indicator',
  'region',
  'period',
  'value',
  'status',
  'lower',
  'upper',
  'breakdown',
];
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

function toMapping(input: {
  columns?: Record<string, string>;
  indicatorColumns?: Record<string, string>;
  fixedIndicator?: string;
  fixedRegion?: string;
}): ColumnMapping {
  const columns: ColumnMapping['columns'] = {};
  for (const [role, column] of Object.entries(input.columns ?? {})) {
    const known = ROLES.find((r) => r === role);
    if (!known) {
      throw invalidInput(`'${role}' is not a column role`, [
        {
          name: `body.mapping.columns.${role}`,
          reason: `roles: ${ROLES.join(', ')}`,
          value: column,
        },
      ]);
    }
    columns[known] = column;
  }
  return {
    columns,
    ...(input.indicatorColumns ? { indicatorColumns: input.indicatorColumns } : {}),
    ...(input.fixedIndicator ? { fixedIndicator: input.fixedIndicator } : {}),
    ...(input.fixedRegion ? { fixedRegion: input.fixedRegion } : {}),
  };
}

/** The uploaded file from exactly one of content (text) and contentBase64 (binary). */
function fileBytes(body: { content?: string; contentBase64?: string }): Uint8Array {
  if ((body.content === undefined) === (body.contentBase64 === undefined)) {
    throw invalidInput('Send the file in exactly one of content or contentBase64.', [
      {
        name: 'body.content',
        reason: 'give content (text) or contentBase64 (binary), not both or neither',
      },
    ]);
  }
  return body.content !== undefined
    ? new TextEncoder().encode(body.content)
    : new Uint8Array(Buffer.from(body.contentBase64 ?? '', 'base64'));
}

export const importRoutes: FastifyPluginAsyncTypebox<{ handle: DatabaseHandle }> = async (
  app,
  { handle },
) => {
  app.get(
    '/imports',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'listImports',
        tags: ['Imports'],
        summary: 'Import batches, newest first, with who, when, checksum and counts',
        querystring: Type.Object({
          status: Type.Optional(
            Type.Union([
              Type.Literal('applied'),
              Type.Literal('rejected'),
              Type.Literal('rolled-back'),
            ]),
          ),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })),
        }),
        response: {
          200: success(ImportBatchListSchema, 'The batches'),
          400: problemResponses[400],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const items = await listImportBatches(handle.db, {
        ...(request.query.status ? { status: request.query.status } : {}),
        limit: request.query.limit ?? 200,
      });
      return { demo: items.some((b) => b.demo), items };
    },
  );

  app.get(
    '/imports/:id',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'getImport',
        tags: ['Imports'],
        summary: 'One import batch with its rejected rows (file, row, column, value, reason)',
        params: IdParams,
        response: {
          200: success(ImportBatchDetailSchema, 'The batch'),
          400: problemResponses[400],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    (request) => getImportBatch(handle.db, request.params.id, 10_000),
  );

  app.post(
    '/imports',
    {
      config: { permission: 'imports:write' },
      // a file travels in the body; the server's default limit is 1 MB
      bodyLimit: 64 * 1024 * 1024,
      schema: {
        operationId: 'createImport',
        tags: ['Imports'],
        summary:
          'Import a file of observations (CSV, XLSX, CBS OData), all or nothing, or dry-run it',
        body: ImportRequestSchema,
        response: {
          200: success(
            ImportReportSchema,
            'A dry run, or a batch rejected as a whole (its rows are listed)',
          ),
          201: success(ImportReportSchema, 'The batch was applied'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const bytes = fileBytes(body);
      const report = await importObservations(handle.db, {
        fileName: body.fileName,
        bytes,
        format: body.format ?? 'auto',
        dryRun: body.dryRun ?? false,
        createdBy: request.principal?.username ?? 'api',
        ...(body.dialect ? { dialect: body.dialect } : {}),
        ...(body.mapping ? { mapping: toMapping(body.mapping) } : {}),
      });
      return reply.code(report.status === 'applied' ? 201 : 200).send(report);
    },
  );

  app.post(
    '/imports/previews',
    {
      config: { permission: 'imports:write' },
      bodyLimit: 64 * 1024 * 1024,
      schema: {
        operationId: 'createImportPreview',
        tags: ['Imports'],
        summary:
          'Read an upload without importing it: format, CSV convention, columns, first rows and the column mapping',
        description:
          'The mapping step of the web upload. Send a mapping or dialect to see how the importer will read the file with them; then POST /imports with the same mapping and dialect (dryRun first).',
        body: ImportPreviewRequestSchema,
        response: {
          200: success(ImportPreviewSchema, 'How the file will be read'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const body = request.body;
      return previewObservationFile(
        handle.db,
        {
          fileName: body.fileName,
          bytes: fileBytes(body),
          format: body.format ?? 'auto',
          ...(body.dialect ? { dialect: body.dialect } : {}),
          ...(body.mapping ? { mapping: toMapping(body.mapping) } : {}),
        },
        body.rows ?? 10,
      );
    },
  );

  app.delete(
    '/imports/:id',
    {
      config: { permission: 'imports:write' },
      schema: {
        operationId: 'rollbackImport',
        tags: ['Imports'],
        summary:
          'Roll back an applied batch: its observations go, the previous revisions are the latest again',
        description:
          'The batch itself stays listed, with status rolled-back and who rolled it back when.',
        params: IdParams,
        response: {
          200: success(RollbackSchema, 'The batch was rolled back'),
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
      const result = await rollbackImportBatch(
        handle.db,
        request.params.id,
        request.principal?.username ?? 'api',
      );
      return {
        batch: await getImportBatch(handle.db, result.batchId, 0),
        observationsRemoved: result.observationsRemoved,
      };
    },
  );
};
