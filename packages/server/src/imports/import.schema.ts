import { Type } from 'typebox';
import { REJECTION_REASONS } from '@weegschaal/core';

export const RejectedRowSchema = Type.Object({
  file: Type.String(),
  row: Type.Integer({
    description: 'Line in the CSV (header = 1), spreadsheet row, or JSON item number',
  }),
  column: Type.String(),
  value: Type.String(),
  reason: Type.Enum(REJECTION_REASONS),
  message: Type.String(),
});

const CountsSchema = Type.Object({
  rowsRead: Type.Integer(),
  observationsNew: Type.Integer(),
  observationsRevised: Type.Integer(),
  observationsUnchanged: Type.Integer(),
  rejectedRows: Type.Integer(),
  emptyValues: Type.Integer(),
});

export const ImportBatchSchema = Type.Object({
  id: Type.Integer(),
  fileName: Type.String(),
  format: Type.String(),
  source: Type.Union([Type.String(), Type.Null()], {
    description: 'The public data source, or null for a user import',
  }),
  checksum: Type.String({ description: 'SHA-256 of the file' }),
  createdBy: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  status: Type.Union([
    Type.Literal('applied'),
    Type.Literal('rejected'),
    Type.Literal('rolled-back'),
  ]),
  demo: Type.Boolean(),
  counts: CountsSchema,
  explanation: Type.Array(Type.String()),
  rolledBackAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  rolledBackBy: Type.Union([Type.String(), Type.Null()]),
});

export const ImportBatchListSchema = Type.Object({
  demo: Type.Boolean(),
  items: Type.Array(ImportBatchSchema),
});

export const ImportBatchDetailSchema = Type.Object({
  ...ImportBatchSchema.properties,
  rejections: Type.Array(RejectedRowSchema),
});

export const ImportRequestSchema = Type.Object({
  fileName: Type.String({ minLength: 1, maxLength: 255 }),
  format: Type.Optional(
    Type.Union(
      [
        Type.Literal('auto'),
        Type.Literal('observations-csv'),
        Type.Literal('xlsx'),
        Type.Literal('cbs-odata'),
      ],
      { default: 'auto' },
    ),
  ),
  content: Type.Optional(Type.String({ description: 'The file as text (CSV, JSON)' })),
  contentBase64: Type.Optional(Type.String({ description: 'The file as base64 (XLSX)' })),
  dryRun: Type.Optional(Type.Boolean({ default: false })),
  dialect: Type.Optional(
    Type.Object({
      delimiter: Type.Optional(
        Type.Union([Type.Literal(';'), Type.Literal(','), Type.Literal('\t')]),
      ),
      decimalSeparator: Type.Optional(Type.Union([Type.Literal(','), Type.Literal('.')])),
      dateOrder: Type.Optional(Type.Union([Type.Literal('iso'), Type.Literal('dmy')])),
    }),
  ),
  mapping: Type.Optional(
    Type.Object({
      columns: Type.Optional(Type.Record(Type.String(), Type.String())),
      indicatorColumns: Type.Optional(Type.Record(Type.String(), Type.String())),
      fixedIndicator: Type.Optional(Type.String()),
      fixedRegion: Type.Optional(Type.String()),
    }),
  ),
});

const DetectedDialectSchema = Type.Union(
  [
    Type.Object({
      delimiter: Type.String(),
      decimalSeparator: Type.String(),
      dateOrder: Type.Union([Type.Literal('iso'), Type.Literal('dmy')]),
      convention: Type.Union([
        Type.Literal('dutch'),
        Type.Literal('international'),
        Type.Literal('mixed'),
      ]),
      reasons: Type.Array(Type.String()),
    }),
    Type.Null(),
  ],
  { description: 'How a CSV was read (null for XLSX and JSON), for the preview step' },
);

const LayoutSchema = Type.Object(
  {
    kind: Type.Union([Type.Literal('long'), Type.Literal('wide')]),
    columns: Type.Record(Type.String(), Type.String(), {
      description: 'column role → column name',
    }),
    indicatorColumns: Type.Optional(
      Type.Array(Type.Object({ column: Type.String(), indicatorCode: Type.String() })),
    ),
    fixedIndicator: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  },
  { description: 'How the columns were mapped; send a mapping to change it' },
);

export const ImportReportSchema = Type.Object({
  batchId: Type.Union([Type.Integer(), Type.Null()], { description: 'null for a dry run' }),
  status: Type.Union([Type.Literal('applied'), Type.Literal('rejected'), Type.Literal('dry-run')]),
  dryRun: Type.Boolean(),
  fileName: Type.String(),
  format: Type.String(),
  checksum: Type.String(),
  dialect: DetectedDialectSchema,
  layout: LayoutSchema,
  counts: CountsSchema,
  rejections: Type.Array(RejectedRowSchema),
  explanation: Type.Array(Type.String()),
});

export const RollbackSchema = Type.Object({
  batch: ImportBatchSchema,
  observationsRemoved: Type.Integer(),
});

export const ImportPreviewRequestSchema = Type.Object({
  fileName: ImportRequestSchema.properties.fileName,
  format: ImportRequestSchema.properties.format,
  content: ImportRequestSchema.properties.content,
  contentBase64: ImportRequestSchema.properties.contentBase64,
  dialect: ImportRequestSchema.properties.dialect,
  mapping: ImportRequestSchema.properties.mapping,
  rows: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 10 })),
});

export const ImportPreviewSchema = Type.Object({
  fileName: Type.String(),
  format: Type.Union([
    Type.Literal('observations-csv'),
    Type.Literal('xlsx'),
    Type.Literal('cbs-odata'),
  ]),
  dialect: DetectedDialectSchema,
  columns: Type.Array(Type.String()),
  rows: Type.Array(Type.Object({ rowNumber: Type.Integer(), cells: Type.Array(Type.String()) }), {
    description: 'The first rows, numbered as rejections will be',
  }),
  totalRows: Type.Integer(),
  layout: LayoutSchema,
  explanation: Type.Array(Type.String()),
});
