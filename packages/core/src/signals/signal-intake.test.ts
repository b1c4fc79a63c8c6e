import { describe, expect, it } from 'vitest';
import { validateSignalIntake } from './signal-intake.ts';

const valid = {
  text: 'Jongeren hangen rond; bel 06-12345678 of mail a.b@example.nl.',
  region: 'GM0363',
  observedOn: '2026-11-18',
  domain: 'safety-public-order',
  targetGroup: 'young-people',
  peopleCount: 15,
  knowledgeSource: 'seen',
};
const options = { today: '2026-11-20', fieldPrefix: 'body.' };

describe('signal intake', () => {
  it('scrubs the text and derives the gemeente and wijk', () => {
    const result = validateSignalIntake({ ...valid, region: 'bu03630101' }, options);
    if (!result.ok) throw new Error('expected valid');
    expect(result.value.text).toBe(
      'Jongeren hangen rond; bel [telefoonnummer] of mail [e-mailadres].',
    );
    expect(result.value.scrubReport).toEqual({
      total: 2,
      masked: [
        { kind: 'email', count: 1 },
        { kind: 'phone', count: 1 },
      ],
    });
    expect(result.value).toMatchObject({
      regionCode: 'BU03630101',
      gemeenteCode: 'GM0363',
      wijkCode: 'WK036301',
    });
  });

  it('resolves gemeente names and checks the registry when there is one', () => {
    const byName = (n: string) => (n.toLowerCase() === 'den haag' ? 'GM0518' : undefined);
    const ok = validateSignalIntake(
      { ...valid, region: 'Den Haag' },
      { ...options, gemeenteByName: byName },
    );
    expect(ok.ok && ok.value.gemeenteCode).toBe('GM0518');
    const unknown = validateSignalIntake(
      { ...valid, region: 'GM9999' },
      { ...options, knownGemeente: (c) => c === 'GM0363' },
    );
    expect(unknown.ok ? [] : unknown.errors.map((e) => e.reason)).toEqual([
      'gemeente GM9999 is not in the region registry',
    ]);
  });

  it('reports every failing field, says postcodes are not supported, and never echoes the text', () => {
    const result = validateSignalIntake(
      {
        text: 'x'.repeat(5000),
        region: '1017 AB',
        observedOn: '2026-02-30',
        domain: 'weather',
        targetGroup: 'cats',
        peopleCount: 0,
        knowledgeSource: 'dreamt',
      },
      options,
    );
    if (result.ok) throw new Error('expected errors');
    expect(result.errors.map((e) => e.name)).toEqual([
      'body.text',
      'body.region',
      'body.observedOn',
      'body.domain',
      'body.targetGroup',
      'body.knowledgeSource',
      'body.peopleCount',
    ]);
    expect(result.errors[0]).not.toHaveProperty('value');
    expect(result.errors[1]?.reason).toMatch(/postcode areas are not accepted/);
  });

  it('refuses observations in the future or more than a year ago', () => {
    const future = validateSignalIntake({ ...valid, observedOn: '2026-11-21' }, options);
    const old = validateSignalIntake({ ...valid, observedOn: '2025-11-01' }, options);
    expect(future.ok || future.errors[0]?.reason).toMatch(/future/);
    expect(old.ok || old.errors[0]?.reason).toMatch(/days ago/);
  });
});
