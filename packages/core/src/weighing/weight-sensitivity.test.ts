import { describe, expect, it } from 'vitest';
import {
  mavtWeightSensitivity,
  prometheeWeightSensitivity,
  topsisWeightSensitivity,
  varyWeight,
} from './weight-sensitivity.ts';
import { mavt } from './mavt.ts';
import { topsis } from './topsis.ts';
import type { DecisionMatrix } from './decision-matrix.ts';
import type { PreferenceFunction } from './promethee.ts';
import type { ValueFunction } from './value-function.ts';

const unit: ValueFunction = {
  kind: 'linear',
  worst: 0,
  best: 1,
  reference: { level: 0, description: 'nothing' },
};
const matrix: DecisionMatrix = {
  alternatives: ['a', 'b', 'c'],
  criteria: [
    { id: 'x', direction: 'benefit' },
    { id: 'y', direction: 'benefit' },
  ],
  performance: [
    [1, 0],
    [0, 1],
    [0.6, 0.6],
  ],
};

describe('one-way weight sensitivity, MAVT (exact)', () => {
  const r = mavtWeightSensitivity(matrix, [0.5, 0.5], { valueFunctions: [unit, unit] });

  it('gives the interval in which the top package stays top and the flip points', () => {
    // scores with w_x = t: a = t, b = 1 − t, c = 0.6 → c top for t in [0.4, 0.6]
    expect(r.currentTop).toBe('c');
    const x = r.criteria[0]!;
    expect(x.topStays.from).toBeCloseTo(0.4, 12);
    expect(x.topStays.to).toBeCloseTo(0.6, 12);
    expect(x.flipBelow).toEqual({ weight: x.topStays.from, newTop: 'b' });
    expect(x.flipAbove).toEqual({ weight: x.topStays.to, newTop: 'a' });
    expect(r.exact).toBe(true);
  });

  it('says what would have to be true for another package to win', () => {
    const a = r.whatWouldHaveToBeTrue.find((w) => w.alternativeId === 'a')!;
    const onX = a.conditions.find((c) => c.criterionId === 'x')!;
    expect(onX.segments[0]!.from).toBeCloseTo(0.6, 12);
    expect(onX.segments[0]!.to).toBe(1);
    expect(onX.nearestWeight).toBeCloseTo(0.6, 12);
    expect(onX.change).toBeCloseTo(0.1, 12);
    expect(r.whatWouldHaveToBeTrue.map((w) => w.alternativeId)).toEqual(['a', 'b']);
  });

  it('agrees with re-running MAVT inside and outside every segment', () => {
    const bigger: DecisionMatrix = {
      alternatives: ['p', 'q', 'r', 's'],
      criteria: [
        { id: 'u', direction: 'benefit' },
        { id: 'v', direction: 'cost' },
        { id: 'w', direction: 'benefit' },
      ],
      performance: [
        [3, 2, 1],
        [1, 1, 2],
        [2, 3, 4],
        [4, 4, 0],
      ],
    };
    const weights = [0.2, 0.5, 0.3];
    const s = mavtWeightSensitivity(bigger, weights);
    s.criteria.forEach((c, j) => {
      for (const win of c.winningSegments)
        for (const seg of win.segments) {
          const mid = (seg.from + seg.to) / 2;
          expect(mavt(bigger, varyWeight(weights, j, mid)).ranking[0]!.alternativeId).toBe(
            win.alternativeId,
          );
        }
    });
  });
});

describe('one-way weight sensitivity, PROMETHEE II (exact, net flow is additive in the weights)', () => {
  // Brans, Vincke & Mareschal (1986) power-station example; Mareschal (2019) exercise:
  // power at 50 of 100 points makes France (a6) best, villages at 55 of 100 makes Belgium (a2) best.
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
  const fns: PreferenceFunction[] = [
    { type: 'u-shape', q: 10 },
    { type: 'v-shape', p: 30 },
    { type: 'linear', q: 50, p: 500 },
    { type: 'level', q: 10, p: 60 },
    { type: 'usual' },
    { type: 'gaussian', s: 5 },
  ];
  const r = prometheeWeightSensitivity(sites, [1, 1, 1, 1, 1, 1], { preferenceFunctions: fns });
  const winsAt = (criterion: string, alternative: string, t: number) =>
    r.criteria
      .find((c) => c.criterionId === criterion)!
      .winningSegments.find((w) => w.alternativeId === alternative)!
      .segments.some((s) => s.from <= t && t <= s.to);

  it('keeps Austria (a5) on top at equal weights and reproduces the published weight changes', () => {
    expect(r.currentTop).toBe('a5');
    expect(winsAt('power', 'a6', 0.5)).toBe(true);
    expect(winsAt('villages', 'a2', 0.55)).toBe(true);
    const power = r.criteria[1]!;
    expect(power.topStays.to).toBeLessThan(0.5);
    expect(power.flipAbove).not.toBeNull();
  });
});

describe('one-way weight sensitivity, TOPSIS (scan and bisection)', () => {
  it('keeps the current weight inside the stable interval and names the package beyond each flip point', () => {
    const r = topsisWeightSensitivity(matrix, [0.5, 0.5]);
    expect(r.exact).toBe(false);
    const c = r.criteria[0]!;
    expect(c.topStays.from).toBeLessThanOrEqual(0.5);
    expect(c.topStays.to).toBeGreaterThanOrEqual(0.5);
    // just beyond each flip point the engine itself names the new top
    if (c.flipAbove)
      expect(
        topsis(matrix, varyWeight([0.5, 0.5], 0, c.flipAbove.weight + 1e-6)).ranking[0]!
          .alternativeId,
      ).toBe(c.flipAbove.newTop);
    if (c.flipBelow)
      expect(
        topsis(matrix, varyWeight([0.5, 0.5], 0, c.flipBelow.weight - 1e-6)).ranking[0]!
          .alternativeId,
      ).toBe(c.flipBelow.newTop);
  });

  it('rejects a silly scan resolution', () => {
    expect(() => topsisWeightSensitivity(matrix, [0.5, 0.5], 3)).toThrow(/steps/);
  });
});
