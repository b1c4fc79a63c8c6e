import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Permission, UserAccount } from '@weegschaal/core';
import { setCsrfToken } from '../api/api-client.ts';
import { send } from './api-send.ts';

export interface SessionInfo {
  user: UserAccount;
  csrfToken: string;
  expiresAt: string;
  permissions: Permission[];
}

interface SessionState {
  /** undefined while asking the server, null when nobody is logged in */
  session: SessionInfo | null | undefined;
  login(username: string, password: string): Promise<SessionInfo>;
  logout(): Promise<void>;
  can(permission: Permission): boolean;
}

const SessionContext = createContext<SessionState | null>(null);

/**
 * The session lives in an HttpOnly cookie the page cannot read; the page asks the server who
 * is logged in, and keeps the CSRF token it gets back for its state-changing requests.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionInfo | null | undefined>(undefined);

  const apply = useCallback((next: SessionInfo | null) => {
    setCsrfToken(next?.csrfToken ?? null);
    setSession(next);
  }, []);

  useEffect(() => {
    let current = true;
    fetch('/api/v1/sessions/current', { headers: { accept: 'application/json' } })
      .then(async (r) => (r.ok ? ((await r.json()) as SessionInfo) : null))
      .catch(() => null)
      .then((s) => current && apply(s));
    return () => {
      current = false;
    };
  }, [apply]);

  const value = useMemo<SessionState>(
    () => ({
      session,
      login: async (username, password) => {
        const s = await send<SessionInfo>('POST', '/sessions', { username, password });
        apply(s);
        return s;
      },
      logout: async () => {
        await send<void>('DELETE', '/sessions/current').catch(() => undefined);
        apply(null);
      },
      can: (permission) => session?.permissions.includes(permission) ?? false,
    }),
    [session, apply],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
