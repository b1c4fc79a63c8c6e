import { describe, expect, it } from 'vitest';
import { content, impact } from '../fiches/fiche-test-fixtures.ts';
import { DEFAULT_LADDER_RULE } from '../ladder/impact-ladder.ts';
import type { EffectivenessEstimate, OmtScenario } from '../effectiveness/effectiveness.ts';
import { demoMeasures } from '../demo/demo-measures.ts';
import { DERIVED_BUNDLE_CAVEAT, analyseBundle } from './bundle-analysis.ts';
import { validateBundle } from './bundle.ts';
import type { Bundle } from './bundle.ts';

const scenarios: OmtScenario[] = ['s', 't', 'u'].map((code) => ({
  code,
  nameNl: code,
  nameEn: code,
  variant: 'delta',
  season: 'winter',
  compliance: 'medium',
  vaccinationCoverage: 'medium',
  demo: false,
}));
const bundle: Bundle = {
  code: 'pakket',
  nameNl: 'Pakket',
  nameEn: 'Package',
  description: '',
  members: [
    { measureCode: 'horeca', level: 2 },
    { measureCode: 'scholen', level: 3 },
  ],
  demo: false,
};
const est = (
  measureCode: string,
  level: number,
  scenarioCode: string,
  estimate: number,
  low: number,
  high: number,
): EffectivenessEstimate => ({
  measureCode,
  level,
  scenarioCode,
  estimate,
  low,
  high,
  rationale: '',
  author: 'omt',
  updatedAt: '',
  demo: false,
});

const analysis = analyseBundle(bundle, {
  fiches: [
    {
      measureCode: 'horeca',
      level: 2,
      version: 1,
      content: content([
        impact('group', 'entrepreneurs-self-employed', -3),
        impact('group', 'young-people', -1),
      ]),
    },
    {
      measureCode: 'scholen',
      level: 3,
      version: 1,
      content: content([impact('group', 'young-people', -3), impact('sector', 'education', -3)]),
    },
  ],
  memberEstimates: [
    est('horeca', 2, 't', 2, 1, 3),
    est('scholen', 3, 't', 3, 2, 3),
    est('horeca', 2, 'u', 2, 1, 3),
  ],
  bundleEstimates: [
    {
      bundleCode: 'pakket',
      scenarioCode: 's',
      estimate: 3,
      low: 2,
      high: 4,
      rationale: 'OMT',
      author: 'omt',
      updatedAt: '',
      demo: false,
    },
  ],
  scenarios,
  rule: DEFAULT_LADDER_RULE,
});

describe('bundle analysis', () => {
  it('prefers the OMT’s own estimate for the bundle', () => {
    expect(analysis.effects[0]).toMatchObject({
      scenarioCode: 's',
      source: 'omt-estimate',
      estimate: 3,
      rule: null,
    });
  });

  it('derives from members only with its rule and caveat, never by adding them up', () => {
    const t = analysis.effects[1];
    // additive would be 2 + 3 = 5; the rule takes the strongest member and widens only the upper bound
    expect(t).toMatchObject({ source: 'derived', estimate: 3, low: 2, high: 4 });
    expect(t?.rule).toMatch(/strongest member/);
    expect(t?.caveat).toBe(DERIVED_BUNDLE_CAVEAT);
  });

  it('gives no value when a member has no estimate, and says which', () => {
    expect(analysis.effects[2]).toMatchObject({
      source: 'unavailable',
      estimate: null,
      missingMembers: ['scholen/3'],
    });
  });

  it('adds up burden per group across members and names the most burdened group', () => {
    const young = analysis.profile.find((p) => p.target === 'group:young-people');
    expect(young).toMatchObject({ cumulativeHarm: 4, worst: -3, harmedBy: 2 });
    expect(young?.members.map((m) => m.id)).toEqual(['horeca/2', 'scholen/3']);
    expect(analysis.mostBurdened).toEqual(['young-people']);
    expect(analysis.burden.slice(0, 2).map((b) => [b.group, b.rank])).toEqual([
      ['young-people', 1],
      ['entrepreneurs-self-employed', 2],
    ]);
    expect(analysis.burden.at(-1)?.cumulativeHarm).toBe(0);
  });

  it('validates members against the catalogue', () => {
    const problems = validateBundle(
      {
        ...bundle,
        members: [
          { measureCode: 'horeca', level: 0 },
          { measureCode: 'horeca', level: 1 },
          { measureCode: 'nope', level: 1 },
        ],
      },
      demoMeasures(),
    );
    expect(problems.map((p) => p.name)).toEqual([
      'members.0.level',
      'members.1.measureCode',
      'members.2.measureCode',
    ]);
  });
});
