import { sql } from 'kysely';
import { REJECTION_REASONS, notFound } from '@weegschaal/core';
import type { RejectedRow, RejectionReason } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import { chunksFor } from '../bulk/chunk.ts';
import type { ImportBatchRow } from './import-batch.table.ts';

function toReason(value: string): RejectionReason {
  const reason = REJECTION_REASONS.find((r) => r === value);
  if (!reason) throw new Error(`rejection reason '${value}' in the database is unknown`);
  return reason;
}

export type ImportBatchStatus = 'applied' | 'rejected' | 'rolled-back';

export interface ImportBatch {
  id: number;
  fileName: string;
  format: string;
  /** the public data source that loaded it, or null for a user's import */
  source: string | null;
  checksum: string;
  createdBy: string;
  createdAt: string;
  status: ImportBatchStatus;
  demo: boolean;
  counts: {
    rowsRead: number;
    observationsNew: number;
    observationsRevised: number;
    observationsUnchanged: number;
    rejectedRows: number;
    emptyValues: number;
  };
  explanation: string[];
  rolledBackAt: string | null;
  rolledBackBy: string | null;
}

export interface ImportBatchDetail extends ImportBatch {
  rejections: RejectedRow[];
}

export type NewImportBatch = Omit<
  ImportBatch,
  'id' | 'createdAt' | 'rolledBackAt' | 'rolledBackBy'
>;

function toBatch(row: ImportBatchRow): ImportBatch {
  return {
    id: row.id,
    fileName: row.file_name,
    format: row.format,
    source: row.source,
    checksum: row.checksum,
    createdBy: row.created_by,
    createdAt: new Date(row.created_at).toISOString(),
    status: row.status,
    demo: row.demo,
    counts: {
      rowsRead: row.rows_read,
      observationsNew: row.observations_new,
      observationsRevised: row.observations_revised,
      observationsUnchanged: row.observations_unchanged,
      rejectedRows: row.rejected_rows,
      emptyValues: row.empty_values,
    },
    explanation: row.explanation,
    rolledBackAt: row.rolled_back_at ? new Date(row.rolled_back_at).toISOString() : null,
    rolledBackBy: row.rolled_back_by,
  };
}

/**
 * What is recorded about a file must be recordable whatever the file held: PostgreSQL text
 * and jsonb cannot hold U+0000, so a NUL in a file name, a column name or a rejected value
 * is written as U+FFFD (the replacement character) in the batch and its rejections.
 */
const storable = (text: string): string => text.replaceAll('\u0000', '\uFFFD');

export async function createImportBatch(db: Executor, batch: NewImportBatch): Promise<number> {
  const row = await db
    .insertInto('import_batch')
    .values({
      file_name: storable(batch.fileName),
      format: batch.format,
      source: batch.source,
      checksum: batch.checksum,
      created_by: batch.createdBy,
      status: batch.status,
      demo: batch.demo,
      rows_read: batch.counts.rowsRead,
      observations_new: batch.counts.observationsNew,
      observations_revised: batch.counts.observationsRevised,
      observations_unchanged: batch.counts.observationsUnchanged,
      rejected_rows: batch.counts.rejectedRows,
      empty_values: batch.counts.emptyValues,
      explanation: JSON.stringify(batch.explanation.map(storable)),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateImportBatchCounts(
  db: Executor,
  id: number,
  counts: Pick<
    ImportBatch['counts'],
    'observationsNew' | 'observationsRevised' | 'observationsUnchanged'
  >,
): Promise<void> {
  await db
    .updateTable('import_batch')
    .set({
      observations_new: counts.observationsNew,
      observations_revised: counts.observationsRevised,
      observations_unchanged: counts.observationsUnchanged,
    })
    .where('id', '=', id)
    .execute();
}

/** An import creates its batch before it reads the file; this records what the reading found. */
export async function completeImportBatch(
  db: Executor,
  id: number,
  counts: ImportBatch['counts'],
  explanation: readonly string[],
): Promise<void> {
  await db
    .updateTable('import_batch')
    .set({
      rows_read: counts.rowsRead,
      observations_new: counts.observationsNew,
      observations_revised: counts.observationsRevised,
      observations_unchanged: counts.observationsUnchanged,
      rejected_rows: counts.rejectedRows,
      empty_values: counts.emptyValues,
      explanation: JSON.stringify(explanation.map(storable)),
    })
    .where('id', '=', id)
    .execute();
}

export async function saveRejections(
  db: Executor,
  batchId: number,
  rejections: readonly RejectedRow[],
): Promise<void> {
  const rows = rejections.map((r, seq) => ({
    batch_id: batchId,
    seq,
    file: storable(r.file),
    row_number: r.row,
    column_name: storable(r.column),
    value: storable(r.value),
    reason: r.reason,
    message: storable(r.message),
  }));
  for (const chunk of chunksFor(rows, 8)) {
    await db.insertInto('import_rejection').values(chunk).execute();
  }
}

export async function listImportBatches(
  db: Executor,
  filter: { status?: ImportBatchStatus; limit?: number } = {},
): Promise<ImportBatch[]> {
  let query = db.selectFrom('import_batch').selectAll();
  if (filter.status) query = query.where('status', '=', filter.status);
  const rows = await query
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 200)
    .execute();
  return rows.map(toBatch);
}

export async function getImportBatch(
  db: Executor,
  id: number,
  rejectionLimit = 1000,
): Promise<ImportBatchDetail> {
  const row = await db
    .selectFrom('import_batch')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Import batch', String(id));
  const rejections = await db
    .selectFrom('import_rejection')
    .selectAll()
    .where('batch_id', '=', id)
    .orderBy('seq')
    .limit(rejectionLimit)
    .execute();
  return {
    ...toBatch(row),
    rejections: rejections.map((r) => ({
      file: r.file,
      row: r.row_number,
      column: r.column_name,
      value: r.value,
      reason: toReason(r.reason),
      message: r.message,
    })),
  };
}

export async function markBatchRolledBack(db: Executor, id: number, by: string): Promise<void> {
  await db
    .updateTable('import_batch')
    .set({ status: 'rolled-back', rolled_back_at: sql`now()`, rolled_back_by: by })
    .where('id', '=', id)
    .execute();
}

/** The applied batch that loaded these exact bytes from a public source, if any. */
export async function findAppliedSourceBatch(
  db: Executor,
  source: string,
  fileName: string,
  checksum: string,
): Promise<ImportBatch | null> {
  const row = await db
    .selectFrom('import_batch')
    .selectAll()
    .where('source', '=', source)
    .where('file_name', '=', fileName)
    .where('checksum', '=', checksum)
    .where('status', '=', 'applied')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ? toBatch(row) : null;
}
