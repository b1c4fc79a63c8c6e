import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  conflict,
  createObservationValidator,
  invalidInput,
  parseCbsOData,
  readCsvRows,
} from '@weegschaal/core';
import type {
  ColumnMapping,
  CsvDialect,
  DetectedDialect,
  ImportLayout,
  ObservationInput,
  ObservationValidator,
  RejectedRow,
  TableHeader,
  TabularFile,
} from '@weegschaal/core';
import type { Database } from '../database.ts';
import { ensureIndicatorCatalogue, listIndicators } from '../indicator/indicator.repository.ts';
import { regionCodes } from '../region/region.repository.ts';
import {
  deleteObservationsOfBatch,
  observationLoader,
  observationStager,
  stageObservations,
  storeObservationRevisions,
} from '../observation/observation.repository.ts';
import type { StagedObservations } from '../observation/observation.repository.ts';
import { isCopyCapable } from '../bulk/copy.ts';
import { refreshObservationHeads } from '../observation/observation-head.repository.ts';
import {
  announceObservationChange,
  notifyObservationChange,
} from '../observation/observation-changes.ts';
import {
  completeImportBatch,
  createImportBatch,
  getImportBatch,
  saveRejections,
  updateImportBatchCounts,
  markBatchRolledBack,
} from './import-batch.repository.ts';
import type { NewImportBatch } from './import-batch.repository.ts';
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
  /** rows per part stored while the next is read (50,000; tests make parts small) */
  partRows?: number;
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
 * A file's header and its rows: CSV read as the rows are asked for, XLSX and OData whole. The
 * preview (import-preview.ts) reads the same way, so it shows what the import will read.
 */
export async function openRows(
  request: ObservationImportRequest,
  format: ObservationImportFormat,
): Promise<{
  header: TableHeader;
  rows: Iterable<{ rowNumber: number; cells: string[] }>;
  /** the number of rows, or near enough for a progress bar */
  total: number;
  dialect: DetectedDialect | null;
}> {
  if (format === 'observations-csv') {
    const text = new TextDecoder('utf-8').decode(request.bytes);
    const { columns, rows, dialect } = readCsvRows(request.fileName, text, request.dialect);
    return {
      header: { fileName: request.fileName, columns, dialect },
      rows,
      total: Math.max(0, countLines(text) - 1),
      dialect,
    };
  }
  const table = await readTable(request, format);
  return { header: table, rows: table.rows, total: table.rows.length, dialect: null };
}

function isStaged(
  observations: readonly ObservationInput[] | StagedObservations,
): observations is StagedObservations {
  return !Array.isArray(observations);
}

/** Thrown inside the transaction of a dry run so that everything it did is rolled back. */
class DryRunRollback extends Error {}

/** Thrown inside an import's transaction when a row was rejected: nothing may land. */
class RejectedBatch extends Error {}

/** Rows per part: validated, encoded and handed to the store while the next part is read. */
const PART_ROWS = 50_000;

