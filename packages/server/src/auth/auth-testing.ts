import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { AccountRole, Department, Principal } from '@weegschaal/core';
import { createSession, createUser } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { CSRF_HEADER, SESSION_COOKIE } from './access-control.ts';

/** Test helper: an account per role, and requests made as that account (cookie + CSRF). */
export interface TestLogin {
  principal: Principal;
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
}

const departmentOf = (role: AccountRole): Department | null =>
  role === 'ministry-official' || role === 'minister' ? 'VWS' : null;

export async function createTestAccount(
  handle: DatabaseHandle,
  role: AccountRole,
  username: string = `test-${role}`,
  department: Department | null = departmentOf(role),
): Promise<Principal> {
  const user = await createUser(
    handle.db,
    { userId: null, username: 'test', role: 'system' },
    { username, displayName: username, role, department, password: 'test password 123' },
    new Date(),
  );
  return { userId: user.id, username: user.username, role, department };
}

/**
 * Requests as this account: each request gets a fresh session created at `now()`, so tests
 * that move the server clock by days do not run into the session lifetime.
 */
export async function loginAs(
  app: FastifyInstance,
  handle: DatabaseHandle,
  principal: Principal,
  now: Date | (() => Date) = () => new Date(),
): Promise<TestLogin> {
  const userId = principal.userId;
  if (!userId) throw new Error('the public has no session');
  const clock = typeof now === 'function' ? now : () => now;
  return {
    principal,
    inject: async (options) => {
      const session = await createSession(handle.db, userId, clock());
      return app.inject({
        ...options,
        cookies: { ...options.cookies, [SESSION_COOKIE]: session.token },
        headers: { [CSRF_HEADER]: session.csrfToken, ...options.headers },
      });
    },
  };
}

/**
 * The people of one advice cycle, logged in by name: secretariat, OMT and MIT members and
 * chairs, and the ministers of VWS and SZW (two departments, so tests can show that one
 * minister does not see what belongs to the other).
 */
export async function loginAdviceCycleAccounts(
  app: FastifyInstance,
  handle: DatabaseHandle,
  now: Date | (() => Date) = () => new Date(),
): Promise<Record<string, TestLogin>> {
  const accounts: [string, AccountRole, Department | null][] = [
    ['secretariaat', 'secretariat', null],
    ['omt-lid', 'omt-member', null],
    ['omt-voorzitter', 'omt-chair', null],
    ['mit-lid', 'mit-member', null],
    ['mit-voorzitter', 'mit-chair', null],
    ['minister-vws', 'minister', 'VWS'],
    ['minister-szw', 'minister', 'SZW'],
  ];
  const as: Record<string, TestLogin> = {};
  for (const [name, role, department] of accounts)
    as[name] = await loginAs(
      app,
      handle,
      await createTestAccount(handle, role, name, department),
      now,
    );
  return as;
}
