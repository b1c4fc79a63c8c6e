import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  ADVISORY_BODIES,
  DEFAULT_DEADLINE_RULES,
  addCalendarDays,
  amsterdamDate,
  deriveDeadlines,
  expandCalendar,
  invalidInput,
  toICalendar,
} from '@weegschaal/core';
import type {
  AdvisoryBody,
  CalendarException,
  FeedDeadline,
  MeetingSeries,
} from '@weegschaal/core';
import {
  addCalendarException,
  calendarTokenOf,
  deleteCalendarException,
  listAdviceRequests,
  listCalendarExceptions,
  listMeetingSeries,
  upsertMeetingSeries,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { problemResponses, success } from '../http/responses.ts';
import { inRequestContext } from '../http/invalid-params.ts';
import {
  CalendarExceptionInputSchema,
  CalendarExceptionSchema,
  CalendarQuerySchema,
  CalendarSchema,
  DeadlinePreviewQuerySchema,
  DeadlinePreviewSchema,
  FeedAddressSchema,
  FeedQuerySchema,
  MeetingSeriesInputSchema,
  MeetingSeriesSchema,
} from './calendar.schema.ts';

function parseAddressees(value: string | undefined): AdvisoryBody[] {
  if (value === undefined) return [...ADVISORY_BODIES];
  const parts = value.split(',').map((s) => s.trim());
  const bodies = ADVISORY_BODIES.filter((b) => parts.includes(b));
  if (bodies.length !== parts.length || bodies.length === 0) {
    throw invalidInput('Unknown addressees.', [
      { name: 'querystring.addressees', reason: 'OMT, MIT or OMT,MIT', value },
    ]);
  }
  return bodies;
}

export const calendarRoutes: FastifyPluginAsyncTypebox<{
  handle: DatabaseHandle;
  clock: () => Date;
}> = async (app, { handle, clock }) => {
  app.get(
    '/calendar',
    {
      config: { permission: 'calendar:read' },
      schema: {
        operationId: 'getCalendar',
        tags: ['Calendar'],
        summary: 'The decision calendar: meetings from the recurring series and their exceptions',
        querystring: CalendarQuerySchema,
        response: {
          200: success(CalendarSchema, 'The meetings in the range, Europe/Amsterdam'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const from = request.query.from ?? amsterdamDate(clock());
      const to = request.query.to ?? addCalendarDays(from, 56);
      const series = await listMeetingSeries(handle.db);
      const exceptions = await listCalendarExceptions(handle.db);
      const occurrences = await inRequestContext(
        Promise.resolve().then(() => expandCalendar(series, exceptions, from, to)),
        () => 'querystring',
      );
      return {
        timeZone: 'Europe/Amsterdam',
        from,
        to,
        demo: occurrences.some((o) => o.demo),
        occurrences,
        series,
        exceptions,
      };
    },
  );

  app.get(
    '/calendar/deadlines',
    {
      config: { permission: 'calendar:read' },
      schema: {
        operationId: 'previewDeadlines',
        tags: ['Calendar'],
        summary: 'Deadlines derived backwards from an MCC, with the rule behind each',
        querystring: DeadlinePreviewQuerySchema,
        response: {
          200: success(DeadlinePreviewSchema, 'The derivation'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const addressees = parseAddressees(request.query.addressees);
      const series = await listMeetingSeries(handle.db);
      const exceptions = await listCalendarExceptions(handle.db);
      const occurrences = expandCalendar(
        series,
        exceptions,
        addCalendarDays(request.query.mccDate, -35),
        request.query.mccDate,
      );
      const mcc = occurrences.find((o) => o.uid === request.query.mccUid && o.kind === 'MCC');
      if (!mcc) {
        throw invalidInput('The MCC is not in the decision calendar.', [
          {
            name: 'querystring.mccUid',
            reason: `no MCC with this uid on ${request.query.mccDate}`,
            value: request.query.mccUid,
          },
        ]);
      }
      const d = deriveDeadlines(mcc, occurrences, exceptions, addressees, DEFAULT_DEADLINE_RULES);
      return { mcc: d.mcc, addressees: d.addressees, rules: d.rules, steps: d.steps };
    },
  );

  app.get(
    '/calendar/feed-address',
    {
      config: { permission: 'calendar:read' },
      schema: {
        operationId: 'getCalendarFeedAddress',
        tags: ['Calendar'],
        summary: 'Your personal iCalendar address, to subscribe to in a calendar client',
        response: {
          200: success(FeedAddressSchema, 'The address'),
          401: problemResponses[401],
          403: problemResponses[403],
          500: problemResponses[500],
        },
      },
    },
    async (request) => {
      const token = await calendarTokenOf(handle.db, request.principal.userId ?? '');
      return { url: `/api/v1/calendar/feed?token=${encodeURIComponent(token)}` };
    },
  );

  app.get(
    '/calendar/feed',
    {
      config: { permission: 'calendar:read', calendarFeed: true },
      schema: {
        operationId: 'getCalendarFeed',
        tags: ['Calendar'],
        summary:
          'iCalendar (RFC 5545) feed: the meetings, and the deadlines of requests addressed to you',
        querystring: FeedQuerySchema,
        response: {
          200: success(
            Type.Unsafe<string>({ content: { 'text/calendar': { schema: { type: 'string' } } } }),
            'An iCalendar file',
          ),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const today = amsterdamDate(clock());
      const series = await listMeetingSeries(handle.db);
      const exceptions = await listCalendarExceptions(handle.db);
      const occurrences = expandCalendar(
        series,
        exceptions,
        addCalendarDays(today, -28),
        addCalendarDays(today, 180),
      );
      const role = request.principal.role;
      const body = role.startsWith('omt')
        ? 'OMT'
        : role.startsWith('mit') || role === 'secretariat'
          ? 'MIT'
          : null;
      const deadlines: FeedDeadline[] = [];
      if (role !== 'practice-circle-reporter') {
        for (const r of await listAdviceRequests(handle.db)) {
          if (body !== null && !r.addressees.includes(body)) continue;
          for (const step of r.deadlines) {
            if (step.key !== 'package-due' && step.key !== 'advice-due') continue;
            deadlines.push({
              uid: `${r.id}-${step.key}@weegschaal`,
              title: `${step.key === 'package-due' ? 'Informatiepakket gereed' : 'Advies gereed'}: ${r.title}`,
              at: step.at,
              description: `${step.rule} (${step.basis})`,
            });
          }
        }
      }
      reply.type('text/calendar; charset=utf-8');
      reply.header('Content-Disposition', 'inline; filename="weegschaal.ics"');
      return toICalendar(
        `Weegschaal – ${request.principal.username ?? ''}`,
        occurrences,
        deadlines,
      );
    },
  );

  app.put(
    '/calendar/meeting-series/:seriesId',
    {
      config: { permission: 'calendar:manage', audited: true },
      schema: {
        operationId: 'putMeetingSeries',
        tags: ['Calendar'],
        summary: 'Create or change a recurring meeting',
        params: Type.Object({ seriesId: Type.String({ pattern: '^[a-z0-9-]{1,64}$' }) }),
        body: MeetingSeriesInputSchema,
        response: {
          200: success(MeetingSeriesSchema, 'The series'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          500: problemResponses[500],
        },
      },
    },
    (request) => {
      const series: MeetingSeries = { ...request.body, id: request.params.seriesId, demo: false };
      return inRequestContext(
        handle.db
          .transaction()
          .execute((trx) => upsertMeetingSeries(trx, request.principal, series, clock())),
        () => 'body',
      );
    },
  );

  app.post(
    '/calendar/exceptions',
    {
      config: { permission: 'calendar:manage', audited: true },
      schema: {
        operationId: 'createCalendarException',
        tags: ['Calendar'],
        summary: 'Cancel one meeting, mark a holiday, or add an extra meeting',
        body: CalendarExceptionInputSchema,
        response: {
          201: success(CalendarExceptionSchema, 'The exception'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const base = { id: b.id, date: b.date, reason: b.reason, demo: false };
      let exception: CalendarException;
      switch (b.type) {
        case 'cancel':
          exception = { ...base, type: 'cancel', seriesId: b.seriesId ?? '' };
          break;
        case 'holiday':
          exception = { ...base, type: 'holiday' };
          break;
        case 'extra':
          if (!b.kind || !b.title || !b.startTime || !b.durationMinutes) {
            throw invalidInput(
              'An extra meeting needs kind, title, startTime and durationMinutes.',
              [{ name: 'body.kind', reason: 'required for type extra' }],
            );
          }
          exception = {
            ...base,
            type: 'extra',
            kind: b.kind,
            title: b.title,
            startTime: b.startTime,
            durationMinutes: b.durationMinutes,
          };
          break;
        default: {
          const unreachable: never = b.type;
          throw new Error(`unknown exception type ${String(unreachable)}`);
        }
      }
      const saved = await inRequestContext(
        handle.db
          .transaction()
          .execute((trx) => addCalendarException(trx, request.principal, exception, clock())),
        () => 'body',
      );
      return reply.code(201).send(saved);
    },
  );

  app.delete(
    '/calendar/exceptions/:exceptionId',
    {
      config: { permission: 'calendar:manage', audited: true },
      schema: {
        operationId: 'deleteCalendarException',
        tags: ['Calendar'],
        summary: 'Remove an exception: the series applies again on that date',
        params: Type.Object({ exceptionId: Type.String({ pattern: '^[a-z0-9-]{1,64}$' }) }),
        response: {
          204: success(Type.Null(), 'Removed'),
          400: problemResponses[400],
          401: problemResponses[401],
          403: problemResponses[403],
          404: problemResponses[404],
          500: problemResponses[500],
        },
      },
    },
    async (request, reply) => {
      await handle.db
        .transaction()
        .execute((trx) =>
          deleteCalendarException(trx, request.principal, request.params.exceptionId, clock()),
        );
      return reply.code(204).send(null);
    },
  );
};
