import { MEETING_KINDS, notFound, validateException, validateSeries } from '@weegschaal/core';
import type { CalendarException, MeetingKind, MeetingSeries } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { CalendarExceptionRow, MeetingSeriesRow } from './calendar.table.ts';
import { appendAuditEvent } from '../audit/audit-event.repository.ts';
import type { AuditActor } from '../audit/audit-event.repository.ts';

function toKind(value: string): MeetingKind {
  const kind = MEETING_KINDS.find((k) => k === value);
  if (!kind) throw new Error(`meeting kind '${value}' in the database is unknown`);
  return kind;
}

function toSeries(row: MeetingSeriesRow): MeetingSeries {
  return {
    id: row.id,
    kind: toKind(row.kind),
    title: row.title,
    isoWeekday: row.iso_weekday,
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    intervalWeeks: row.interval_weeks,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    demo: row.is_demo,
  };
}

function toException(row: CalendarExceptionRow): CalendarException {
  const base = { id: row.id, date: row.date, reason: row.reason, demo: row.is_demo };
  switch (row.type) {
    case 'cancel':
      return { ...base, type: 'cancel', seriesId: row.series_id ?? '' };
    case 'holiday':
      return { ...base, type: 'holiday' };
    case 'extra':
      return {
        ...base,
        type: 'extra',
        kind: toKind(row.kind ?? ''),
        title: row.title ?? '',
        startTime: row.start_time ?? '',
        durationMinutes: row.duration_minutes ?? 0,
      };
    default:
      throw new Error(`calendar exception type '${row.type}' in the database is unknown`);
  }
}

export async function listMeetingSeries(db: Executor): Promise<MeetingSeries[]> {
  const rows = await db.selectFrom('meeting_series').selectAll().orderBy('id').execute();
  return rows.map(toSeries);
}

export async function listCalendarExceptions(db: Executor): Promise<CalendarException[]> {
  const rows = await db
    .selectFrom('calendar_exception')
    .selectAll()
    .orderBy('date')
    .orderBy('id')
    .execute();
  return rows.map(toException);
}

export async function upsertMeetingSeries(
  db: Executor,
  actor: AuditActor,
  series: MeetingSeries,
  now: Date,
): Promise<MeetingSeries> {
  validateSeries(series);
  const values = {
    id: series.id,
    kind: series.kind,
    title: series.title,
    iso_weekday: series.isoWeekday,
    start_time: series.startTime,
    duration_minutes: series.durationMinutes,
    interval_weeks: series.intervalWeeks,
    valid_from: series.validFrom,
    valid_until: series.validUntil,
    is_demo: series.demo,
  };
  const row = await db
    .insertInto('meeting_series')
    .values(values)
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAuditEvent(
    db,
    actor,
    {
      action: 'meeting-series.saved',
      resourceType: 'meeting-series',
      resourceId: series.id,
      details: { ...values },
    },
    now,
  );
  return toSeries(row);
}

export async function addCalendarException(
  db: Executor,
  actor: AuditActor,
  exception: CalendarException,
  now: Date,
): Promise<CalendarException> {
  validateException(exception);
  if (exception.type === 'cancel') {
    const series = await db
      .selectFrom('meeting_series')
      .select('id')
      .where('id', '=', exception.seriesId)
      .executeTakeFirst();
    if (!series) throw notFound('Meeting series', exception.seriesId);
  }
  const values = {
    id: exception.id,
    type: exception.type,
    series_id: exception.type === 'cancel' ? exception.seriesId : null,
    kind: exception.type === 'extra' ? exception.kind : null,
    title: exception.type === 'extra' ? exception.title : null,
    date: exception.date,
    start_time: exception.type === 'extra' ? exception.startTime : null,
    duration_minutes: exception.type === 'extra' ? exception.durationMinutes : null,
    reason: exception.reason,
    is_demo: exception.demo,
  };
  const row = await db
    .insertInto('calendar_exception')
    .values(values)
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAuditEvent(
    db,
    actor,
    {
      action: 'calendar-exception.saved',
      resourceType: 'calendar-exception',
      resourceId: exception.id,
      details: { ...values },
    },
    now,
  );
  return toException(row);
}

export async function deleteCalendarException(
  db: Executor,
  actor: AuditActor,
  id: string,
  now: Date,
): Promise<void> {
  const result = await db.deleteFrom('calendar_exception').where('id', '=', id).executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw notFound('Calendar exception', id);
  await appendAuditEvent(
    db,
    actor,
    { action: 'calendar-exception.deleted', resourceType: 'calendar-exception', resourceId: id },
    now,
  );
}