/** Lets the driver send what is waiting (a COPY in progress) before the next rows are read. */
const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Imports one file as one batch, all or nothing: if any row is rejected, no observation
 * lands and the batch is recorded as 'rejected' with its rejected rows; otherwise every
 * observation is stored as a revision in one transaction. A dry run does all of it inside a
 * transaction that is rolled back, so its counts are exact and nothing remains.
 *
 * One pass over the file, inside that transaction: every row is validated as it is read, its
 * values are encoded for COPY at once, and each part of 50,000 rows is stored while the next
 * is read (PostgreSQL works in its own process meanwhile). Neither the file's rows nor a list
 * of observation objects is held. At the first rejected row the storing stops; the rest of
 * the file is still validated, so that every rejected row is reported, and the transaction is
 * rolled back before the rejected batch is recorded.
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
  const dryRun = request.dryRun ?? false;

  let indicators = await listIndicators(db);
  if (indicators.length === 0) {
    await ensureIndicatorCatalogue(db);
    indicators = await listIndicators(db);
  }
  const known = await regionCodes(db);
  progress({ phase: 'reading', done: 0, total: request.bytes.byteLength });
  const source = await openRows(request, format);
  progress({ phase: 'reading', done: request.bytes.byteLength, total: request.bytes.byteLength });
  let part = observationStager();
  const validator = createObservationValidator(
    source.header,
    {
      indicators,
      isKnownRegion: (code) => known.has(code),
      ...(request.mapping ? { mapping: request.mapping } : {}),
    },
    (observation) => part.add(observation),
  );

  const counts: ObservationImportReport['counts'] = {
    rowsRead: 0,
    observationsNew: 0,
    observationsRevised: 0,
    observationsUnchanged: 0,
    rejectedRows: 0,
    emptyValues: 0,
  };
  const batch = {
    fileName: request.fileName,
    format,
    source: request.source ?? null,
    checksum,
    createdBy: request.createdBy,
    demo: request.demo ?? false,
  };
  let validation: ReturnType<ObservationValidator['finish']> | null = null;
  const explanation: string[] = [];
  const finishValidation = () => {
    validation = validator.finish();
    counts.rowsRead = validation.rowsRead;
    counts.emptyValues = validation.emptyValues;
    counts.rejectedRows = new Set(validation.rejections.map((r) => r.row)).size;
    explanation.push(
      ...(source.dialect ? [`CSV: ${source.dialect.reasons.join('; ')}.`] : []),
      ...validation.explanation,
    );
    return validation;
  };

  let batchId: number | null = null;
  let status: ObservationImportReport['status'] = 'applied';
  try {
    await db.transaction().execute(async (trx) => {
      const id = await createImportBatch(trx, { ...batch, status: 'applied', counts, explanation });
      const loader = observationLoader(trx, id);
      progress({ phase: 'validating', done: 0, total: source.total });
      const partRows = request.partRows ?? PART_ROWS;
      let rows = 0;
      try {
        for (const { rowNumber, cells } of source.rows) {
          validator.row(rowNumber, cells);
          if (++rows % partRows === 0) {
            if (validator.rejected > 0) loader.discard();
            else await loader.add(part.finish());
            part = observationStager();
            progress({
              phase: 'validating',
              done: Math.min(source.total, rows),
              total: source.total,
            });
            await yieldToIo();
          }
        }
      } catch (error) {
        // no statement of the loader may still be running when the transaction rolls back
        loader.discard();
        await loader.finish().catch(() => undefined);
        throw error;
      }
      const { rejections } = finishValidation();
      progress({ phase: 'validating', done: source.total, total: source.total });
      if (rejections.length > 0) {
        loader.discard();
        await loader.finish().catch(() => undefined);
        throw new RejectedBatch();
      }
      await loader.add(part.finish());
      progress({ phase: 'storing', done: 0, total: validation!.accepted });
      const stored = await loader.finish();
      counts.observationsNew = stored.new;
      counts.observationsRevised = stored.revised;
      counts.observationsUnchanged = stored.unchanged;
      await completeImportBatch(trx, id, counts, explanation);
      await refreshObservationHeads(trx);
      // heard by other processes only if this commits (not a dry run)
      await notifyObservationChange(db, trx, { batchId: id, kind: 'applied' });
      progress({ phase: 'storing', done: validation!.accepted, total: validation!.accepted });
      batchId = id;
      if (dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (error instanceof DryRunRollback) {
      batchId = null;
      status = 'dry-run';
      explanation.push('Dry run: nothing was stored.');
    } else if (error instanceof RejectedBatch) {
      explanation.push(
        `${counts.rejectedRows} row(s) rejected: nothing was imported (all or nothing).`,
      );
      status = dryRun ? 'dry-run' : 'rejected';
      batchId = dryRun
        ? null
        : await recordRejectedBatch(db, { ...batch, counts, explanation }, validation!.rejections);
    } else {
      throw error;
    }
  }
  if (status === 'applied' && batchId !== null) {
    announceObservationChange(db, { batchId, kind: 'applied' });
  }
  const done = validation!;
  return {
    batchId,
    status,
    dryRun,
    fileName: request.fileName,
    format,
    checksum,
    dialect: source.dialect,
    layout: done.layout,
    counts,
    rejections: done.rejections,
    explanation,
  };
}

async function recordRejectedBatch(
  db: Kysely<Database>,
  batch: Omit<NewImportBatch, 'status'>,
  rejections: readonly RejectedRow[],
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const id = await createImportBatch(trx, { ...batch, status: 'rejected' });
    await saveRejections(trx, id, rejections);
    return id;
  });
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
    const batchId = await recordRejectedBatch(db, batch, input.rejections);
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
      await refreshObservationHeads(trx);
      await notifyObservationChange(db, trx, { batchId: id, kind: 'applied' });
      batchId = id;
      if (input.dryRun) throw new DryRunRollback();
    });
    if (batchId !== null) announceObservationChange(db, { batchId, kind: 'applied' });
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
  const result = await db.transaction().execute(async (trx) => {
    const batch = await getImportBatch(trx, id, 0);
    if (batch.status !== 'applied') {
      throw conflict(
        `Import batch ${id} is ${batch.status}; only an applied batch can be rolled back.`,
      );
    }
    const removed = await deleteObservationsOfBatch(trx, id);
    await markBatchRolledBack(trx, id, by);
    await refreshObservationHeads(trx);
    await notifyObservationChange(db, trx, { batchId: id, kind: 'rolled-back' });
    return { batchId: id, observationsRemoved: removed };
  });
  announceObservationChange(db, { batchId: id, kind: 'rolled-back' });
  return result;
}
