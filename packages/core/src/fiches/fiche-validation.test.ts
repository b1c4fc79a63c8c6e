import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { demoMeasures } from '../demo/demo-measures.ts';
import { assertValidFiche, validateFicheContent, validateFicheKey } from './fiche-validation.ts';
import { content, impact } from './fiche-test-fixtures.ts';

describe('fiche validation', () => {
  it('accepts a complete fiche', () => {
    const c = content(
      [impact('group', 'elderly', -2)],
      [{ rightId: 'echr-8', note: 'Bezoekverbod' }],
    );
    expect(validateFicheContent(c)).toEqual([]);
  });

  it('names every failing field with its reason', () => {
    const c = {
      summary: ' ',
      impacts: [
        impact('group', 'elderly', -4 as never),
        impact('group', 'elderly', -1),
        impact('sector', 'mining', -1),
        impact('domain', 'education', -1, -1, { evidence: 'moderate', sources: [] }),
        impact('domain', 'economy', -1, -1, {
          evidence: 'limited',
          sources: [{ citation: 'x', url: 'ftp://x' }],
          mitigations: [''],
        }),
      ],
      rights: [
        { rightId: 'echr-99', note: 'x' },
        { rightId: 'echr-8', note: '' },
        { rightId: 'echr-8', note: 'twice' },
      ],
    };
    const names = validateFicheContent(c).map((p) => `${p.name}: ${p.reason}`);
    expect(names).toEqual([
      'content.summary: must not be empty',
      'content.impacts.0.shortTerm: must be an integer from -3 to 3',
      'content.impacts.0.longTerm: must be an integer from -3 to 3',
      'content.impacts.1.target: group:elderly is judged twice in this fiche',
      "content.impacts.2.target: unknown sector 'mining'",
      "content.impacts.3.sources: evidence graded 'moderate' must cite at least one source",
      'content.impacts.4.sources.0.url: must be an http(s) link or null',
      'content.impacts.4.mitigations.0: must not be empty',
      'content.rights.0.rightId: is not in the reference list of fundamental rights',
      'content.rights.1.note: must say how the right is touched',
      'content.rights.2.rightId: is cited twice in this fiche',
    ]);
  });

  it('lets expert judgement stand without a source', () => {
    const c = content([
      impact('group', 'elderly', -1, -1, { evidence: 'expert-judgement', sources: [] }),
    ]);
    expect(validateFicheContent(c)).toEqual([]);
  });

  it('refuses a fiche for level 0 (the reference) or for a level the measure lacks', () => {
    const scholen = demoMeasures().find((m) => m.code === 'scholen')!;
    expect(validateFicheKey({ measureCode: 'scholen', level: 0 }, scholen)[0]?.reason).toMatch(
      /reference/,
    );
    expect(validateFicheKey({ measureCode: 'scholen', level: 9 }, scholen)[0]?.reason).toBe(
      "measure 'scholen' has levels 0, 1, 2, 3",
    );
    expect(() =>
      assertValidFiche({ measureCode: 'scholen', level: 9 }, scholen, content([])),
    ).toThrow(DomainError);
  });
});
