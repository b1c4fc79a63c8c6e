import { describe, expect, it } from 'vitest';
import { preferenceDegree, promethee } from './promethee.ts';
import type { PreferenceFunction } from './promethee.ts';
import type { DecisionMatrix } from './decision-matrix.ts';

/**
 * Published worked example: Brans, J.-P., Vincke, Ph. & Mareschal, B. (1986). How to select
 * and how to rank projects: the PROMETHEE method. European Journal of Operational Research
 * 24(2), 228–238 — the location of a hydroelectric power station: six sites, six criteria,
 * one preference-function type per criterion (types II, III, V, IV, I, VI), equal weights.
 * The original paper is paywalled and was not read by us: the input table is the authors'
 * teaching copy (Mareschal, Exercises with Visual PROMETHEE, 2019, Table 1) and the printed
 * π matrix and sum-based net flows come from a course reproduction of the 1986 example, as
 * transcribed in an MCDM method catalogue. The paper prints flows as plain sums over the
 * other five sites; we average (φ·(n − 1) converts) and it rounds π to 3 decimals first.
 */
const sites: DecisionMatrix = {
  alternatives: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'],
  criteria: [
    { id: 'manpower', direction: 'cost' },
    { id: 'power', direction: 'benefit' },
    { id: 'construction-cost', direction: 'cost' },
    { id: 'maintenance-cost', direction: 'cost' },
    { id: 'villages', direction: 'cost' },
    { id: 'security', direction: 'benefit' },
  ],
  performance: [
    [80, 90, 600, 54, 8, 5],
    [65, 58, 200, 97, 1, 1],
    [83, 60, 400, 72, 4, 7],
    [40, 80, 1000, 75, 7, 10],
    [52, 72, 600, 20, 3, 8],
    [94, 96, 700, 36, 5, 6],
  ],
};
const functions: PreferenceFunction[] = [
  { type: 'u-shape', q: 10 },
  { type: 'v-shape', p: 30 },
  { type: 'linear', q: 50, p: 500 },
  { type: 'level', q: 10, p: 60 },
  { type: 'usual' },
  { type: 'gaussian', s: 5 },
];

describe('PROMETHEE II against Brans, Vincke & Mareschal (1986), hydroelectric power station', () => {
  const result = promethee(sites, [1, 1, 1, 1, 1, 1], { preferenceFunctions: functions });

  it('reproduces the published preference index matrix π (printed to 3 decimals)', () => {
    const published = [
      [0, 0.296, 0.25, 0.268, 0.1, 0.185],
      [0.462, 0, 0.389, 0.333, 0.296, 0.5],
      [0.236, 0.18, 0, 0.333, 0.056, 0.429],
      [0.399, 0.505, 0.305, 0, 0.223, 0.212],
      [0.444, 0.515, 0.487, 0.38, 0, 0.448],
      [0.286, 0.399, 0.25, 0.432, 0.133, 0],
    ];
    published.forEach((r, a) =>
      r.forEach((x, b) =>
        expect(Math.abs(result.preferenceIndex[a]![b]! - x)).toBeLessThan(1.1e-3),
      ),
    );
  });

  it('reproduces the published net flows and the ranking a5 > a2 > a4 > a6 > a3 > a1', () => {
    const publishedSums = [-0.728, 0.085, -0.447, -0.102, 1.466, -0.274];
    // the paper sums π values already rounded to 3 decimals, hence a 0.003 tolerance
    publishedSums.forEach((s, a) =>
      expect(Math.abs(result.netFlow[a]! * 5 - s)).toBeLessThan(3e-3),
    );
    expect(result.ranking.map((r) => r.alternativeId)).toEqual([
      'a5',
      'a2',
      'a4',
      'a6',
      'a3',
      'a1',
    ]);
  });

  it("changes the winner as the authors' teaching exercise says when weights change", () => {
    // Mareschal (2019): power weighted 50 against 10 for the others makes France (a6) best;
    // villages weighted 55 against 9 makes Belgium (a2) best.
    const power = promethee(sites, [10, 50, 10, 10, 10, 10], { preferenceFunctions: functions });
    expect(power.ranking[0]!.alternativeId).toBe('a6');
    const villages = promethee(sites, [9, 9, 9, 9, 55, 9], { preferenceFunctions: functions });
    expect(villages.ranking[0]!.alternativeId).toBe('a2');
  });

  it('net flows sum to zero and equal the weighted single-criterion flows', () => {
    expect(result.netFlow.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 12);
    result.netFlow.forEach((phi, a) =>
      expect(
        result.criterionNetFlows[a]!.reduce((s, x, j) => s + x * result.weights[j]!, 0),
      ).toBeCloseTo(phi, 12),
    );
  });
});

describe('the six preference functions', () => {
  it('give 0 for no advantage and follow their thresholds', () => {
    const all: PreferenceFunction[] = [
      { type: 'usual' },
      { type: 'u-shape', q: 1 },
      { type: 'v-shape', p: 2 },
      { type: 'level', q: 1, p: 2 },
      { type: 'linear', q: 1, p: 3 },
      { type: 'gaussian', s: 1 },
    ];
    for (const fn of all) {
      expect(preferenceDegree(fn, 0)).toBe(0);
      expect(preferenceDegree(fn, -5)).toBe(0);
      expect(preferenceDegree(fn, 100)).toBeCloseTo(1, 10);
    }
    expect(preferenceDegree({ type: 'u-shape', q: 1 }, 1)).toBe(0);
    expect(preferenceDegree({ type: 'v-shape', p: 2 }, 1)).toBe(0.5);
    expect(preferenceDegree({ type: 'level', q: 1, p: 2 }, 1.5)).toBe(0.5);
    expect(preferenceDegree({ type: 'linear', q: 1, p: 3 }, 2)).toBe(0.5);
    expect(preferenceDegree({ type: 'gaussian', s: 1 }, 1)).toBeCloseTo(1 - Math.exp(-0.5), 12);
  });

  it('rejects thresholds that make no sense, naming the criterion', () => {
    const bad: PreferenceFunction[] = [...functions];
    bad[3] = { type: 'level', q: 10, p: 5 };
    expect(() => promethee(sites, [1, 1, 1, 1, 1, 1], { preferenceFunctions: bad })).toThrow(
      /preferenceFunctions\[3\]\.p/,
    );
    expect(() =>
      promethee(sites, [1, 1, 1, 1, 1, 1], { preferenceFunctions: functions.slice(1) }),
    ).toThrow(/one per criterion/);
  });
});
