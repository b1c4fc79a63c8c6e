import type {
  ColumnRole,
  CsvDialect,
  DetectedDialect,
  ImportLayout,
  RejectedRow,
} from '@weegschaal/core';
import { send } from '../auth/api-send.ts';

/** The answers of /api/v1/imports (import.schema.ts in the server), as the web app reads them. */
export type ImportFormat = 'observations-csv' | 'xlsx' | 'cbs-odata';

export interface ImportPreview {
  fileName: string;
  format: ImportFormat;
  dialect: DetectedDialect | null;
  columns: string[];
  rows: { rowNumber: number; cells: string[] }[];
  totalRows: number;
  layout: ImportLayout;
  explanation: string[];
}

export interface ImportCounts {
  rowsRead: number;
  observationsNew: number;
  observationsRevised: number;
  observationsUnchanged: number;
  rejectedRows: number;
  emptyValues: number;
}

export interface ImportReport {
  batchId: number | null;
  status: 'applied' | 'rejected' | 'dry-run';
  fileName: string;
  format: string;
  layout: ImportLayout;
  counts: ImportCounts;
  rejections: RejectedRow[];
  explanation: string[];
}

export interface ImportBatch {
  id: number;
  fileName: string;
  format: string;
  source: string | null;
  checksum: string;
  createdBy: string;
  createdAt: string;
  status: 'applied' | 'rejected' | 'rolled-back';
  demo: boolean;
  counts: ImportCounts;
  rolledBackAt: string | null;
  rolledBackBy: string | null;
}

/** The file as the API takes it: text for CSV and JSON, base64 for a spreadsheet. */
export interface UploadedFile {
  fileName: string;
  content?: string;
  contentBase64?: string;
}

export async function readUpload(file: File): Promise<UploadedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // a zip (XLSX) is binary; anything else is sent as the text it is
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return { fileName: file.name, contentBase64: btoa(binary) };
  }
  return { fileName: file.name, content: new TextDecoder('utf-8').decode(bytes) };
}

export interface ImportChoices {
  columns: Partial<Record<ColumnRole, string>>;
  dialect: Partial<CsvDialect> | null;
}

const body = (file: UploadedFile, choices: ImportChoices | null) => ({
  ...file,
  ...(choices && Object.keys(choices.columns).length > 0
    ? { mapping: { columns: choices.columns } }
    : {}),
  ...(choices?.dialect ? { dialect: choices.dialect } : {}),
});

export function previewImport(
  file: UploadedFile,
  choices: ImportChoices | null,
): Promise<ImportPreview> {
  return send<ImportPreview>('POST', '/imports/previews', body(file, choices));
}

export function runImport(
  file: UploadedFile,
  choices: ImportChoices,
  dryRun: boolean,
): Promise<ImportReport> {
  return send<ImportReport>('POST', '/imports', { ...body(file, choices), dryRun });
}

export function rollbackImport(
  id: number,
): Promise<{ batch: ImportBatch; observationsRemoved: number }> {
  return send('DELETE', `/imports/${id}`);
}
