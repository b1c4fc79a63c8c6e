import { MEASURE_EVENT_KINDS } from '@weegschaal/core';
import type {
  MeasureEvent,
  MeasureEventEnd,
  MeasureEventKind,
  StoredMeasureEvent,
} from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { MeasureEventRow } from './measure-event.table.ts';

const END_KINDS: readonly MeasureEventEnd[] = ['none', 'dated', 'expected', 'open'];

function toKind(value: string): MeasureEventKind {
  const kind = MEASURE_EVENT_KINDS.find((k) => k === value);
  if (!kind) throw new Error(`measure_event kind '${value}' in the database is unknown`);
  return kind;
}

function toEnd(value: string): MeasureEventEnd {
  const end = END_KINDS.find((k) => k === value);
  if (!end) throw new Error(`measure_event end_kind '${value}' in the database is unknown`);
  return end;
}

function toMeasureEvent(row: MeasureEventRow): StoredMeasureEvent {
  return {
    id: row.id,
    source: row.source,
    line: row.line,
    startDate: row.start_date,
    endDate: row.end_date,
    end: toEnd(row.end_kind),
    description: row.description,
    kind: toKind(row.kind),
    url: row.url,
  };
}

/** Replaces every event of one source file; the caller owns the transaction. */
export async function replaceMeasureEvents(
  db: Executor,
  source: string,
  events: readonly MeasureEvent[],
): Promise<number> {
  await db.deleteFrom('measure_event').where('source', '=', source).execute();
  if (events.length === 0) return 0;
  await db
    .insertInto('measure_event')
    .values(
      events.map((e) => ({
        source,
        line: e.line,
        start_date: e.startDate,
        end_date: e.endDate,
        end_kind: e.end,
        description: e.description,
        kind: e.kind,
        url: e.url,
      })),
    )
    .execute();
  return events.length;
}

/**
 * Events by start date. An event overlaps [from, to] when it starts before `to` ends and has
 * not ended before `from` (open-ended events never end).
 */
export async function listMeasureEvents(
  db: Executor,
  filter: { from?: string; to?: string; kinds?: readonly MeasureEventKind[] } = {},
): Promise<StoredMeasureEvent[]> {
  let query = db.selectFrom('measure_event').selectAll().orderBy('start_date').orderBy('id');
  if (filter.to) query = query.where('start_date', '<=', filter.to);
  if (filter.from) {
    const from = filter.from;
    query = query.where((eb) =>
      eb.or([
        eb('start_date', '>=', from),
        eb('end_date', '>=', from),
        eb('end_kind', '=', 'open'),
      ]),
    );
  }
  if (filter.kinds && filter.kinds.length > 0) query = query.where('kind', 'in', filter.kinds);
  return (await query.execute()).map(toMeasureEvent);
}
