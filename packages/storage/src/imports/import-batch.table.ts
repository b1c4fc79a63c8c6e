import type { ColumnType, Generated, Selectable } from 'kysely';

export interface ImportBatchTable {
  id: Generated<number>;
  file_name: string;
  format: string;
  source: string | null;
  checksum: string;
  created_by: string;
  created_at: Generated<Date>;
  status: 'applied' | 'rejected' | 'rolled-back';
  demo: Generated<boolean>;
  rows_read: number;
  observations_new: number;
  observations_revised: number;
  observations_unchanged: number;
  rejected_rows: number;
  empty_values: number;
  /** JSON array of sentences: how the file was read (written as JSON text, read parsed) */
  explanation: ColumnType<string[], string, string>;
  rolled_back_at: Date | null;
  rolled_back_by: string | null;
}

export interface ImportRejectionTable {
  batch_id: number;
  seq: number;
  file: string;
  row_number: number;
  column_name: string;
  value: string;
  reason: string;
  message: string;
}

export type ImportBatchRow = Selectable<ImportBatchTable>;
export type ImportRejectionRow = Selectable<ImportRejectionTable>;
