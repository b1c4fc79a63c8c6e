import { describe, expect, it } from 'vitest';
import {
  clusterSignals,
  findNearDuplicate,
  normaliseForSimilarity,
  textSimilarity,
} from './signal-clustering.ts';

const base =
  'Spanningen in de wijk na sluiting van het buurthuis, bewoners verzamelen zich op het plein.';
const s = (
  id: string,
  text: string | null,
  gemeenteCode = 'GM0599',
  observedOn = '2026-11-10',
) => ({ id, text, gemeenteCode, observedOn });

describe('near-duplicate clustering', () => {
  it('ignores case, punctuation, digits and scrubber placeholders', () => {
    expect(normaliseForSimilarity('Bel [telefoonnummer]! Nu, 3x.')).toBe('bel nu x');
    expect(textSimilarity('Bel [telefoonnummer] nu', 'bel [e-mailadres] NU')).toBe(1);
  });

  it('finds a rephrased report in the same gemeente and window, not elsewhere or later', () => {
    const candidates = [
      s('same', `${base} Sfeer grimmig.`, 'GM0599', '2026-11-08'),
      s('other-gemeente', base, 'GM0363'),
      s('too-late', base, 'GM0599', '2026-12-10'),
      s('unrelated', 'Horeca sluit eerder door personeelstekort.'),
      s('deleted', null),
    ];
    const match = findNearDuplicate(s('new', base), candidates);
    expect(match?.id).toBe('same');
    expect(match?.explanation).toMatch(/same gemeente GM0599, observed 2 day\(s\) apart/);
    expect(
      findNearDuplicate(s('new', 'Iets heel anders over scholen en stages.'), candidates),
    ).toBeNull();
  });

  it('groups chains of near duplicates and explains the weakest link', () => {
    const groups = clusterSignals([
      s('a', base),
      s('b', `${base} Al drie avonden.`, 'GM0599', '2026-11-12'),
      s('c', `${base} Al drie avonden, politie aanwezig.`, 'GM0599', '2026-11-20'),
      s('d', base, 'GM0363'),
      s('e', 'Huisartsenpost druk.'),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.memberIds).toEqual(['a', 'b', 'c']);
    expect(groups[0]?.explanation).toMatch(/^3 signals in GM0599 joined by \d near-duplicate pair/);
  });
});
