import { invalidInput } from '@weegschaal/core';
import { parseMeasureEventsCsv } from '@weegschaal/core/csv';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { replaceMeasureEvents } from './measure-event.repository.ts';

/**
 * Imports one dated-events list (see parseMeasureEventsCsv for the layouts), replacing the
 * events of the same file, in one transaction; any bad row rejects the whole file.
 */
export async function importMeasureEventsCsv(
  db: Kysely<Database>,
  text: string,
  fileName: string,
): Promise<{ fileName: string; events: number }> {
  const { events, errors } = parseMeasureEventsCsv(text, fileName);
  if (errors.length > 0) {
    throw invalidInput(`${fileName}: ${errors.length} problem(s); nothing was imported.`, errors);
  }
  const count = await db
    .transaction()
    .execute((trx) => replaceMeasureEvents(trx, fileName, events));
  return { fileName, events: count };
}
