import type { Generated, Selectable } from 'kysely';

export interface MeetingSeriesTable {
  id: string;
  kind: string;
  title: string;
  iso_weekday: number;
  start_time: string;
  duration_minutes: number;
  interval_weeks: number;
  valid_from: string;
  valid_until: string | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface CalendarExceptionTable {
  id: string;
  type: string;
  series_id: string | null;
  kind: string | null;
  title: string | null;
  date: string;
  start_time: string | null;
  duration_minutes: number | null;
  reason: string;
  is_demo: Generated<boolean>;
}

export type MeetingSeriesRow = Selectable<MeetingSeriesTable>;
export type CalendarExceptionRow = Selectable<CalendarExceptionTable>;
