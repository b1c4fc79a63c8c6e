import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  conflict,
  createObservationValidator,
  forEachCsvRow,
  invalidInput,
  parseCbsOData,
} from '@weegschaal/core';
import type {
  ColumnMapping,
  CsvDialect,
  DetectedDialect,
  ImportContext,
  ImportLayout,
  ObservationInput,
  ObservationValidator,
  RejectedRow,
  TabularFile,
} from '@weegschaal/core';
import type { Database } from '../database.ts';
import { ensureIndicatorCatalogue, listIndicators } from '../indicator/indicator.repository.ts';
import { regionCodes } from '../region/region.repository.ts';
import {
  deleteObservationsOfBatch,
  observationStager,
  stageObservations,
  storeObservationRevisions,
} from '../observation/observation.repository.ts';
import type { StagedObservations } from '../observation/observation.repository.ts';
import { isCopyCapable } from '../bulk/copy.ts';
import {
  createImportBatch,
  getImportBatch,
  saveRejections,
  updateImportBatchCounts,
  markBatchRolledBack,
} from './import-batch.repository.ts';
import { parseXlsxTable } from './xlsx-table.ts';

export const OBSERVATION_IMPORT_FORMATS = ['observations-csv', 'xlsx', 'cbs-odata'] as const;
export type ObservationImportFormat = (typeof OBSERVATION_IMPORT_FORMATS)[number];

export interface ImportProgress {
  phase: 'reading' | 'validating' | 'storing';
  done: number;
  total: number;
}

export interface ObservationImportRequest {
  fileName: string;
  bytes: Uint8Array;
  format?: ObservationImportFormat | 'auto';
  dryRun?: boolean;
  createdBy: string;
  dialect?: Partial<CsvDialect>;
  mapping?: ColumnMapping;
  /** set by the public-data loaders; null for a user's import */
  source?: string | null;
  demo?: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ObservationImportReport {
  /** null for a dry run, which stores nothing */
  batchId: number | null;
  status: 'applied' | 'rejected' | 'dry-run';
  dryRun: boolean;
  fileName: string;
  format: ObservationImportFormat;
  checksum: string;
  dialect: DetectedDialect | null;
  layout: ImportLayout;
  counts: {
    rowsRead: number;
    observationsNew: number;
    observationsRevised: number;
    observationsUnchanged: number;
    rejectedRows: number;
    emptyValues: number;
  };
  /** every rejected row; a batch with any lands nothing (all or nothing) */
  rejections: RejectedRow[];
  explanation: string[];
}

/** Reads the format from the bytes (XLSX is a zip; OData is JSON), else from the name. */
export function detectObservationFormat(
  fileName: string,
  bytes: Uint8Array,
): ObservationImportFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{') || /\.json$/i.test(fileName)) return 'cbs-odata';
  return 'observations-csv';
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function countLines(text: string): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  return text.endsWith('\n') ? lines : lines + 1;
}

/** XLSX and CBS OData are read whole into a table; CSV is read a row at a time (below). */
async function readTable(
  request: ObservationImportRequest,
  format: Exclude<ObservationImportFormat, 'observations-csv'>,
): Promise<TabularFile> {
  switch (format) {
    case 'xlsx':
      return parseXlsxTable(request.fileName, request.bytes);
    case 'cbs-odata': {
      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder('utf-8').decode(request.bytes));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw invalidInput(`${request.fileName} is not JSON: ${message}`, [
          { name: request.fileName, reason: message },
        ]);
      }
      return parseCbsOData(request.fileName, json);
    }
    default: {
      const unreachable: never = format;
      throw new Error(`unknown format ${String(unreachable)}`);
    }
  }
}

/**
 * One pass over the file: every row is validated as it is read and every accepted value is
 * encoded for COPY at once, so neither the file's rows nor a list of observation objects is
 * held (a million-row file stays within a few hundred MB).
 */
