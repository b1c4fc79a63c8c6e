import { describe, expect, it } from 'vitest';
import { diffFicheContent } from './fiche-diff.ts';
import { content, impact } from './fiche-test-fixtures.ts';

describe('fiche diff', () => {
  const before = content(
    [impact('group', 'elderly', -2), impact('domain', 'education', -3, -3)],
    [{ rightId: 'echr-8', note: 'Bezoek' }],
  );

  it('finds nothing between equal versions, even when lists are reordered', () => {
    const reordered = { ...before, impacts: [...before.impacts].reverse() };
    expect(diffFicheContent(before, reordered)).toEqual({ changes: [], impactsTouched: [] });
  });

  it('reports changed, added and removed fields by target, not by position', () => {
    const after = content(
      [
        impact('domain', 'education', -3, -2, { mitigations: ['Inhaalprogramma'] }),
        impact('group', 'young-people', -1),
      ],
      [{ rightId: 'echr-8', note: 'Bezoek en familie' }],
    );
    const diff = diffFicheContent(before, after);
    const byPath = Object.fromEntries(diff.changes.map((c) => [c.path, c]));
    expect(byPath['impacts[domain:education].longTerm']).toEqual({
      path: 'impacts[domain:education].longTerm',
      kind: 'changed',
      before: -3,
      after: -2,
    });
    expect(byPath['impacts[domain:education].mitigations']?.after).toEqual(['Inhaalprogramma']);
    expect(byPath['impacts[group:elderly].shortTerm']?.kind).toBe('removed');
    expect(byPath['impacts[group:young-people].shortTerm']?.kind).toBe('added');
    expect(byPath['rights[echr-8].note']?.after).toBe('Bezoek en familie');
    expect(diff.impactsTouched).toEqual([
      'domain:education',
      'group:elderly',
      'group:young-people',
    ]);
  });
});
