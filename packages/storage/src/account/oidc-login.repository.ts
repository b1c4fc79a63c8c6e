import type { UserAccount } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import { toUserAccount } from './user-account.repository.ts';
import { createSession } from './session.repository.ts';
import type { LoginPolicy, NewSession } from './session.repository.ts';
import { appendAuditEvent } from '../audit/audit-event.repository.ts';

/** A login at the identity provider has this long to come back. */
export const OIDC_STATE_MINUTES = 10;

export async function saveOidcState(
  db: Executor,
  values: { state: string; nonce: string; codeVerifier: string },
  now: Date,
): Promise<void> {
  await db
    .deleteFrom('oidc_login_state')
    .where('created_at', '<', new Date(now.getTime() - OIDC_STATE_MINUTES * 60_000))
    .execute();
  await db
    .insertInto('oidc_login_state')
    .values({
      state: values.state,
      nonce: values.nonce,
      code_verifier: values.codeVerifier,
      created_at: now,
    })
    .execute();
}

/** Takes the state once: a callback cannot be replayed. */
export async function takeOidcState(
  db: Executor,
  state: string,
  now: Date,
): Promise<{ nonce: string; codeVerifier: string } | null> {
  const row = await db
    .deleteFrom('oidc_login_state')
    .where('state', '=', state)
    .returningAll()
    .executeTakeFirst();
  if (!row || row.created_at.getTime() < now.getTime() - OIDC_STATE_MINUTES * 60_000) return null;
  return { nonce: row.nonce, codeVerifier: row.code_verifier };
}

/**
 * The identity provider says who someone is; what they may do here is decided here. So an
 * OIDC login opens only an existing, enabled account with the same username, which the
 * administrator created with its role.
 */
export async function loginWithOidcIdentity(
  db: Executor,
  identity: { username: string; issuer: string; subject: string },
  now: Date,
  policy?: LoginPolicy,
): Promise<{ user: UserAccount; session: NewSession } | null> {
  const row = await db
    .selectFrom('user_account')
    .selectAll()
    .where('username', '=', identity.username.trim().toLowerCase())
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  const session = await createSession(db, row.id, now, policy);
  const user = toUserAccount(row);
  await appendAuditEvent(
    db,
    { userId: user.id, username: user.username, role: user.role },
    {
      action: 'session.created',
      resourceType: 'user',
      resourceId: user.id,
      details: { method: 'oidc', issuer: identity.issuer, subject: identity.subject },
    },
    now,
  );
  return { user, session };
}
