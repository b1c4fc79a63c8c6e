import type { CalendarException, MeetingSeries } from '../calendar/meeting.ts';

/**
 * The two-weekly cycle of seed 003 ("cyclus B"), as demo series: BWO on Monday and
 * Wednesday, the ACC on Thursday, the MCC and the press conference every other Tuesday;
 * the OMT meets on Friday (seed 000), the MIT on Monday afternoon (an assumption).
 */
export function demoMeetingSeries(validFrom = '2026-01-05'): MeetingSeries[] {
  const s = (
    id: string,
    kind: MeetingSeries['kind'],
    title: string,
    isoWeekday: number,
    startTime: string,
    durationMinutes: number,
    intervalWeeks: number,
    offsetDays = 0,
  ): MeetingSeries => {
    const from = new Date(`${validFrom}T00:00:00Z`);
    from.setUTCDate(from.getUTCDate() + offsetDays);
    return {
      id,
      kind,
      title,
      isoWeekday,
      startTime,
      durationMinutes,
      intervalWeeks,
      validFrom: from.toISOString().slice(0, 10),
      validUntil: null,
      demo: true,
    };
  };
  return [
    s('demo-bwo-monday', 'BWO', 'BWO (beeld)', 1, '09:00', 90, 1),
    s('demo-bwo-wednesday', 'BWO', 'BWO (status)', 3, '09:00', 60, 1),
    s('demo-acc', 'ACC', 'ACC', 4, '10:00', 120, 1),
    // every other Tuesday, in the second week of the cycle
    s('demo-mcc', 'MCC', 'MCC (besluit)', 2, '16:00', 120, 2, 7),
    s('demo-persconferentie', 'persconferentie', 'Persconferentie', 2, '19:00', 60, 2, 7),
    s('demo-omt', 'OMT', 'OMT-vergadering', 5, '13:00', 180, 1),
    s('demo-mit', 'MIT', 'MIT-vergadering', 1, '14:00', 120, 1),
  ];
}

export function demoCalendarExceptions(): CalendarException[] {
  return [
    {
      id: 'demo-holiday-koningsdag',
      type: 'holiday',
      date: '2026-04-27',
      reason: 'Koningsdag',
      demo: true,
    },
    {
      id: 'demo-holiday-tweede-paasdag',
      type: 'holiday',
      date: '2026-04-06',
      reason: 'Tweede Paasdag',
      demo: true,
    },
  ];
}
