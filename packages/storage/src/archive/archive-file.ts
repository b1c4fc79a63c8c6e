import { ContentHasher } from './archive-content.ts';
import type { ArchiveValue } from './archive-codec.ts';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION } from './archive-export.ts';
import type { ArchiveHeader, ArchiveTrailer } from './archive-export.ts';
import { archiveError, readArchiveLines } from './archive-reader.ts';

export type ArchiveEvent =
  | { kind: 'header'; header: ArchiveHeader }
  | { kind: 'row'; line: number; table: string; tableIndex: number; row: ArchiveValue[] }
  | { kind: 'end'; trailer: ArchiveTrailer };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkHeader(file: string, value: unknown): ArchiveHeader {
  if (!isRecord(value) || value['format'] !== ARCHIVE_FORMAT) {
    throw archiveError(file, { line: 1 }, `not a ${ARCHIVE_FORMAT} file (no header record)`);
  }
  if (value['version'] !== ARCHIVE_VERSION) {
    throw archiveError(
      file,
      { line: 1 },
      `archive format version ${String(value['version'])} is not supported; this program reads version ${ARCHIVE_VERSION}`,
    );
  }
  const tables = value['tables'];
  const wellFormed =
    typeof value['schemaVersion'] === 'string' &&
    Array.isArray(tables) &&
    tables.every(
      (t) =>
        isRecord(t) &&
        typeof t['name'] === 'string' &&
        Array.isArray(t['columns']) &&
        t['columns'].every(
          (c) => isRecord(c) && typeof c['name'] === 'string' && typeof c['type'] === 'string',
        ),
    ) &&
    Array.isArray(value['sequences']);
  if (!wellFormed) {
    throw archiveError(file, { line: 1 }, 'the header lacks schemaVersion, tables or sequences');
  }
  return value as unknown as ArchiveHeader;
}

/**
 * Reads an archive record by record and checks its structure: header first, rows of the
 * header's tables in header order with one value per column, a trailer whose counts and
 * content hash match the rows actually read, nothing after it. Value types are checked by
 * the importer against the target's columns.
 */
export async function* readArchive(file: string): AsyncGenerator<ArchiveEvent> {
  let header: ArchiveHeader | null = null;
  let trailer: ArchiveTrailer | null = null;
  const hasher = new ContentHasher();
  const counts = new Map<string, number>();
  let current = -1;
  let lastLine = 0;
  const advanceTo = (index: number) => {
    while (current < index) {
      current += 1;
      hasher.table(header!.tables[current]!);
      counts.set(header!.tables[current]!.name, 0);
    }
  };
  for await (const { number, value } of readArchiveLines(file)) {
    lastLine = number;
    if (header === null) {
      header = checkHeader(file, value);
      yield { kind: 'header', header };
      continue;
    }
    if (trailer !== null) {
      throw archiveError(file, { line: number }, 'a record after the end record');
    }
    if (!isRecord(value)) throw archiveError(file, { line: number }, 'not a JSON object');
    if (value['end'] === true) {
      trailer = value as unknown as ArchiveTrailer;
      continue;
    }
    const name = value['table'];
    const row = value['row'];
    if (typeof name !== 'string' || !Array.isArray(row)) {
      throw archiveError(file, { line: number }, 'a row record needs "table" and "row" (an array)');
    }
    const index = header.tables.findIndex((t) => t.name === name);
    if (index < 0) {
      throw archiveError(file, { line: number, table: name }, 'table not listed in the header');
    }
    if (index < current) {
      throw archiveError(
        file,
        { line: number, table: name },
        `rows out of order: ${name} comes before ${header.tables[current]!.name} in the header`,
      );
    }
    advanceTo(index);
    const columns = header.tables[index]!.columns;
    if (row.length !== columns.length) {
      throw archiveError(
        file,
        { line: number, table: name },
        `${row.length} values for ${columns.length} columns`,
      );
    }
    hasher.row(row as ArchiveValue[]);
    counts.set(name, (counts.get(name) ?? 0) + 1);
    yield { kind: 'row', line: number, table: name, tableIndex: index, row: row as ArchiveValue[] };
  }
  if (header === null) throw archiveError(file, { line: 1 }, 'the file is empty');
  if (trailer === null) {
    throw archiveError(
      file,
      { line: lastLine + 1 },
      'the end record is missing: the file is truncated',
    );
  }
  advanceTo(header.tables.length - 1);
  for (const [name, rows] of counts) {
    const claimed = trailer.rows?.[name];
    if (claimed !== rows) {
      throw archiveError(
        file,
        { table: name },
        `the end record counts ${String(claimed)} rows but the file holds ${rows}`,
      );
    }
  }
  const hash = hasher.digest();
  if (hash !== trailer.contentHash) {
    throw archiveError(
      file,
      {},
      `content hash mismatch: the end record says ${String(trailer.contentHash)} but the rows hash to ${hash}; the file was altered`,
    );
  }
  yield { kind: 'end', trailer };
}

/** The content hash of an archive file, after checking that its rows match it. */
export async function archiveFileHash(file: string): Promise<string> {
  let hash = '';
  for await (const event of readArchive(file)) {
    if (event.kind === 'end') hash = event.trailer.contentHash;
  }
  return hash;
}
