import type { TSchema } from 'typebox';

export const API_VERSION = '0.1.0';

/** ADR /core/version-header: every success response documents the API-Version header. */
export const apiVersionHeaders = {
  'API-Version': { type: 'string', description: 'Full semantic version of the API' },
} as const;

export function success<T extends TSchema>(schema: T, description: string): T {
  // a copy, so that one resource schema can serve several routes with their own description
  return { ...schema, description, headers: apiVersionHeaders } as T;
}

function problem(description: string) {
  return {
    description,
    content: { 'application/problem+json': { schema: { $ref: 'Problem#' } } },
  };
}

/** Problem responses every operation can give (ADR /core/error-handling). */
export const problemResponses = {
  400: problem('The request is invalid; invalidParams names each failing field'),
  401: problem('Log in first: the resource is not public'),
  403: problem('Your role does not allow this'),
  404: problem('The resource does not exist'),
  409: problem('The request conflicts with the current state of the resource'),
  429: problem('Too many attempts; the Retry-After header says when to try again'),
  500: problem('Unexpected server error'),
  503: problem('A dependency (the database) is unavailable'),
};
