import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { invalidInput } from '@weegschaal/core';
import type { DomainError } from '@weegschaal/core';

export interface ArchiveLine {
  /** 1-based line number in the uncompressed file */
  number: number;
  value: unknown;
}

/** A located problem in an archive file: which line, table and column, and why. */
export function archiveError(
  file: string,
  where: { line?: number; table?: string; column?: string },
  reason: string,
  value?: unknown,
): DomainError {
  const parts = [
    where.line !== undefined ? `line ${where.line}` : null,
    where.table !== undefined ? `table ${where.table}` : null,
    where.column !== undefined ? `column ${where.column}` : null,
  ].filter((p) => p !== null);
  const shown = value === undefined ? '' : ` (value ${JSON.stringify(value)?.slice(0, 80)})`;
  const location = parts.length > 0 ? `, ${parts.join(', ')}` : '';
  return invalidInput(`archive ${file}${location}: ${reason}${shown}`, [
    { name: parts.join(', ') || file, reason, ...(value === undefined ? {} : { value }) },
  ]);
}

/**
 * The JSON records of an archive, one per line. Gzip is recognised by its magic bytes, so a
 * decompressed file (for reading or repair by hand) imports just as well.
 */
export async function* readArchiveLines(file: string): AsyncGenerator<ArchiveLine> {
  const handle = await open(file, 'r').catch((error: unknown) => {
    throw archiveError(file, {}, `cannot be read: ${(error as Error).message}`);
  });
  const magic = Buffer.alloc(2);
  try {
    await handle.read(magic, 0, 2, 0);
  } finally {
    await handle.close();
  }
  const raw = createReadStream(file);
  const gzipped = magic[0] === 0x1f && magic[1] === 0x8b;
  const input = gzipped ? raw.pipe(createGunzip()) : raw;
  const failed: { error: Error | null } = { error: null };
  if (gzipped) {
    raw.on('error', (e: Error) => (failed.error = e));
    input.on('error', (e: Error) => (failed.error = e));
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const text of lines) {
      number += 1;
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw archiveError(file, { line: number }, `not valid JSON: ${(error as Error).message}`);
      }
      yield { number, value };
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'Z_BUF_ERROR' || failed.error) {
      throw archiveError(
        file,
        { line: number + 1 },
        `the compressed file is damaged or truncated: ${(failed.error ?? (error as Error)).message}`,
      );
    }
    throw error;
  } finally {
    lines.close();
    raw.destroy();
  }
  if (failed.error) {
    throw archiveError(
      file,
      { line: number + 1 },
      `the compressed file is damaged or truncated: ${failed.error.message}`,
    );
  }
}
