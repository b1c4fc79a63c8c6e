import { describe, expect, it } from 'vitest';
import { fieldPath, problemsAt, shownFieldOf } from './field-problems.ts';

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

  it('names the control a refusal belongs to by its most specific field, or none', () => {
    const fields = [
      { id: 'address', label: 'E-mailadres', name: 'contact.address' },
      { id: 'contact', label: 'Kanaal', name: 'contact' },
      { id: 'verified', label: 'Geverifieerd op', name: 'contactVerifiedOn' },
      { id: 'link-1', label: 'Maatregel', name: 'links.1.measureCode', whole: 'links.1' },
      { id: 'level-1', label: 'Niveau', name: 'links.1.level' },
      { id: 'search', label: 'Zoeken' },
    ];
    const at = (name: string) => shownFieldOf({ name, reason: 'x' }, fields)?.id ?? null;
    expect(at('body.contact.address')).toBe('address');
    expect(at('contact.kind')).toBe('contact');
    expect(at('contactVerifiedOn')).toBe('verified');
    expect(at('links[1]')).toBe('link-1');
    expect(at('body.links.1.level')).toBe('level-1');
    expect(at('links.10.level')).toBe(null);
    expect(at('consent.expiresOn')).toBe(null);
    expect(at('body')).toBe(null);
  });
});
