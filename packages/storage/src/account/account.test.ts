import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainError } from '@weegschaal/core';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import {
  createUser,
  getUserRow,
  listUsers,
  resetPassword,
  setUserDisabled,
} from './user-account.repository.ts';
import {
  DEFAULT_LOGIN_POLICY,
  deleteSession,
  login,
  purgeAuthRecords,
  resolveSession,
} from './session.repository.ts';
import { listAuditEvents, verifyAuditLog } from '../audit/audit-event.repository.ts';

const cli = { userId: null, username: 'cli', role: 'system' };
const t0 = new Date('2026-02-02T09:00:00Z');
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const password = 'correct horse battery';

describe.each(testDatabaseTargets())('accounts and sessions on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    await createUser(
      handle.db,
      cli,
      {
        username: 'secretariaat',
        displayName: 'Secretariaat',
        role: 'secretariat',
        department: null,
        password,
      },
      t0,
    );
  });
  afterAll(() => handle.close());

  it('stores an argon2id hash, never the password, and audits the creation', async () => {
    const row = await getUserRow(handle.db, 'secretariaat');
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.password_hash).not.toContain(password);
    const events = await listAuditEvents(handle.db, { resourceId: row.id, limit: 10 });
    expect(events.map((e) => e.action)).toEqual(['user.created']);
    expect(JSON.stringify(events)).not.toContain(password);
  });

  it('refuses a duplicate account, a short password and a minister without a department', async () => {
    const base = {
      username: 'secretariaat',
      displayName: 'x',
      role: 'secretariat',
      department: null,
      password,
    };
    await expect(createUser(handle.db, cli, base, t0)).rejects.toThrow(/already exists/);
    const bad = await createUser(
      handle.db,
      cli,
      { ...base, username: 'min', role: 'minister', password: 'kort' },
      t0,
    ).catch((e: DomainError) => e);
    expect((bad as DomainError).invalidParams.map((p) => p.name)).toEqual([
      'password',
      'department',
    ]);
  });

  it('logs in, resolves the session by its cookie value, and logs out', async () => {
    const result = await login(
      handle.db,
      { username: 'Secretariaat', password, clientAddress: '10.0.0.1' },
      t0,
    );
    if (result.outcome !== 'ok') throw new Error(result.outcome);
    const stored = await handle.db.selectFrom('user_session').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(result.session.token);
    const active = await resolveSession(handle.db, result.session.token, later(5));
    expect(active).toMatchObject({
      user: { username: 'secretariaat', role: 'secretariat' },
      csrfToken: result.session.csrfToken,
    });
    expect(
      await resolveSession(
        handle.db,
        result.session.token,
        later(DEFAULT_LOGIN_POLICY.sessionHours * 60),
      ),
    ).toBeNull();
    const again = await login(
      handle.db,
      { username: 'secretariaat', password, clientAddress: '10.0.0.1' },
      t0,
    );
    if (again.outcome !== 'ok') throw new Error(again.outcome);
    expect(await deleteSession(handle.db, again.session.token)).toBe(true);
    expect(await resolveSession(handle.db, again.session.token, t0)).toBeNull();
  });

  it('locks an account after 5 wrong passwords, even against the right one, until the lock ends', async () => {
    const attempt = (pw: string, at: Date, address = '10.0.0.2') =>
      login(handle.db, { username: 'secretariaat', password: pw, clientAddress: address }, at);
    for (let i = 0; i < 4; i += 1)
      expect((await attempt('wrong password!', later(1))).outcome).toBe('invalid-credentials');
    expect((await attempt('wrong password!', later(1))).outcome).toBe('invalid-credentials');
    expect(await attempt(password, later(2))).toEqual({
      outcome: 'locked',
      retryAfterSeconds: 14 * 60,
    });
    expect((await attempt(password, later(17))).outcome).toBe('ok');
    const locked = await listAuditEvents(handle.db, { action: 'user.locked', limit: 10 });
    expect(locked).toHaveLength(1);
  });

  it('throttles one address guessing across accounts', async () => {
    for (let i = 0; i < DEFAULT_LOGIN_POLICY.addressFailures; i += 1) {
      await login(
        handle.db,
        { username: `nobody${i}`, password: 'x', clientAddress: '10.9.9.9' },
        later(30),
      );
    }
    const blocked = await login(
      handle.db,
      { username: 'secretariaat', password, clientAddress: '10.9.9.9' },
      later(31),
    );
    expect(blocked).toEqual({ outcome: 'throttled', retryAfterSeconds: 14 * 60 });
    const elsewhere = await login(
      handle.db,
      { username: 'secretariaat', password, clientAddress: '10.0.0.3' },
      later(31),
    );
    expect(elsewhere.outcome).toBe('ok');
  });

  it('ends every session on disable and on a password reset', async () => {
    const s = await login(
      handle.db,
      { username: 'secretariaat', password, clientAddress: '10.0.0.4' },
      later(60),
    );
    if (s.outcome !== 'ok') throw new Error(s.outcome);
    await setUserDisabled(handle.db, cli, 'secretariaat', true, later(61));
    expect(await resolveSession(handle.db, s.session.token, later(62))).toBeNull();
    expect(
      (
        await login(
          handle.db,
          { username: 'secretariaat', password, clientAddress: '10.0.0.4' },
          later(62),
        )
      ).outcome,
    ).toBe('invalid-credentials');
    await setUserDisabled(handle.db, cli, 'secretariaat', false, later(63));
    await resetPassword(handle.db, cli, 'secretariaat', 'a brand new passphrase', later(64));
    expect(
      (
        await login(
          handle.db,
          { username: 'secretariaat', password, clientAddress: '10.0.0.4' },
          later(65),
        )
      ).outcome,
    ).toBe('invalid-credentials');
    expect((await listUsers(handle.db)).map((u) => u.username)).toEqual(['secretariaat']);
    expect((await verifyAuditLog(handle.db)).ok).toBe(true);
  });

  it('retention: drops expired sessions and login attempts older than 30 days, keeps the rest', async () => {
    const start = new Date('2026-05-01T09:00:00Z');
    const at = (days: number) => new Date(start.getTime() + days * 86_400_000);
    await createUser(
      handle.db,
      cli,
      { username: 'retentie', displayName: 'R', role: 'secretariat', department: null, password },
      start,
    );
    const ok = await login(
      handle.db,
      { username: 'retentie', password, clientAddress: '10.77.0.1' },
      start,
    );
    expect(ok.outcome).toBe('ok');
    await login(
      handle.db,
      { username: 'retentie', password: 'wrong', clientAddress: '10.77.0.1' },
      at(20),
    );
    const attempts = () =>
      handle.db
        .selectFrom('login_attempt')
        .select('attempted_at')
        .where('client_address', '=', '10.77.0.1')
        .execute();
    expect(await attempts()).toHaveLength(2);
    // 31 days on: the session (8 hours) is long expired, the first attempt is past 30 days
    const purged = await purgeAuthRecords(handle.db, at(31));
    expect(purged.sessions).toBeGreaterThanOrEqual(1);
    expect((await attempts()).map((a) => new Date(a.attempted_at).toISOString())).toEqual([
      at(20).toISOString(),
    ]);
    if (ok.outcome === 'ok')
      expect(await resolveSession(handle.db, ok.session.token, at(31))).toBeNull();
  });
});
