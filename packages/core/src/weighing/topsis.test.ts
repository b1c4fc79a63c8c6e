import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { topsis } from './topsis.ts';
import type { DecisionMatrix } from './decision-matrix.ts';

/**
 * Published worked example: Hwang, C.-L. & Yoon, K. (1981). Multiple Attribute Decision
 * Making: Methods and Applications. Springer, pp. 133–134 — the fighter-aircraft selection
 * (A1..A4; maximum speed, ferry range, maximum payload, purchase cost (cost), reliability,
 * maneuverability; weights 0.2, 0.1, 0.1, 0.1, 0.2, 0.3). The printed intermediate values
 * and closeness coefficients C* = 0.643, 0.268, 0.613, 0.312 are as transcribed by a
 * TypeScript MCDA library's comparison example; we did not open the book ourselves.
 */
const aircraft: DecisionMatrix = {
  alternatives: ['A1', 'A2', 'A3', 'A4'],
  criteria: [
    { id: 'speed', direction: 'benefit' },
    { id: 'range', direction: 'benefit' },
    { id: 'payload', direction: 'benefit' },
    { id: 'cost', direction: 'cost' },
    { id: 'reliability', direction: 'benefit' },
    { id: 'maneuverability', direction: 'benefit' },
  ],
  performance: [
    [2.0, 1500, 20000, 5.5, 5, 9],
    [2.5, 2700, 18000, 6.5, 3, 5],
    [1.8, 2000, 21000, 4.5, 7, 7],
    [2.2, 1800, 20000, 5.0, 5, 5],
  ],
};
const weights = [0.2, 0.1, 0.1, 0.1, 0.2, 0.3];

describe('TOPSIS against Hwang & Yoon (1981), fighter aircraft', () => {
  const result = topsis(aircraft, weights);

  // the book rounds every intermediate step to 4 decimals, so its 3-decimal closeness can
  // be off by one in the last digit (A3: 0.6135 unrounded against 0.613 printed)
  it('reproduces the published relative closeness and ranking', () => {
    [0.643, 0.268, 0.613, 0.312].forEach((c, i) =>
      expect(Math.abs(result.closeness[i]! - c)).toBeLessThan(1e-3),
    );
    expect(result.ranking.map((r) => r.alternativeId)).toEqual(['A1', 'A3', 'A4', 'A2']);
  });

  it('shows its working: the published ideal, anti-ideal and distances (4 decimals)', () => {
    const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(2e-4);
    [0.1168, 0.0659, 0.0531, 0.0414, 0.1347, 0.2012].forEach((x, j) => near(result.ideal[j]!, x));
    [0.0841, 0.0366, 0.0455, 0.0598, 0.0577, 0.1118].forEach((x, j) =>
      near(result.antiIdeal[j]!, x),
    );
    [0.0545, 0.1197, 0.058, 0.1009].forEach((x, i) =>
      expect(result.distanceToIdeal[i]).toBeCloseTo(x, 3),
    );
    [0.0983, 0.0439, 0.092, 0.0458].forEach((x, i) =>
      expect(result.distanceToAntiIdeal[i]).toBeCloseTo(x, 3),
    );
    expect(result.normalized[0]![0]).toBeCloseTo(0.4671, 4);
  });
});

describe('TOPSIS input errors', () => {
  it('rejects NaN, negative weights and wrong dimensions with located messages', () => {
    const bad = {
      ...aircraft,
      performance: aircraft.performance.map((r, i) => (i === 2 ? [...r.slice(0, 5), NaN] : r)),
    };
    expect(() => topsis(bad, weights)).toThrow(/performance\[2\]\[5\]/);
    expect(() => topsis(aircraft, [0.2, -0.1, 0.1, 0.1, 0.2, 0.3])).toThrow(
      /weights\[1\] must not be negative/,
    );
    expect(() => topsis(aircraft, [1, 1])).toThrow(DomainError);
  });
});