async function validateFile(
  request: ObservationImportRequest,
  format: ObservationImportFormat,
  context: ImportContext,
  progress: (progress: ImportProgress) => void,
): Promise<{
  validation: ReturnType<ObservationValidator['finish']>;
  dialect: DetectedDialect | null;
  staged: StagedObservations;
}> {
  const stager = observationStager();
  const every = 50_000;
  if (format === 'observations-csv') {
    const text = new TextDecoder('utf-8').decode(request.bytes);
    // lines after the header: the row count, near enough, for the progress bar
    const total = Math.max(0, countLines(text) - 1);
    let validator: ObservationValidator | null = null;
    let rows = 0;
    const dialect = forEachCsvRow(request.fileName, text, request.dialect ?? {}, {
      header: (columns, detected) => {
        validator = createObservationValidator(
          { fileName: request.fileName, columns, dialect: detected },
          context,
          stager.add,
        );
        progress({ phase: 'validating', done: 0, total });
      },
      row: (rowNumber, cells) => {
        validator!.row(rowNumber, cells);
        if (++rows % every === 0) {
          progress({ phase: 'validating', done: Math.min(total, rowNumber - 1), total });
        }
      },
    });
    progress({ phase: 'validating', done: total, total });
    return { validation: validator!.finish(), dialect, staged: stager.finish() };
  }
  progress({ phase: 'reading', done: 0, total: request.bytes.byteLength });
  const table = await readTable(request, format);
  progress({ phase: 'reading', done: request.bytes.byteLength, total: request.bytes.byteLength });
  const validator = createObservationValidator(table, context, stager.add);
  progress({ phase: 'validating', done: 0, total: table.rows.length });
  table.rows.forEach(({ rowNumber, cells }, i) => {
    validator.row(rowNumber, cells);
    if ((i + 1) % every === 0)
      progress({ phase: 'validating', done: i + 1, total: table.rows.length });
  });
  progress({ phase: 'validating', done: table.rows.length, total: table.rows.length });
  return { validation: validator.finish(), dialect: null, staged: stager.finish() };
}

function isStaged(
  observations: readonly ObservationInput[] | StagedObservations,
): observations is StagedObservations {
  return !Array.isArray(observations);
}

/** Thrown inside the transaction of a dry run so that everything it did is rolled back. */
class DryRunRollback extends Error {}

/**
 * Imports one file as one batch, all or nothing: if any row is rejected, no observation
 * lands and the batch is recorded as 'rejected' with its rejected rows; otherwise every
 * observation is stored as a revision in one transaction. A dry run does all of it inside a
 * transaction that is rolled back, so its counts are exact and nothing remains.
 */
export async function importObservations(
  db: Kysely<Database>,
  request: ObservationImportRequest,
): Promise<ObservationImportReport> {
  const progress = request.onProgress ?? (() => undefined);
  const format =
    !request.format || request.format === 'auto'
      ? detectObservationFormat(request.fileName, request.bytes)
      : request.format;
  const checksum = sha256(request.bytes);

  let indicators = await listIndicators(db);
  if (indicators.length === 0) {
    await ensureIndicatorCatalogue(db);
    indicators = await listIndicators(db);
  }
  const known = await regionCodes(db);
  const { validation, dialect, staged } = await validateFile(
    request,
    format,
    {
      indicators,
      isKnownRegion: (code) => known.has(code),
      ...(request.mapping ? { mapping: request.mapping } : {}),
    },
    progress,
  );

  const explanation = [
    ...(dialect ? [`CSV: ${dialect.reasons.join('; ')}.`] : []),
    ...validation.explanation,
  ];
  const report: ObservationImportReport = {
    batchId: null,
    status: 'dry-run',
    dryRun: request.dryRun ?? false,
    fileName: request.fileName,
    format,
    checksum,
    dialect,
    layout: validation.layout,
    counts: {
      rowsRead: validation.rowsRead,
      observationsNew: 0,
      observationsRevised: 0,
      observationsUnchanged: 0,
      rejectedRows: new Set(validation.rejections.map((r) => r.row)).size,
      emptyValues: validation.emptyValues,
    },
    rejections: validation.rejections,
    explanation,
  };
  const committed = await commitObservationBatch(db, {
    fileName: request.fileName,
    format,
    source: request.source ?? null,
    checksum,
    createdBy: request.createdBy,
    demo: request.demo ?? false,
    dryRun: report.dryRun,
    rowsRead: validation.rowsRead,
    emptyValues: validation.emptyValues,
    observations: staged,
    rejections: validation.rejections,
    explanation,
    onProgress: progress,
  });
  return { ...report, ...committed };
}

export interface ObservationBatch {
  fileName: string;
  /** how the file was read: 'observations-csv', 'xlsx', 'cbs-odata', or a public file's name */
  format: string;
  source: string | null;
  checksum: string;
  createdBy: string;
  demo: boolean;
  dryRun: boolean;
  rowsRead: number;
  emptyValues: number;
  /** a list, or (from a large import) already encoded for COPY while it was validated */
  observations: readonly ObservationInput[] | StagedObservations;
  rejections: readonly RejectedRow[];
  explanation: string[];
  onProgress?: (progress: ImportProgress) => void;
}

