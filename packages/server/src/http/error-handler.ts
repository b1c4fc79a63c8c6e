import { DomainError, httpStatusOf } from '@weegschaal/core';
import type { InvalidParam } from '@weegschaal/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Problem } from './problem.schema.ts';

const PROBLEM_TYPE_BASE = 'https://weegschaal.example/problems/';

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  detail: string,
  invalidParams?: InvalidParam[],
): FastifyReply {
  const title = STATUS_CODES[status] ?? 'Error';
  const body: Problem = {
    type: `${PROBLEM_TYPE_BASE}${title.toLowerCase().replace(/[^a-z]+/g, '-')}`,
    title,
    status,
    detail,
    instance: request.url,
    ...(invalidParams && invalidParams.length > 0 ? { invalidParams } : {}),
  };
  return reply.code(status).type('application/problem+json').send(body);
}

interface AjvLikeError {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
  data?: unknown;
}

function validationParams(error: FastifyError): InvalidParam[] {
  const context = error.validationContext ?? 'request';
  return (error.validation ?? []).map((v: AjvLikeError) => {
    const path = (v.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    const missing = v.params?.['missingProperty'];
    const field = typeof missing === 'string' ? (path ? `${path}.${missing}` : missing) : path;
    const allowed = v.params?.['allowedValues'];
    const reason = Array.isArray(allowed)
      ? `${v.message ?? 'is invalid'}: ${allowed.join(', ')}`
      : (v.message ?? 'is invalid');
    const param: InvalidParam = { name: field ? `${context}.${field}` : context, reason };
    // ajv's verbose mode gives the offending value; missing properties have none
    if (typeof missing !== 'string' && v.data !== undefined) param.value = v.data;
    return param;
  });
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      return sendProblem(
        reply,
        request,
        httpStatusOf(error.kind),
        error.message,
        error.invalidParams,
      );
    }
    if (error.validation) {
      return sendProblem(
        reply,
        request,
        400,
        `The ${error.validationContext ?? 'request'} is invalid: ${error.message}`,
        validationParams(error),
      );
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'unexpected error');
      // never leak internals (stack traces, SQL) to the client
      return sendProblem(
        reply,
        request,
        status,
        'An unexpected error occurred; it has been logged.',
      );
    }
    // the body itself could not be read (not JSON, a __proto__ key, too large, wrong type):
    // still say where, as every other 400 does
    const unreadableBody = error.code?.startsWith('FST_ERR_CTP_') ?? false;
    return sendProblem(
      reply,
      request,
      status,
      error.message,
      unreadableBody ? [{ name: 'body', reason: error.message }] : [],
    );
  });
}
