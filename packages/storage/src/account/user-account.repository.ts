import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import {
  DomainError,
  conflict,
  invalidInput,
  isAccountRole,
  isDepartment,
  notFound,
  passwordProblems,
  validateNewUser,
} from '@weegschaal/core';
import type { NewUserAccount, UserAccount } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { UserAccountRow } from './user-account.table.ts';
import { hashPassword } from './password.ts';
import { appendAuditEvent } from '../audit/audit-event.repository.ts';
import type { AuditActor } from '../audit/audit-event.repository.ts';

export function toUserAccount(row: UserAccountRow): UserAccount {
  if (!isAccountRole(row.role))
    throw new Error(`account role '${row.role}' in the database is unknown`);
  if (row.department !== null && !isDepartment(row.department)) {
    throw new Error(`department '${row.department}' in the database is unknown`);
  }
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    department: row.department,
    disabled: row.disabled_at !== null,
    lockedUntil: row.locked_until?.toISOString() ?? null,
    demo: row.is_demo,
    createdAt: row.created_at.toISOString(),
  };
}

export const newCalendarToken = (): string => randomBytes(24).toString('base64url');

export async function createUser(
  db: Executor,
  actor: AuditActor,
  input: NewUserAccount & { demo?: boolean },
  now: Date,
): Promise<UserAccount> {
  const { role, department } = validateNewUser(input);
  const existing = await db
    .selectFrom('user_account')
    .select('id')
    .where('username', '=', input.username)
    .executeTakeFirst();
  if (existing) throw conflict(`An account '${input.username}' already exists.`);
  const row = await db
    .insertInto('user_account')
    .values({
      username: input.username,
      display_name: input.displayName,
      role,
      department,
      password_hash: await hashPassword(input.password),
      calendar_token: newCalendarToken(),
      is_demo: input.demo ?? false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAuditEvent(
    db,
    actor,
    {
      action: 'user.created',
      resourceType: 'user',
      resourceId: row.id,
      details: { username: row.username, role, department, demo: row.is_demo },
    },
    now,
  );
  return toUserAccount(row);
}

export async function listUsers(db: Executor): Promise<UserAccount[]> {
  const rows = await db.selectFrom('user_account').selectAll().orderBy('username').execute();
  return rows.map(toUserAccount);
}

async function rowByIdOrName(db: Executor, idOrUsername: string): Promise<UserAccountRow> {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(idOrUsername);
  const row = await db
    .selectFrom('user_account')
    .selectAll()
    .where(uuid ? 'id' : 'username', '=', idOrUsername)
    .executeTakeFirst();
  if (!row) throw notFound('Account', idOrUsername);
  return row;
}

export async function getUser(db: Executor, idOrUsername: string): Promise<UserAccount> {
  return toUserAccount(await rowByIdOrName(db, idOrUsername));
}

export async function getUserRow(db: Executor, idOrUsername: string): Promise<UserAccountRow> {
  return rowByIdOrName(db, idOrUsername);
}

/** Disabling ends every session of the account at once. */
export async function setUserDisabled(
  db: Executor,
  actor: AuditActor,
  idOrUsername: string,
  disabled: boolean,
  now: Date,
): Promise<UserAccount> {
  const row = await rowByIdOrName(db, idOrUsername);
  if (actor.userId === row.id && disabled) {
    throw new DomainError('conflict', 'You cannot disable your own account.');
  }
  const updated = await db
    .updateTable('user_account')
    .set({ disabled_at: disabled ? now : null, updated_at: now })
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  if (disabled) await db.deleteFrom('user_session').where('user_id', '=', row.id).execute();
  await appendAuditEvent(
    db,
    actor,
    {
      action: disabled ? 'user.disabled' : 'user.enabled',
      resourceType: 'user',
      resourceId: row.id,
      details: { username: row.username },
    },
    now,
  );
  return toUserAccount(updated);
}

/** A new password ends every session, clears a lockout, and gets a new calendar address. */
export async function resetPassword(
  db: Executor,
  actor: AuditActor,
  idOrUsername: string,
  password: string,
  now: Date,
): Promise<UserAccount> {
  const problems = passwordProblems(password);
  if (problems.length > 0) throw invalidInput('The password is invalid.', problems);
  const row = await rowByIdOrName(db, idOrUsername);
  const updated = await db
    .updateTable('user_account')
    .set({
      password_hash: await hashPassword(password),
      password_changed_at: now,
      failed_logins: 0,
      locked_until: null,
      calendar_token: newCalendarToken(),
      updated_at: now,
    })
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await db.deleteFrom('user_session').where('user_id', '=', row.id).execute();
  await appendAuditEvent(
    db,
    actor,
    {
      action: 'user.password-reset',
      resourceType: 'user',
      resourceId: row.id,
      details: { username: row.username },
    },
    now,
  );
  return toUserAccount(updated);
}

export async function userByCalendarToken(
  db: Executor,
  token: string,
): Promise<UserAccount | null> {
  const row = await db
    .selectFrom('user_account')
    .selectAll()
    .where('calendar_token', '=', token)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  return row ? toUserAccount(row) : null;
}

export async function calendarTokenOf(db: Executor, userId: string): Promise<string> {
  const row = await db
    .selectFrom('user_account')
    .select('calendar_token')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return row.calendar_token;
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('user_account')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}
