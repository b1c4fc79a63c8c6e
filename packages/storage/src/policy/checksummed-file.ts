import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.ts';
import { getMeta, setMeta } from '../app-meta/app-meta.repository.ts';

export type ChecksummedLoad =
  { status: 'loaded'; summary: string } | { status: 'unchanged' | 'missing'; summary: string };

/**
 * Loads a public data file unless the same bytes were loaded before: the SHA-256 of the file
 * is kept in app_meta and written in the same transaction as the data, so a crash midway
 * means the file is loaded again next time, never half.
 */
export async function loadFileIfChanged(
  db: Kysely<Database>,
  source: string,
  path: string,
  load: (trx: Transaction<Database>, text: string, fileName: string) => Promise<string>,
): Promise<ChecksummedLoad> {
  const fileName = basename(path);
  if (!existsSync(path)) return { status: 'missing', summary: `${fileName} not found` };
  const bytes = readFileSync(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const key = `public-data.${source}.${fileName}.sha256`;
  if ((await getMeta(db, key)) === sha256) {
    return { status: 'unchanged', summary: `${fileName} unchanged` };
  }
  const summary = await db.transaction().execute(async (trx) => {
    const text = await load(trx, bytes.toString('utf8'), fileName);
    await setMeta(trx, key, sha256);
    return text;
  });
  return { status: 'loaded', summary };
}
