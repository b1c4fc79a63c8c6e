import type { TSchema } from 'typebox';

export const API_VERSION = '0.1.0';

/** ADR /core/version-header: every success response documents the API-Version header. */
const apiVersionHeaders = {
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
  404: problem('The resource does not exist'),
  500: problem('Unexpected server error'),
  503: problem('A dependency (the database) is unavailable'),
};
