import { describe, expect, it } from 'vitest';
import { smaa } from './smaa.ts';
import type { DecisionMatrix } from './decision-matrix.ts';

const matrix: DecisionMatrix = {
  alternatives: ['a', 'b', 'c'],
  criteria: [
    { id: 'x', direction: 'benefit' },
    { id: 'y', direction: 'benefit' },
  ],
  performance: [
    [1, 0],
    [0, 1],
    [0.4, 0.4],
  ],
};

describe('SMAA-2', () => {
  it('two mirror-image packages share first rank evenly; a dominated compromise never wins', () => {
    const r = smaa({ matrix, weights: { kind: 'none' }, samples: 20_000, seed: 11 });
    expect(Math.abs(r.rankAcceptability[0]![0]! - 0.5)).toBeLessThan(0.02);
    expect(Math.abs(r.rankAcceptability[1]![0]! - 0.5)).toBeLessThan(0.02);
    // c scores 0.4, below max(w_x, w_y) ≥ 0.5 = the better of a and b: it can never be first
    expect(r.rankAcceptability[2]![0]).toBe(0);
    expect(r.centralWeights[2]).toBeNull();
    expect(r.confidenceFactors[2]).toBeNull();
    // a wins exactly when w_x > 1/2: its central weights are the mean of w_x on (1/2, 1), 3/4
    expect(Math.abs(r.centralWeights[0]![0]! - 0.75)).toBeLessThan(0.01);
    expect(r.confidenceFactors[0]).toBe(1);
    expect(r.scoreUncertainty).toBe(false);
  });

  it('rank acceptabilities: rows and columns sum to 1; same seed same result; other seed differs', () => {
    const run = (seed: number) =>
      smaa({ matrix, weights: { kind: 'rank-order', ranks: [1, 2] }, samples: 2000, seed });
    const r = run(5);
    for (const row of r.rankAcceptability)
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    for (let k = 0; k < 3; k++)
      expect(r.rankAcceptability.reduce((s, row) => s + row[k]!, 0)).toBeCloseTo(1, 12);
    expect(run(5)).toEqual(r);
    expect(run(6).rankAcceptability).not.toEqual(r.rankAcceptability);
    // with x ranked above y, a always wins
    expect(r.rankAcceptability[0]![0]).toBe(1);
  });

  it('score uncertainty lowers the confidence factor of a narrow winner', () => {
    const close: DecisionMatrix = {
      ...matrix,
      performance: [
        [0.52, 0.5],
        [0.5, 0.52],
        [0, 0],
      ],
    };
    const r = smaa({
      matrix: close,
      weights: { kind: 'exact', weights: [1, 1] },
      uncertainty: [
        [
          { kind: 'normal', sd: 0.05 },
          { kind: 'normal', sd: 0.05 },
        ],
        [
          { kind: 'uniform', low: 0.4, high: 0.6 },
          { kind: 'triangular', low: 0.45, high: 0.6 },
        ],
        [null, null],
      ],
      valueFunctions: [0, 1].map(() => ({
        kind: 'linear' as const,
        worst: 0,
        best: 1,
        reference: { level: 0, description: 'none' },
      })),
      samples: 5000,
      seed: 3,
    });
    expect(r.scoreUncertainty).toBe(true);
    expect(r.rankAcceptability[0]![0]! + r.rankAcceptability[1]![0]!).toBeCloseTo(1, 12);
    expect(r.rankAcceptability[0]![0]).toBeGreaterThan(0.2);
    expect(r.rankAcceptability[1]![0]).toBeGreaterThan(0.2);
    const cf = r.confidenceFactors.filter((x): x is number => x !== null);
    expect(cf.every((x) => x > 0 && x < 1)).toBe(true);
    expect(r.rankAcceptability[2]![2]).toBe(1);
  });

  it('rejects bad input as a whole, naming the place', () => {
    expect(() => smaa({ matrix, weights: { kind: 'none' }, samples: 0, seed: 1 })).toThrow(
      /samples/,
    );
    expect(() => smaa({ matrix, weights: { kind: 'none' }, seed: 1.5 })).toThrow(/seed/);
    expect(() =>
      smaa({
        matrix,
        weights: { kind: 'none' },
        seed: 1,
        uncertainty: [
          [{ kind: 'uniform', low: 2, high: 3 }, null],
          [null, null],
          [null, null],
        ],
      }),
    ).toThrow(/uncertainty\[0\]\[0\]/);
    expect(() =>
      smaa({
        matrix: {
          ...matrix,
          performance: [
            [1, NaN],
            [0, 1],
            [0, 0],
          ],
        },
        weights: { kind: 'none' },
        seed: 1,
      }),
    ).toThrow(/performance\[0\]\[1\]/);
  });
});
