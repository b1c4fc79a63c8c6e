import { describe, expect, it } from 'vitest';
import { sampleWeights, weightSampler } from './imprecise-weights.ts';
import { weighingRandom } from './random.ts';

const mean = (rows: number[][], j: number) => rows.reduce((s, r) => s + r[j]!, 0) / rows.length;

describe('sampling the weight simplex', () => {
  it('without information: uniform on the simplex (each marginal Beta(1, n−1), mean 1/n, P(w1 < 1/2) = 1 − 2^−(n−1))', () => {
    const n = 3;
    const rows = sampleWeights({ kind: 'none' }, n, 40_000, 1);
    for (const r of rows) expect(r.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    for (let j = 0; j < n; j++) expect(Math.abs(mean(rows, j) - 1 / n)).toBeLessThan(0.01);
    // for n = 3, P(w1 ≤ x) = 1 − (1 − x)²: P(w1 ≤ 0.5) = 0.75
    const below = rows.filter((r) => r[0]! <= 0.5).length / rows.length;
    expect(Math.abs(below - 0.75)).toBeLessThan(0.01);
  });

  it('rank order: every draw respects the order, ties are equal, and the region is sampled uniformly', () => {
    const rows = sampleWeights({ kind: 'rank-order', ranks: [1, 2, 3] }, 3, 40_000, 2);
    for (const r of rows) {
      expect(r[0]!).toBeGreaterThanOrEqual(r[1]!);
      expect(r[1]!).toBeGreaterThanOrEqual(r[2]!);
    }
    // the centroid of {w1 ≥ w2 ≥ w3} on the simplex is (11/18, 5/18, 2/18)
    [11 / 18, 5 / 18, 2 / 18].forEach((c, j) =>
      expect(Math.abs(mean(rows, j) - c)).toBeLessThan(0.01),
    );
    const tied = sampleWeights({ kind: 'rank-order', ranks: [2, 1, 2] }, 3, 100, 3);
    for (const r of tied) {
      expect(r[0]).toBeCloseTo(r[2]!, 15);
      expect(r[1]!).toBeGreaterThanOrEqual(r[0]!);
    }
  });

  it('intervals: every draw within its bounds and summing to 1', () => {
    const bounds = [
      { low: 0.4, high: 0.6 },
      { low: 0.1, high: 0.3 },
      { low: 0, high: 0.5 },
    ];
    for (const r of sampleWeights({ kind: 'intervals', bounds }, 3, 5000, 4)) {
      expect(r.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      r.forEach((w, j) => {
        expect(w).toBeGreaterThanOrEqual(bounds[j]!.low - 1e-12);
        expect(w).toBeLessThanOrEqual(bounds[j]!.high + 1e-12);
      });
    }
  });

  it('rejects infeasible information with located messages', () => {
    const r = weighingRandom(1);
    expect(() =>
      weightSampler(
        {
          kind: 'intervals',
          bounds: [
            { low: 0.6, high: 0.7 },
            { low: 0.6, high: 0.9 },
          ],
        },
        2,
        r,
      ),
    ).toThrow(/lower bounds sum to 1.2/);
    expect(() => weightSampler({ kind: 'rank-order', ranks: [1, 0] }, 2, r)).toThrow(
      /weights\.ranks\[1\]/,
    );
    expect(() => weightSampler({ kind: 'exact', weights: [1, -1] }, 2, r)).toThrow(
      /weights\.weights\[1\]/,
    );
  });
});