export interface CommittedBatch {
  batchId: number | null;
  status: 'applied' | 'rejected' | 'dry-run';
  counts: ObservationImportReport['counts'];
  explanation: string[];
}

/**
 * Stores a validated batch, all or nothing: with any rejected row no observation lands and
 * the batch is recorded as 'rejected' with its rejected rows; otherwise every observation
 * is stored as a revision in one transaction. A dry run does all of it inside a transaction
 * that is rolled back, so its counts are exact and nothing remains.
 */
export async function commitObservationBatch(
  db: Kysely<Database>,
  input: ObservationBatch,
): Promise<CommittedBatch> {
  const progress = input.onProgress ?? (() => undefined);
  const explanation = [...input.explanation];
  const counts = {
    rowsRead: input.rowsRead,
    observationsNew: 0,
    observationsRevised: 0,
    observationsUnchanged: 0,
    rejectedRows: new Set(input.rejections.map((r) => r.row)).size,
    emptyValues: input.emptyValues,
  };
  const batch = {
    fileName: input.fileName,
    format: input.format,
    source: input.source,
    checksum: input.checksum,
    createdBy: input.createdBy,
    demo: input.demo,
    counts,
    explanation,
  };

  if (input.rejections.length > 0) {
    explanation.push(
      `${counts.rejectedRows} row(s) rejected: nothing was imported (all or nothing).`,
    );
    if (input.dryRun) return { batchId: null, status: 'dry-run', counts, explanation };
    const batchId = await db.transaction().execute(async (trx) => {
      const id = await createImportBatch(trx, { ...batch, status: 'rejected' });
      await saveRejections(trx, id, input.rejections);
      return id;
    });
    return { batchId, status: 'rejected', counts, explanation };
  }

  if (!isCopyCapable(db)) {
    throw new Error('observations are stored with COPY: open the database with openDatabase');
  }
  const staged = isStaged(input.observations)
    ? input.observations
    : stageObservations(input.observations);
  // the observation table has no foreign keys (bulk speed); this guard keeps it consistent
  const knownIndicators = new Set((await listIndicators(db)).map((i) => i.code));
  const knownRegions = await regionCodes(db);
  const unknown = [
    ...[...staged.indicatorCodes].filter((c) => !knownIndicators.has(c)),
    ...[...staged.regionCodes].filter((c) => !knownRegions.has(c)),
  ];
  if (unknown.length > 0) {
    throw new Error(
      `batch ${input.fileName} refers to unknown codes: ${unknown.slice(0, 10).join(', ')}`,
    );
  }

  let batchId: number | null = null;
  try {
    await db.transaction().execute(async (trx) => {
      const id = await createImportBatch(trx, { ...batch, status: 'applied' });
      progress({ phase: 'storing', done: 0, total: staged.count });
      const stored = await storeObservationRevisions(trx, id, staged);
      counts.observationsNew = stored.new;
      counts.observationsRevised = stored.revised;
      counts.observationsUnchanged = stored.unchanged;
      progress({ phase: 'storing', done: staged.count, total: staged.count });
      await updateImportBatchCounts(trx, id, counts);
      batchId = id;
      if (input.dryRun) throw new DryRunRollback();
    });
    return { batchId, status: 'applied', counts, explanation };
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
    explanation.push('Dry run: nothing was stored.');
    return { batchId: null, status: 'dry-run', counts, explanation };
  }
}

/**
 * Undoes a batch: its observations are deleted, so the revision before it becomes the latest
 * again, and the batch stays listed as rolled back with who did it and when.
 */
export async function rollbackImportBatch(
  db: Kysely<Database>,
  id: number,
  by: string,
): Promise<{ batchId: number; observationsRemoved: number }> {
  return db.transaction().execute(async (trx) => {
    const batch = await getImportBatch(trx, id, 0);
    if (batch.status !== 'applied') {
      throw conflict(
        `Import batch ${id} is ${batch.status}; only an applied batch can be rolled back.`,
      );
    }
    const removed = await deleteObservationsOfBatch(trx, id);
    await markBatchRolledBack(trx, id, by);
    return { batchId: id, observationsRemoved: removed };
  });
}
