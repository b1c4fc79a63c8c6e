import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import type { Measure } from '../measures/measure.ts';
import { content, impact } from '../fiches/fiche-test-fixtures.ts';
import {
  DEFAULT_LADDER_RULE,
  computeImpactLadder,
  validateOverrideRationale,
} from './impact-ladder.ts';
import type { ImpactLadderRule, LadderFiche, LadderOverride } from './impact-ladder.ts';

const measure = (code: string, levels: number): Measure => ({
  code,
  nameNl: code,
  nameEn: code,
  category: 'containment',
  oxcgrtCode: null,
  cluster: 'gatherings-events',
  sectors: [],
  groups: [],
  legalBasis: null,
  demo: false,
  levels: Array.from({ length: levels + 1 }, (_, level) => ({
    level,
    descriptionNl: '',
    descriptionEn: '',
  })),
});
const measures = [measure('a', 1), measure('b', 1), measure('c', 2)];

const fiche = (
  measureCode: string,
  level: number,
  ...impacts: ReturnType<typeof impact>[]
): LadderFiche => ({
  measureCode,
  level,
  version: 1,
  content: content(impacts),
});

const rule = (over: Partial<ImpactLadderRule> = {}): ImpactLadderRule => ({
  ...DEFAULT_LADDER_RULE,
  ...over,
});
const order = (fiches: LadderFiche[], r = rule(), overrides: LadderOverride[] = []) =>
  computeImpactLadder(measures, fiches, r, overrides).entries.map((e) => e.id);

describe('impact ladder', () => {
  it('ranks by summed harm, most harmful first, and lists levels without an adopted fiche', () => {
    const ladder = computeImpactLadder(
      measures,
      [
        fiche('a', 1, impact('group', 'elderly', -1)),
        fiche('b', 1, impact('group', 'elderly', -2), impact('domain', 'education', -2)),
        fiche('c', 1, impact('group', 'elderly', -3)),
      ],
      rule(),
    );
    expect(ladder.entries.map((e) => [e.id, e.score, e.position])).toEqual([
      ['b/1', 4, 1],
      ['c/1', 3, 2],
      ['a/1', 1, 3],
    ]);
    expect(ladder.unranked).toEqual([{ measureCode: 'c', level: 2, reason: 'no-adopted-fiche' }]);
    expect(ladder.explanation.join(' ')).toMatch(/ordinal/);
  });

  it('counts only the chosen domains, groups and sectors', () => {
    const fiches = [
      fiche('a', 1, impact('group', 'elderly', -3)),
      fiche('b', 1, impact('sector', 'horeca', -3), impact('group', 'young-people', -1)),
    ];
    expect(order(fiches)).toEqual(['b/1', 'a/1']);
    expect(order(fiches, rule({ sectors: [] }))).toEqual(['a/1', 'b/1']);
    const ladder = computeImpactLadder(measures, fiches, rule({ sectors: [] }));
    expect(ladder.entries.find((e) => e.id === 'b/1')?.contributions.map((c) => c.target)).toEqual([
      'group:young-people',
    ]);
  });

  it('discounts weaker evidence by the configured weights', () => {
    const fiches = [
      fiche('a', 1, impact('group', 'elderly', -2)),
      fiche(
        'b',
        1,
        impact('group', 'elderly', -3, -3, { evidence: 'expert-judgement', sources: [] }),
      ),
    ];
    // default: expert judgement ×0.5 → 1.5 < 2
    expect(order(fiches)).toEqual(['a/1', 'b/1']);
    const trusting = rule({
      evidenceWeights: { ...DEFAULT_LADDER_RULE.evidenceWeights, 'expert-judgement': 1 },
    });
    expect(order(fiches, trusting)).toEqual(['b/1', 'a/1']);
  });

  it('lets benefits offset harm only under the net direction, and uses the chosen term', () => {
    const fiches = [
      fiche('a', 1, impact('group', 'elderly', -2), impact('domain', 'economy', 2)),
      fiche('b', 1, impact('group', 'elderly', -1, -3)),
    ];
    expect(order(fiches, rule({ term: 'short' }))).toEqual(['a/1', 'b/1']);
    expect(order(fiches, rule({ term: 'short', direction: 'net' }))).toEqual(['b/1', 'a/1']);
    expect(order(fiches, rule({ term: 'long' }))).toEqual(['b/1', 'a/1']);
  });

  it('shares the rank among ties and shows overlapping uncertainty', () => {
    const ladder = computeImpactLadder(
      measures,
      [
        fiche('a', 1, impact('group', 'elderly', -2)),
        fiche('b', 1, impact('group', 'elderly', -2)),
        fiche('c', 1, impact('group', 'elderly', -1, -1, { uncertainty: 'high' })),
      ],
      rule(),
    );
    const [a, b, c] = ladder.entries;
    expect([a?.computedRank, b?.computedRank, c?.computedRank]).toEqual([1, 1, 3]);
    expect(a?.tiedWith).toEqual(['b/1']);
    // c: −1 ± 2 steps → harm 0..3, so its order against a and b (harm 2) is uncertain
    expect([c?.scoreLow, c?.scoreHigh]).toEqual([0, 3]);
    expect(c?.overlapsWith).toEqual(['a/1', 'b/1']);
    expect(a?.overlapsWith).toEqual(['b/1', 'c/1']);
  });

  it('places a manual override at its position, shown as such next to the computed rank', () => {
    const fiches = [
      fiche('a', 1, impact('group', 'elderly', -3)),
      fiche('b', 1, impact('group', 'elderly', -2)),
      fiche('c', 1, impact('group', 'elderly', -1)),
    ];
    const override: LadderOverride = {
      id: 1,
      measureCode: 'c',
      level: 1,
      position: 1,
      rationale: 'Praktijkkringen melden veel zwaardere gevolgen dan de fiche.',
      author: 'tester',
      createdAt: '2022-10-01T00:00:00.000Z',
    };
    const ladder = computeImpactLadder(measures, fiches, rule(), [
      override,
      { ...override, id: 2, measureCode: 'zzz' },
    ]);
    expect(ladder.entries.map((e) => [e.id, e.position, e.computedRank, e.placement])).toEqual([
      ['c/1', 1, 3, 'override'],
      ['a/1', 2, 1, 'computed'],
      ['b/1', 3, 2, 'computed'],
    ]);
    expect(ladder.entries[0]?.override?.rationale).toMatch(/Praktijkkringen/);
    expect(ladder.explanation.some((l) => l.includes('zzz/1 ignored'))).toBe(true);
  });

  it('requires a written rationale for an override and a sensible rule', () => {
    expect(validateOverrideRationale('omdat')).toHaveLength(1);
    expect(validateOverrideRationale('Omdat de gevolgen voor jongeren onderschat zijn.')).toEqual(
      [],
    );
    expect(() =>
      computeImpactLadder(measures, [], rule({ domains: [], groups: [], sectors: [] })),
    ).toThrow(DomainError);
    expect(() =>
      computeImpactLadder(
        measures,
        [],
        rule({ evidenceWeights: { ...DEFAULT_LADDER_RULE.evidenceWeights, strong: 2 } }),
      ),
    ).toThrow(/rule is invalid/);
  });
});
