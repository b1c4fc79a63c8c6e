import type { InvalidParam } from '@weegschaal/core';
import { ApiError, csrfHeader } from '../api/api-client.ts';

/** A problem response, with the fields that failed so that a form can show them. */
export class ApiProblem extends ApiError {
  readonly invalidParams: InvalidParam[];
  constructor(status: number, detail: string, invalidParams: InvalidParam[]) {
    super(status, detail);
    this.invalidParams = invalidParams;
  }
}

/** A state-changing request with the session cookie and the CSRF token. */
export async function send<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`/api/v1${path}`, {
    method,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      ...csrfHeader(),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as {
      detail?: string;
      invalidParams?: InvalidParam[];
    } | null;
    throw new ApiProblem(
      response.status,
      problem?.detail ?? response.statusText,
      problem?.invalidParams ?? [],
    );
  }
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

/** Adds a new item of a collection (POST) or replaces the one with this id (PUT). */
export function saveTo<T>(path: string, id: string | null, body: unknown): Promise<T> {
  return id === null ? send<T>('POST', path, body) : send<T>('PUT', `${path}/${id}`, body);
}
