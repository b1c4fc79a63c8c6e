import { describe, expect, it } from 'vitest';
import { DomainError, httpStatusOf, invalidInput, notFound } from './domain-error.ts';

describe('domain errors', () => {
  it('map each kind to its HTTP status', () => {
    expect(httpStatusOf('not-found')).toBe(404);
    expect(httpStatusOf('invalid-input')).toBe(400);
    expect(httpStatusOf('conflict')).toBe(409);
    expect(httpStatusOf('unavailable')).toBe(503);
    expect(httpStatusOf('forbidden')).toBe(403);
    expect(() => httpStatusOf('teapot' as never)).toThrow(/unknown error kind/);
  });

  it('carry where and why', () => {
    const e = invalidInput('bad row', [
      { name: 'file.csv:12:value', reason: 'not a number', value: 'x' },
    ]);
    expect(e).toBeInstanceOf(DomainError);
    expect(e.invalidParams[0]).toEqual({
      name: 'file.csv:12:value',
      reason: 'not a number',
      value: 'x',
    });
    expect(notFound('Measure', 'abc').message).toBe("Measure 'abc' does not exist.");
  });
});
