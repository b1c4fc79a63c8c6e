import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_ROLES, DEMO_PASSWORD } from '@weegschaal/core';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { loadDemoAdviceCycle } from './demo-advice-loader.ts';
import { listUsers } from '../account/user-account.repository.ts';
import { login } from '../account/session.repository.ts';
import { countAuditEvents } from '../audit/audit-event.repository.ts';
import { listMeetingSeries } from '../calendar/calendar.repository.ts';

describe.each(testDatabaseTargets())('demo accounts and calendar on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
  });
  afterAll(() => handle.close());

  it('creates one labelled demo account per role that logs in with the printed password', async () => {
    const first = await loadDemoAdviceCycle(handle.db, new Date());
    expect(first.demoPassword).toBe(DEMO_PASSWORD);
    const users = await listUsers(handle.db);
    expect(users.map((u) => u.username).sort()).toEqual([...first.accounts].sort());
    expect(users.every((u) => u.demo)).toBe(true);
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(ACCOUNT_ROLES));
    const result = await login(
      handle.db,
      { username: 'demo-minister-vws', password: first.demoPassword, clientAddress: 'test' },
      new Date(),
    );
    expect(result.outcome).toBe('ok');
    expect((await listMeetingSeries(handle.db)).map((s) => s.kind)).toEqual(
      expect.arrayContaining(['BWO', 'ACC', 'MCC', 'persconferentie', 'OMT', 'MIT']),
    );
  });

  it('changes nothing on a second load', async () => {
    const events = await countAuditEvents(handle.db);
    const users = await listUsers(handle.db);
    await loadDemoAdviceCycle(handle.db, new Date());
    expect(await listUsers(handle.db)).toEqual(users);
    expect(await countAuditEvents(handle.db)).toBe(events);
  });
});
