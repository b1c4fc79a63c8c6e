import { describe, expect, it } from 'vitest';
import type { Region } from '@weegschaal/core';
import { gemeenteOptionLabel, resolveGemeente } from './gemeente-match.ts';

const gemeente = (code: string, name: string, displayName: string | null = null): Region => ({
  code,
  name,
  displayName,
  level: 'gemeente',
  parents: [],
  divisionFrom: 2023,
  divisionTo: null,
  border: false,
  shrinking: false,
  population: [],
});

const gemeenten = [
  gemeente('GM0363', 'Amsterdam'),
  gemeente('GM0518', "'s-Gravenhage", 'Den Haag'),
  gemeente('GM0893', 'Bergen (L.)'),
  gemeente('GM0373', 'Bergen (NH.)'),
  // two gemeenten once shared a plain name; the name alone must not pick one of them
  gemeente('GM9001', 'Dubbel'),
  gemeente('GM9002', 'Dubbel'),
];

describe('resolveGemeente', () => {
  it('reads the option label, a code, or an official or short name, in any case', () => {
    expect(resolveGemeente(gemeenteOptionLabel(gemeenten[1]!), gemeenten)?.code).toBe('GM0518');
    expect(gemeenteOptionLabel(gemeenten[1]!)).toBe('Den Haag (GM0518)');
    expect(resolveGemeente(' gm0363 ', gemeenten)?.code).toBe('GM0363');
    expect(resolveGemeente('den haag', gemeenten)?.code).toBe('GM0518');
    expect(resolveGemeente("'s-gravenhage", gemeenten)?.code).toBe('GM0518');
    expect(resolveGemeente('Bergen (L.) (GM0893)', gemeenten)?.code).toBe('GM0893');
  });

  it('gives nothing for a partial, unknown or ambiguous text', () => {
    expect(resolveGemeente('Amster', gemeenten)).toBeNull();
    expect(resolveGemeente('', gemeenten)).toBeNull();
    expect(resolveGemeente('Dubbel', gemeenten)).toBeNull();
    expect(resolveGemeente('Nergens (GM9999)', gemeenten)).toBeNull();
  });
});
