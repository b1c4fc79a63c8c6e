import { useEffect, useState } from 'react';

export class ApiError extends Error {
  readonly status: number;
  constructor(status: number, detail: string) {
    super(detail);
    this.status = status;
  }
}

let csrfToken: string | null = null;

/** Set by the session context: state-changing requests must echo the session's CSRF token. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function csrfHeader(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`/api/v1${path}`, { headers: { accept: 'application/json' } });
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as { detail?: string } | null;
    throw new ApiError(response.status, problem?.detail ?? response.statusText);
  }
  return (await response.json()) as T;
}

export type Loadable<T> =
  { state: 'loading' } | { state: 'error'; error: Error } | { state: 'ready'; data: T };

/** Fetches an API resource once per path; the component renders each state explicitly. */
export function useApi<T>(path: string): Loadable<T> {
  const [result, setResult] = useState<{ path: string; value: Loadable<T> }>({
    path,
    value: { state: 'loading' },
  });
  useEffect(() => {
    let current = true;
    getJson<T>(path).then(
      (data) => current && setResult({ path, value: { state: 'ready', data } }),
      (error: Error) => current && setResult({ path, value: { state: 'error', error } }),
    );
    return () => {
      current = false;
    };
  }, [path]);
  return result.path === path ? result.value : { state: 'loading' };
}
