import { describe, expect, it } from 'vitest';
import { fieldPath, problemsAt } from './field-problems.ts';

describe('the field a refusal names', () => {
  it('reads schema and domain names alike', () => {
    expect(fieldPath({ name: 'body.contact.address', reason: 'x' })).toBe('contact.address');
    expect(fieldPath({ name: 'links[1]', reason: 'x' })).toBe('links.1');
    expect(fieldPath({ name: 'body.links.0.level', reason: 'x' })).toBe('links.0.level');
    expect(fieldPath({ name: 'consent.expiresOn', reason: 'x' })).toBe('consent.expiresOn');
    expect(fieldPath({ name: 'body', reason: 'x' })).toBe('');
  });

  it('gives a field its own reasons and those of its parts, not those of a longer name', () => {
    const problems = [
      { name: 'body.contact.address', reason: 'too long' },
      { name: 'contactVerifiedOn', reason: 'not a date' },
      { name: 'links[1]', reason: 'no fiche werkplekken level 2 version 99' },
      { name: 'body.links.10.level', reason: 'must be >= 1' },
      { name: 'body.links.1.level', reason: 'must be >= 1' },
    ];
    expect(problemsAt(problems, 'contact').map((p) => p.reason)).toEqual(['too long']);
    expect(problemsAt(problems, 'contactVerifiedOn').map((p) => p.reason)).toEqual(['not a date']);
    expect(problemsAt(problems, 'links.1.measureCode', 'links.1').map((p) => p.reason)).toEqual([
      'no fiche werkplekken level 2 version 99',
    ]);
    expect(problemsAt(problems, 'links.1.level').map((p) => p.reason)).toEqual(['must be >= 1']);
    expect(problemsAt(problems, undefined)).toEqual([]);
  });
});
