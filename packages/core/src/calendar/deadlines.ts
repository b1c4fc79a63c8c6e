import { TZDate } from '@date-fns/tz';
// per-function entry points: the package root loads all of date-fns (~95 MB, 0.5 s)
import { format } from 'date-fns/format';
import { getISODay } from 'date-fns/getISODay';
import { subDays } from 'date-fns/subDays';
import { invalidInput } from '../errors/domain-error.ts';
import type { AdvisoryBody } from '../access/role.ts';
import type { CalendarException } from './meeting.ts';
import { CALENDAR_TIME_ZONE } from './meeting.ts';
import type { Occurrence } from './calendar-engine.ts';

export interface DeadlineRules {
  /** the advice of both bodies is in this many working days before the ACC */
  adviceLeadWorkingDays: number;
  /** the information package reaches both bodies this many working days before the first of their meetings */
  packageLeadWorkingDays: number;
  /** how far back to look for the ACC that prepares the MCC */
  accLookbackDays: number;
}

export const DEFAULT_DEADLINE_RULES: DeadlineRules = {
  adviceLeadWorkingDays: 1,
  packageLeadWorkingDays: 2,
  accLookbackDays: 7,
};

export type DeadlineKey =
  'package-due' | 'omt-meeting' | 'mit-meeting' | 'advice-due' | 'acc' | 'mcc';

export interface DeadlineStep {
  key: DeadlineKey;
  at: string;
  /** Amsterdam wall time, for people */
  local: string;
  rule: string;
  basis: string;
}

export interface DeadlineDerivation {
  mcc: Occurrence;
  rules: DeadlineRules;
  addressees: AdvisoryBody[];
  /** in time order, earliest first */
  steps: DeadlineStep[];
  packageDue: string;
  adviceDue: string;
}

const local = (instant: Date) =>
  format(new TZDate(instant.getTime(), CALENDAR_TIME_ZONE), "EEEE yyyy-MM-dd HH:mm 'Amsterdam'");

/** Working days are Monday to Friday that are not holidays in the calendar. */
export function subtractWorkingDays(
  instant: Date,
  workingDays: number,
  holidays: ReadonlySet<string>,
): Date {
  let day = new TZDate(instant.getTime(), CALENDAR_TIME_ZONE);
  let left = workingDays;
  while (left > 0) {
    day = subDays(day, 1);
    const date = format(day, 'yyyy-MM-dd');
    if (getISODay(day) <= 5 && !holidays.has(date)) left -= 1;
  }
  return new Date(day.getTime());
}

/**
 * Derives an advice request's deadlines backwards from the MCC it serves: the ACC that
 * prepares that MCC; the advice due a set number of working days before that ACC (so the
 * coverage check can run before it); the last meeting of each addressed body before the
 * advice is due; and the package due before the first of those meetings. Every step says
 * which rule and which meeting it came from.
 */
export function deriveDeadlines(
  mcc: Occurrence,
  occurrences: readonly Occurrence[],
  exceptions: readonly CalendarException[],
  addressees: readonly AdvisoryBody[],
  rules: DeadlineRules = DEFAULT_DEADLINE_RULES,
): DeadlineDerivation {
  if (mcc.kind !== 'MCC') {
    throw invalidInput('Deadlines are derived from an MCC.', [
      { name: 'mcc', reason: 'the meeting served must be an MCC', value: mcc.kind },
    ]);
  }
  const holidays = new Set(exceptions.filter((e) => e.type === 'holiday').map((e) => e.date));
  const mccStart = new Date(mcc.startsAt);
  const lookback = mccStart.getTime() - rules.accLookbackDays * 86_400_000;
  const acc = occurrences
    .filter(
      (o) =>
        o.kind === 'ACC' &&
        Date.parse(o.startsAt) < mccStart.getTime() &&
        Date.parse(o.startsAt) >= lookback,
    )
    .at(-1);
  if (!acc) {
    throw invalidInput('No ACC prepares this MCC.', [
      {
        name: 'mcc',
        reason: `no ACC in the ${rules.accLookbackDays} days before the MCC of ${mcc.date}`,
        value: mcc.startsAt,
      },
    ]);
  }
  const adviceDue = subtractWorkingDays(
    new Date(acc.startsAt),
    rules.adviceLeadWorkingDays,
    holidays,
  );
  const steps: DeadlineStep[] = [
    {
      key: 'mcc',
      at: mcc.startsAt,
      local: local(mccStart),
      rule: 'the meeting the request serves',
      basis: `${mcc.title} (${mcc.uid})`,
    },
    {
      key: 'acc',
      at: acc.startsAt,
      local: local(new Date(acc.startsAt)),
      rule: `the last ACC within ${rules.accLookbackDays} days before the MCC`,
      basis: `${acc.title} (${acc.uid})`,
    },
    {
      key: 'advice-due',
      at: adviceDue.toISOString(),
      local: local(adviceDue),
      rule: `${rules.adviceLeadWorkingDays} working day(s) before the ACC, so the coverage check can run before it`,
      basis: `ACC at ${acc.startsAt}; weekends and ${holidays.size} holiday(s) skipped`,
    },
  ];
  const bodyMeetings: Date[] = [];
  for (const body of addressees) {
    const meeting = occurrences
      .filter((o) => o.kind === body && Date.parse(o.endsAt) <= adviceDue.getTime())
      .at(-1);
    if (!meeting) {
      throw invalidInput(`No ${body} meeting before the advice is due.`, [
        {
          name: 'addressees',
          reason: `the calendar has no ${body} meeting before ${adviceDue.toISOString()}`,
          value: body,
        },
      ]);
    }
    bodyMeetings.push(new Date(meeting.startsAt));
    steps.push({
      key: body === 'OMT' ? 'omt-meeting' : 'mit-meeting',
      at: meeting.startsAt,
      local: local(new Date(meeting.startsAt)),
      rule: `the last ${body} meeting that ends before the advice is due`,
      basis: `${meeting.title} (${meeting.uid})`,
    });
  }
  if (bodyMeetings.length === 0) {
    throw invalidInput('A request is addressed to at least one body.', [
      { name: 'addressees', reason: 'name OMT, MIT or both', value: [] },
    ]);
  }
  const firstMeeting = new Date(Math.min(...bodyMeetings.map((d) => d.getTime())));
  const packageDue = subtractWorkingDays(firstMeeting, rules.packageLeadWorkingDays, holidays);
  steps.push({
    key: 'package-due',
    at: packageDue.toISOString(),
    local: local(packageDue),
    rule: `${rules.packageLeadWorkingDays} working day(s) before the first meeting of the addressed bodies, so both read the same package in time`,
    basis: `first body meeting at ${firstMeeting.toISOString()}`,
  });
  steps.sort((a, b) => a.at.localeCompare(b.at));
  return {
    mcc,
    rules,
    addressees: [...addressees],
    steps,
    packageDue: packageDue.toISOString(),
    adviceDue: adviceDue.toISOString(),
  };
}
