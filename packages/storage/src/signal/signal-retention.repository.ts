import { sql } from 'kysely';
import { SIGNAL_TEXT_RETENTION_DAYS, retentionCutoff } from '@weegschaal/core';
import type { Executor } from '../database.ts';

export interface RetentionReport {
  cutoff: string;
  days: number;
  /** signals whose text was deleted now */
  purged: number;
  /** signals kept with their text */
  kept: number;
  /** signals without text (now or before): still counted */
  withoutText: number;
}

/**
 * Deletes the text of signals received before the cutoff, with a 'text-deleted' event each.
 * The row and its classification stay, so the weekly counts do not change. Notes in the
 * history are free text too and go with it.
 */
export async function purgeExpiredSignalText(
  db: Executor,
  now: Date,
  days: number = SIGNAL_TEXT_RETENTION_DAYS,
): Promise<RetentionReport> {
  const cutoff = retentionCutoff(now, days);
  const purged = await db
    .updateTable('signal')
    .set({ text: null, text_deleted_at: now })
    .where('created_at', '<', cutoff)
    .where('text', 'is not', null)
    .returning('id')
    .execute();
  if (purged.length > 0) {
    // the rows purged now are the ones stamped with this moment: no id list, no parameter limit
    await db
      .updateTable('signal_event')
      .set({ note: null })
      .where('signal_id', 'in', (eb) =>
        eb.selectFrom('signal').select('id').where('text_deleted_at', '=', now),
      )
      .execute();
    await sql`insert into signal_event (signal_id, kind, note, at)
      select id, 'text-deleted', ${`retention period of ${days} days passed`}, ${now}
        from signal where text_deleted_at = ${now}`.execute(db);
  }
  const counts = await db
    .selectFrom('signal')
    .select([
      sql<number>`count(*) filter (where text is not null)::int`.as('kept'),
      sql<number>`count(*) filter (where text is null)::int`.as('without'),
    ])
    .executeTakeFirstOrThrow();
  return {
    cutoff: cutoff.toISOString(),
    days,
    purged: purged.length,
    kept: Number(counts.kept),
    withoutText: Number(counts.without),
  };
}
