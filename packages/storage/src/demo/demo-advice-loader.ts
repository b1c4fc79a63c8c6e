import {
  DEMO_PASSWORD,
  demoAccounts,
  demoCalendarExceptions,
  demoMeetingSeries,
} from '@weegschaal/core';
import type { Executor } from '../database.ts';
import { createUser } from '../account/user-account.repository.ts';
import { addCalendarException, upsertMeetingSeries } from '../calendar/calendar.repository.ts';

export interface DemoAdviceLoadReport {
  accounts: string[];
  /** printed by the CLI: the demo accounts are for showing the product only */
  demoPassword: string;
  meetingSeries: number;
  calendarExceptions: number;
}

const DEMO_ACTOR = { userId: null, username: 'demo-loader', role: 'system' };

/**
 * Demo accounts (one per role, all labelled demo, one printed password) and the demo
 * decision calendar. Only what is missing is added, so a second load changes nothing and
 * writes nothing to the audit trail; an account whose password was changed keeps it.
 */
export async function loadDemoAdviceCycle(db: Executor, now: Date): Promise<DemoAdviceLoadReport> {
  const accounts = demoAccounts();
  for (const account of accounts) {
    const exists = await db
      .selectFrom('user_account')
      .select('id')
      .where('username', '=', account.username)
      .executeTakeFirst();
    if (exists) continue;
    await createUser(db, DEMO_ACTOR, { ...account, password: DEMO_PASSWORD, demo: true }, now);
  }
  const series = demoMeetingSeries();
  for (const s of series) {
    const exists = await db
      .selectFrom('meeting_series')
      .select('id')
      .where('id', '=', s.id)
      .executeTakeFirst();
    if (!exists) await upsertMeetingSeries(db, DEMO_ACTOR, s, now);
  }
  const exceptions = demoCalendarExceptions();
  for (const e of exceptions) {
    const exists = await db
      .selectFrom('calendar_exception')
      .select('id')
      .where('id', '=', e.id)
      .executeTakeFirst();
    if (!exists) await addCalendarException(db, DEMO_ACTOR, e, now);
  }
  return {
    accounts: accounts.map((a) => a.username),
    demoPassword: DEMO_PASSWORD,
    meetingSeries: series.length,
    calendarExceptions: exceptions.length,
  };
}
