import type { Kysely } from 'kysely';
import { detectLayout } from '@weegschaal/core';
import type { DetectedDialect, ImportLayout } from '@weegschaal/core';
import type { Database } from '../database.ts';
import { ensureIndicatorCatalogue, listIndicators } from '../indicator/indicator.repository.ts';
import { detectObservationFormat, openRows } from './observation-importer.ts';
import type { ObservationImportFormat, ObservationImportRequest } from './observation-importer.ts';

/**
 * What an upload will be read as, before anything is imported: the detected format and CSV
 * convention (with the reasons), the columns, the first rows, and which column the importer
 * takes for each role (indicator, region, period, value, …) — detected, or as the user mapped
 * it. The web app's mapping step starts from this and sends its mapping back to the same
 * importer (importObservations with `mapping` and `dialect`): there is no second importer.
 */
export interface ImportPreview {
  fileName: string;
  format: ObservationImportFormat;
  /** null for XLSX and CBS OData */
  dialect: DetectedDialect | null;
  columns: string[];
  /** the first rows, numbered as rejections will be (CSV line, spreadsheet row, JSON item) */
  rows: { rowNumber: number; cells: string[] }[];
  /** rows in the file (for CSV, lines after the header: near enough before parsing) */
  totalRows: number;
  layout: ImportLayout;
  explanation: string[];
}

export async function previewObservationFile(
  db: Kysely<Database>,
  request: Pick<ObservationImportRequest, 'fileName' | 'bytes' | 'format' | 'dialect' | 'mapping'>,
  maxRows = 10,
): Promise<ImportPreview> {
  const format =
    !request.format || request.format === 'auto'
      ? detectObservationFormat(request.fileName, request.bytes)
      : request.format;
  let indicators = await listIndicators(db);
  if (indicators.length === 0) {
    await ensureIndicatorCatalogue(db);
    indicators = await listIndicators(db);
  }
  const source = await openRows({ ...request, createdBy: 'preview' }, format);
  const rows: ImportPreview['rows'] = [];
  for (const row of source.rows) {
    if (rows.length >= maxRows) break;
    rows.push({ rowNumber: row.rowNumber, cells: [...row.cells] });
  }
  const columns = [...source.header.columns];
  const layout = detectLayout(
    { fileName: request.fileName, columns, rows, dialect: source.header.dialect },
    {
      indicators,
      // region codes are checked per row by the import (and its dry run), not here
      isKnownRegion: () => true,
      ...(request.mapping ? { mapping: request.mapping } : {}),
    },
  );
  const roles = Object.entries(layout.columns).map(([role, column]) => `${role} ← ${column}`);
  return {
    fileName: request.fileName,
    format,
    dialect: source.dialect,
    columns,
    rows,
    totalRows: source.total,
    layout,
    explanation: [
      `Read as ${format}${source.dialect ? ` (${source.dialect.convention} convention: ${source.dialect.reasons.join('; ')})` : ''}.`,
      `${layout.kind === 'long' ? 'Long' : 'Wide'} layout; columns: ${roles.join(', ') || 'none recognised'}` +
        (layout.kind === 'wide'
          ? `; indicator columns: ${layout.indicatorColumns.map((c) => `${c.column} → ${c.indicatorCode}`).join(', ') || 'none'}`
          : layout.fixedIndicator
            ? `; every row is indicator ${layout.fixedIndicator}`
            : '') +
        '.',
    ],
  };
}
