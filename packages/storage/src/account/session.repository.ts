import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import type { UserAccount } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import { toUserAccount } from './user-account.repository.ts';
import { verifyAgainstDummy, verifyPassword } from './password.ts';
import { appendAuditEvent } from '../audit/audit-event.repository.ts';

/**
 * Login throttling, kept in the database (not in server memory) so that it holds across
 * restarts and across several server processes on one PostgreSQL:
 * - per account: after `accountFailures` wrong passwords in a row the account is locked for
 *   `lockMinutes`; a correct password during the lock does not help;
 * - per client address: after `addressFailures` failures within `addressWindowMinutes`, any
 *   login from that address is refused until the window moves on (guessing across accounts).
 */
export interface LoginPolicy {
  accountFailures: number;
  lockMinutes: number;
  addressFailures: number;
  addressWindowMinutes: number;
  sessionHours: number;
}

export const DEFAULT_LOGIN_POLICY: LoginPolicy = {
  accountFailures: 5,
  lockMinutes: 15,
  addressFailures: 20,
  addressWindowMinutes: 15,
  sessionHours: 8,
};

export interface NewSession {
  /** the cookie value; only its hash is stored */
  token: string;
  csrfToken: string;
  expiresAt: string;
}

export type LoginResult =
  | { outcome: 'ok'; user: UserAccount; session: NewSession }
  | { outcome: 'invalid-credentials' }
  | { outcome: 'locked'; retryAfterSeconds: number }
  | { outcome: 'throttled'; retryAfterSeconds: number };

export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

async function record(
  db: Executor,
  username: string,
  clientAddress: string,
  succeeded: boolean,
  reason: string,
  now: Date,
): Promise<void> {
  await db
    .insertInto('login_attempt')
    .values({ username, client_address: clientAddress, succeeded, reason, attempted_at: now })
    .execute();
}

export async function createSession(
  db: Executor,
  userId: string,
  now: Date,
  policy: LoginPolicy = DEFAULT_LOGIN_POLICY,
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + policy.sessionHours * 3_600_000);
  await db
    .insertInto('user_session')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now,
      expires_at: expiresAt,
      last_seen_at: now,
    })
    .execute();
  return { token, csrfToken, expiresAt: expiresAt.toISOString() };
}

export async function login(
  db: Executor,
  input: { username: string; password: string; clientAddress: string },
  now: Date,
  policy: LoginPolicy = DEFAULT_LOGIN_POLICY,
): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  const windowStart = new Date(now.getTime() - policy.addressWindowMinutes * 60_000);
  const recent = await db
    .selectFrom('login_attempt')
    .select([sql<number>`count(*)::int`.as('n'), sql<Date | null>`min(attempted_at)`.as('oldest')])
    .where('client_address', '=', input.clientAddress)
    .where('succeeded', '=', false)
    .where('attempted_at', '>', windowStart)
    .executeTakeFirstOrThrow();
  if (recent.n >= policy.addressFailures) {
    await record(db, username, input.clientAddress, false, 'throttled', now);
    const oldest = recent.oldest ? new Date(recent.oldest).getTime() : now.getTime();
    const retry = Math.max(
      1,
      Math.ceil((oldest + policy.addressWindowMinutes * 60_000 - now.getTime()) / 1000),
    );
    return { outcome: 'throttled', retryAfterSeconds: retry };
  }

  const row = await db
    .selectFrom('user_account')
    .selectAll()
    .where('username', '=', username)
    .executeTakeFirst();
  if (!row || row.disabled_at !== null) {
    await verifyAgainstDummy(input.password);
    await record(db, username, input.clientAddress, false, row ? 'disabled' : 'unknown-user', now);
    return { outcome: 'invalid-credentials' };
  }
  if (row.locked_until !== null && row.locked_until.getTime() > now.getTime()) {
    await record(db, username, input.clientAddress, false, 'locked', now);
    return {
      outcome: 'locked',
      retryAfterSeconds: Math.ceil((row.locked_until.getTime() - now.getTime()) / 1000),
    };
  }
  if (!(await verifyPassword(row.password_hash, input.password))) {
    const failures = row.failed_logins + 1;
    const lock = failures >= policy.accountFailures;
    await db
      .updateTable('user_account')
      .set({
        failed_logins: lock ? 0 : failures,
        locked_until: lock
          ? new Date(now.getTime() + policy.lockMinutes * 60_000)
          : row.locked_until,
      })
      .where('id', '=', row.id)
      .execute();
    await record(
      db,
      username,
      input.clientAddress,
      false,
      lock ? 'wrong-password-locked' : 'wrong-password',
      now,
    );
    if (lock) {
      await appendAuditEvent(
        db,
        { userId: null, username: null, role: 'public' },
        {
          action: 'user.locked',
          resourceType: 'user',
          resourceId: row.id,
          details: { username, failures, lockMinutes: policy.lockMinutes },
        },
        now,
      );
    }
    return { outcome: 'invalid-credentials' };
  }
  await db
    .updateTable('user_account')
    .set({ failed_logins: 0, locked_until: null })
    .where('id', '=', row.id)
    .execute();
  await record(db, username, input.clientAddress, true, 'ok', now);
  const session = await createSession(db, row.id, now, policy);
  return { outcome: 'ok', user: toUserAccount(row), session };
}

export interface ActiveSession {
  user: UserAccount;
  csrfToken: string;
  expiresAt: string;
  tokenHash: string;
}

/** The session behind a cookie value, or null when unknown, expired or the account is disabled. */
export async function resolveSession(
  db: Executor,
  token: string,
  now: Date,
): Promise<ActiveSession | null> {
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom('user_session')
    .innerJoin('user_account', 'user_account.id', 'user_session.user_id')
    .selectAll('user_account')
    .select(['user_session.csrf_token', 'user_session.expires_at', 'user_session.last_seen_at'])
    .where('user_session.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return null;
  if (row.expires_at.getTime() <= now.getTime() || row.disabled_at !== null) {
    await db.deleteFrom('user_session').where('token_hash', '=', tokenHash).execute();
    return null;
  }
  // one write a minute at most: enough to see who is active without a write per request
  if (now.getTime() - row.last_seen_at.getTime() > 60_000) {
    await db
      .updateTable('user_session')
      .set({ last_seen_at: now })
      .where('token_hash', '=', tokenHash)
      .execute();
  }
  return {
    user: toUserAccount(row),
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at.toISOString(),
    tokenHash,
  };
}

export async function deleteSession(db: Executor, token: string): Promise<boolean> {
  const result = await db
    .deleteFrom('user_session')
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Compares a submitted CSRF token with the session's in constant time. */
export function csrfTokenMatches(expected: string, submitted: string | undefined): boolean {
  if (submitted === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(submitted);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Retention for login records: sessions past their expiry are deleted (a stolen cookie is
 * refused anyway, but the row need not stay), and login attempts older than `keepDays` go,
 * long after the 15-minute throttle windows that read them. The attempts hold usernames and
 * client addresses; 30 days leaves time to investigate an attack, then they are gone.
 */
export async function purgeAuthRecords(
  db: Executor,
  now: Date,
  keepDays = 30,
): Promise<{ sessions: number; loginAttempts: number }> {
  const sessions = await db
    .deleteFrom('user_session')
    .where('expires_at', '<=', now)
    .executeTakeFirst();
  const attempts = await db
    .deleteFrom('login_attempt')
    .where('attempted_at', '<', new Date(now.getTime() - keepDays * 86_400_000))
    .executeTakeFirst();
  return {
    sessions: Number(sessions.numDeletedRows),
    loginAttempts: Number(attempts.numDeletedRows),
  };
}
