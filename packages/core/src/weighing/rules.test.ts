import { describe, expect, it } from 'vitest';
import { mavt } from './mavt.ts';
import { lexicographic } from './lexicographic.ts';
import { rankSideBySide, SIDE_BY_SIDE_NOTICE } from './side-by-side.ts';
import type { DecisionMatrix } from './decision-matrix.ts';

/** Five demo-like packages: effectiveness (OMT, 0–4) and harm on three societal criteria (0–4). */
const packages: DecisionMatrix = {
  alternatives: ['basis', 'avond', 'hard', 'kwetsbaren', 'scholen-open'],
  criteria: [
    { id: 'effectiveness', direction: 'benefit' },
    { id: 'education', direction: 'cost' },
    { id: 'economy', direction: 'cost' },
    { id: 'mental-health', direction: 'cost' },
  ],
  performance: [
    [1, 0, 1, 0],
    [2.5, 0, 2, 1],
    [4, 4, 4, 3],
    [2, 0, 1, 1],
    [3, 1, 3, 2],
  ],
};

describe('MAVT', () => {
  it('scores are the weighted partial values and show their contributions', () => {
    const r = mavt(packages, [0, 2, 1, 1]);
    expect(r.weights).toEqual([0, 0.5, 0.25, 0.25]);
    // basis: no harm on education and mental health, economy harm 1 on a 1..4 range → value 1
    expect(r.values[0]).toEqual([0, 1, 1, 1]);
    r.scores.forEach((s, i) =>
      expect(s).toBeCloseTo(
        r.contributions[i]!.reduce((a, b) => a + b, 0),
        12,
      ),
    );
    expect(r.ranking[0]!.alternativeId).toBe('basis');
    expect(r.ranking.at(-1)!.alternativeId).toBe('hard');
  });
});

describe('lexicographic rule', () => {
  const input = {
    alternatives: ['basis', 'avond', 'hard'],
    effectiveness: [
      { estimate: 1, low: 0.5, high: 1.5 },
      { estimate: 2.5, low: 1.8, high: 3 },
      { estimate: 4, low: 3.5, high: 4 },
    ],
    societalImpact: [0.1, 0.4, 0.9],
    requiredLevel: 2,
  };

  it('takes the least harmful package among those that reach the required level', () => {
    const r = lexicographic({ ...input, basis: 'estimate' });
    expect(r.ranking.map((x) => x.alternativeId)).toEqual(['avond', 'hard']);
    expect(r.excluded).toEqual([
      { alternativeId: 'basis', effectiveness: 1, societalImpact: 0.1, shortfall: 1 },
    ]);
    expect(r.summary).toMatch(/avond has the least societal impact/);
  });

  it('on the pessimistic end of the range a package may drop out', () => {
    const r = lexicographic({ ...input, basis: 'low' });
    expect(r.ranking.map((x) => x.alternativeId)).toEqual(['hard']);
    expect(r.excluded.map((x) => x.alternativeId)).toEqual(['avond', 'basis']);
  });

  it('says so when nothing qualifies, and rejects bad ranges', () => {
    const r = lexicographic({ ...input, requiredLevel: 5, basis: 'estimate' });
    expect(r.ranking).toEqual([]);
    expect(r.summary).toMatch(/No package reaches/);
    expect(() =>
      lexicographic({
        ...input,
        effectiveness: [{ estimate: 1, low: 2, high: 3 }, ...input.effectiveness.slice(1)],
        basis: 'low',
      }),
    ).toThrow(/effectiveness\[0\]\.low/);
  });
});

describe('OMT and MIT rankings side by side', () => {
  const sides = ['omt', 'mit', 'mit', 'mit'] as const;
  const result = rankSideBySide({
    matrix: packages,
    sides: [...sides],
    weights: [5, 2, 1, 1],
    rules: ['mavt', 'topsis', 'promethee-ii'],
    effectivenessHurdle: {
      ranges: packages.performance.map((r) => ({
        estimate: r[0]!,
        low: r[0]! - 0.5,
        high: r[0]! + 0.5,
      })),
      requiredLevel: 2,
      basis: 'estimate',
    },
  });

  it('ranks the OMT side by effectiveness only and the MIT side without effectiveness', () => {
    expect(result.omt.criterionIds).toEqual(['effectiveness']);
    expect(result.omt.ranking.map((r) => r.alternativeId)).toEqual([
      'hard',
      'scholen-open',
      'avond',
      'kwetsbaren',
      'basis',
    ]);
    expect(result.mit.criterionIds).toEqual(['education', 'economy', 'mental-health']);
    expect(result.mit.weights).toEqual([0.5, 0.25, 0.25]);
    expect(result.mitRankings.map((r) => r.rule)).toEqual(['mavt', 'topsis', 'promethee-ii']);
    for (const r of result.mitRankings) expect(r.ranking[0]!.alternativeId).toBe('basis');
    expect(result.mitRulesAgreeOnTop).toBe(true);
    expect(result.notice).toBe(SIDE_BY_SIDE_NOTICE);
  });

  it('the effectiveness weight never moves the MIT ranking', () => {
    const other = rankSideBySide({
      matrix: packages,
      sides: [...sides],
      weights: [500, 2, 1, 1],
      rules: ['mavt'],
    });
    expect(other.mit.mavt!.scores).toEqual(result.mit.mavt!.scores);
  });

  it('the lexicographic rule uses effectiveness as a hurdle only', () => {
    expect(result.lexicographic!.ranking.map((r) => r.alternativeId)).toEqual([
      'kwetsbaren',
      'avond',
      'scholen-open',
      'hard',
    ]);
    expect(result.lexicographic!.excluded.map((r) => r.alternativeId)).toEqual(['basis']);
  });

  it('rejects a request without criteria on both sides', () => {
    expect(() =>
      rankSideBySide({
        matrix: packages,
        sides: ['mit', 'mit', 'mit', 'mit'],
        weights: [1, 1, 1, 1],
        rules: ['mavt'],
      }),
    ).toThrow(/at least one OMT criterion/);
  });
});
