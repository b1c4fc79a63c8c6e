import { Type } from 'typebox';
import { ADVISORY_BODIES, CALENDAR_EXCEPTION_TYPES, MEETING_KINDS } from '@weegschaal/core';

const Date_ = (description?: string) =>
  Type.String({ format: 'date', ...(description ? { description } : {}) });
const WallTime = Type.String({
  pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$',
  description: 'HH:mm, wall-clock time in Europe/Amsterdam',
});

export const OccurrenceSchema = Type.Object({
  uid: Type.String({ description: 'Stable identifier of this meeting (also the iCalendar UID)' }),
  kind: Type.Enum(MEETING_KINDS),
  title: Type.String(),
  date: Date_('Date in Europe/Amsterdam'),
  localStartTime: WallTime,
  startsAt: Type.String({ format: 'date-time' }),
  endsAt: Type.String({ format: 'date-time' }),
  seriesId: Type.Union([Type.String(), Type.Null()]),
  origin: Type.Enum(['series', 'extra']),
  note: Type.Union([Type.String(), Type.Null()]),
  demo: Type.Boolean(),
});

export const MeetingSeriesSchema = Type.Object({
  id: Type.String({ pattern: '^[a-z0-9-]{1,64}$' }),
  kind: Type.Enum(MEETING_KINDS),
  title: Type.String({ minLength: 1, maxLength: 200 }),
  isoWeekday: Type.Integer({ minimum: 1, maximum: 7, description: '1 = Monday … 7 = Sunday' }),
  startTime: WallTime,
  durationMinutes: Type.Integer({ minimum: 5, maximum: 720 }),
  intervalWeeks: Type.Integer({ minimum: 1, maximum: 8 }),
  validFrom: Date_('First day; also fixes which weeks a two-weekly series falls in'),
  validUntil: Type.Union([Type.Null(), Date_()]),
  demo: Type.Boolean(),
});

export const MeetingSeriesInputSchema = Type.Omit(MeetingSeriesSchema, ['id', 'demo']);

export const CalendarExceptionSchema = Type.Object({
  id: Type.String({ pattern: '^[a-z0-9-]{1,64}$' }),
  type: Type.Enum(CALENDAR_EXCEPTION_TYPES),
  date: Date_(),
  reason: Type.String({ minLength: 1, maxLength: 500 }),
  seriesId: Type.Optional(
    Type.String({ description: 'For type cancel: the series of the occurrence' }),
  ),
  kind: Type.Optional(Type.Enum(MEETING_KINDS, { description: 'For type extra' })),
  title: Type.Optional(Type.String({ description: 'For type extra' })),
  startTime: Type.Optional(WallTime),
  durationMinutes: Type.Optional(Type.Integer({ minimum: 5, maximum: 720 })),
  demo: Type.Boolean(),
});

export const CalendarExceptionInputSchema = Type.Omit(CalendarExceptionSchema, ['demo']);

export const CalendarSchema = Type.Object({
  timeZone: Type.String({ description: 'The zone of every wall-clock time: Europe/Amsterdam' }),
  from: Date_(),
  to: Date_(),
  demo: Type.Boolean({ description: 'true when any meeting comes from the demo calendar' }),
  occurrences: Type.Array(OccurrenceSchema),
  series: Type.Array(MeetingSeriesSchema),
  exceptions: Type.Array(CalendarExceptionSchema),
});

export const CalendarQuerySchema = Type.Object({
  from: Type.Optional(Date_('Default: today')),
  to: Type.Optional(Date_('Default: 8 weeks after from; at most 400 days')),
});

export const DeadlineStepSchema = Type.Object({
  key: Type.Enum(['package-due', 'omt-meeting', 'mit-meeting', 'advice-due', 'acc', 'mcc']),
  at: Type.String({ format: 'date-time' }),
  local: Type.String({ description: 'The moment in words, Europe/Amsterdam' }),
  rule: Type.String(),
  basis: Type.String(),
});

export const DeadlinePreviewQuerySchema = Type.Object({
  mccUid: Type.String({ minLength: 1, maxLength: 200 }),
  mccDate: Date_(),
  addressees: Type.Optional(
    Type.String({ description: 'Comma-separated: OMT,MIT (default both)' }),
  ),
});

export const DeadlinePreviewSchema = Type.Object({
  mcc: OccurrenceSchema,
  addressees: Type.Array(Type.Enum(ADVISORY_BODIES)),
  rules: Type.Object({
    adviceLeadWorkingDays: Type.Integer(),
    packageLeadWorkingDays: Type.Integer(),
    accLookbackDays: Type.Integer(),
  }),
  steps: Type.Array(DeadlineStepSchema),
});

export const FeedAddressSchema = Type.Object({
  url: Type.String({
    description: 'Personal iCalendar address; keep it secret, a password reset changes it',
  }),
});

export const FeedQuerySchema = Type.Object({
  token: Type.Optional(
    Type.String({ description: 'The personal calendar token (calendar clients send no cookies)' }),
  ),
});
