import { describe, expect, it } from 'vitest';
import { demoCalendarExceptions, demoMeetingSeries } from '../demo/demo-calendar.ts';
import {
  amsterdamDate,
  amsterdamInstant,
  amsterdamYear,
  expandCalendar,
} from './calendar-engine.ts';
import { deriveDeadlines, subtractWorkingDays } from './deadlines.ts';
import { toICalendar } from './icalendar.ts';
import type { CalendarException, MeetingSeries } from './meeting.ts';
import { validateSeries } from './meeting.ts';

const mcc: MeetingSeries = {
  id: 'mcc',
  kind: 'MCC',
  title: 'MCC',
  isoWeekday: 2,
  startTime: '16:00',
  durationMinutes: 120,
  intervalWeeks: 2,
  validFrom: '2026-03-10',
  validUntil: null,
  demo: false,
};

describe('calendar engine', () => {
  it('keeps Amsterdam wall-clock time across the DST change (29 March 2026)', () => {
    const list = expandCalendar([mcc], [], '2026-03-01', '2026-04-30');
    expect(list.map((o) => o.date)).toEqual([
      '2026-03-10',
      '2026-03-24',
      '2026-04-07',
      '2026-04-21',
    ]);
    // CET is UTC+1, CEST is UTC+2: 16:00 local is 15:00Z before the change and 14:00Z after
    expect(list[1]!.startsAt).toBe('2026-03-24T15:00:00.000Z');
    expect(list[2]!.startsAt).toBe('2026-04-07T14:00:00.000Z');
    expect(list.every((o) => o.localStartTime === '16:00')).toBe(true);
    // and back to CET on 25 October
    expect(amsterdamInstant('2026-10-24', '12:00').toISOString()).toBe('2026-10-24T10:00:00.000Z');
    expect(amsterdamInstant('2026-10-25', '12:00').toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });

  it('takes the day and the year as they are in the Netherlands, not in UTC', () => {
    // 23:30 UTC on New Year's Eve is already 00:30 on 1 January in Amsterdam (CET)
    const newYear = new Date('2026-12-31T23:30:00Z');
    expect(amsterdamDate(newYear)).toBe('2027-01-01');
    expect(amsterdamYear(newYear)).toBe(2027);
    // and in summer time (CEST, UTC+2) the day changes at 22:00 UTC
    expect(amsterdamDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(amsterdamDate(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('applies cancellations, holidays and extra meetings', () => {
    const exceptions: CalendarException[] = [
      {
        id: 'x1',
        type: 'cancel',
        seriesId: 'mcc',
        date: '2026-03-24',
        reason: 'verplaatst',
        demo: false,
      },
      { id: 'x2', type: 'holiday', date: '2026-04-07', reason: 'feestdag', demo: false },
      {
        id: 'x3',
        type: 'extra',
        kind: 'MCC',
        title: 'Extra MCC',
        date: '2026-03-26',
        startTime: '09:30',
        durationMinutes: 60,
        reason: 'spoed',
        demo: false,
      },
    ];
    const list = expandCalendar([mcc], exceptions, '2026-03-01', '2026-04-30');
    expect(list.map((o) => `${o.date} ${o.origin}`)).toEqual([
      '2026-03-10 series',
      '2026-03-26 extra',
      '2026-04-21 series',
    ]);
    expect(list[1]).toMatchObject({ note: 'spoed', uid: 'x3@weegschaal', localStartTime: '09:30' });
  });

  it('rejects bad series and ranges with the failing field', () => {
    expect(() => validateSeries({ ...mcc, isoWeekday: 8, startTime: '25:00' })).toThrow(/invalid/);
    expect(() => expandCalendar([mcc], [], '2026-01-01', '2028-01-01')).toThrow(/too long/);
  });
});

describe('deadlines derived backwards from the MCC', () => {
  const series = demoMeetingSeries();
  const exceptions = demoCalendarExceptions();
  const occurrences = expandCalendar(series, exceptions, '2026-04-01', '2026-05-31');

  it('finds the ACC, the advice and package deadlines and each body meeting, with reasons', () => {
    const target = occurrences.find((o) => o.kind === 'MCC' && o.date === '2026-04-21')!;
    expect(target).toBeDefined();
    const d = deriveDeadlines(target, occurrences, exceptions, ['OMT', 'MIT']);
    const byKey = Object.fromEntries(d.steps.map((s) => [s.key, s.at]));
    // Thursday 16 April 10:00 CEST ACC; advice a working day before; OMT Friday 10 April;
    // MIT Monday 13 April; package 2 working days before Friday 10 April: Wednesday 8 April
    expect(byKey).toEqual({
      mcc: '2026-04-21T14:00:00.000Z',
      acc: '2026-04-16T08:00:00.000Z',
      'advice-due': '2026-04-15T08:00:00.000Z',
      'omt-meeting': '2026-04-10T11:00:00.000Z',
      'mit-meeting': '2026-04-13T12:00:00.000Z',
      'package-due': '2026-04-08T11:00:00.000Z',
    });
    expect(d.steps.map((s) => s.key)).toEqual([
      'package-due',
      'omt-meeting',
      'mit-meeting',
      'advice-due',
      'acc',
      'mcc',
    ]);
    expect(d.steps.find((s) => s.key === 'advice-due')!.rule).toContain(
      '1 working day(s) before the ACC',
    );
  });

  it('skips weekends and holidays when counting working days', () => {
    // Tuesday 7 April 2026 minus 1 working day: Monday 6 April is Easter Monday, so Friday 3 April
    const result = subtractWorkingDays(
      new Date('2026-04-07T08:00:00Z'),
      1,
      new Set(['2026-04-06']),
    );
    expect(result.toISOString()).toBe('2026-04-03T08:00:00.000Z');
  });

  it('explains when no ACC prepares the MCC', () => {
    const lone = occurrences.filter((o) => o.kind !== 'ACC');
    const target = lone.find((o) => o.kind === 'MCC')!;
    expect(() => deriveDeadlines(target, lone, [], ['MIT'])).toThrow(/No ACC prepares this MCC/);
  });
});

describe('iCalendar feed', () => {
  it('writes RFC 5545 events with stable UIDs and UTC times', () => {
    const list = expandCalendar([mcc], [], '2026-03-01', '2026-03-31');
    const ics = toICalendar('Weegschaal', list, [
      {
        uid: 'dl-1@weegschaal',
        title: 'Pakket gereed',
        at: '2026-03-20T10:00:00.000Z',
        description: 'regel',
      },
    ]);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('VERSION:2.0');
    expect(ics).toContain('UID:mcc-2026-03-10@weegschaal');
    expect(ics).toContain('DTSTART:20260310T150000Z');
    expect(ics).toContain('SUMMARY:Pakket gereed');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });
});
