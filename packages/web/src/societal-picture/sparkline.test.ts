import { describe, expect, it } from 'vitest';
import { sparklinePoints } from './sparkline.ts';

describe('sparkline', () => {
  it('runs from the oldest value at the left to the newest at the right, high values up', () => {
    expect(sparklinePoints([1, 3, 2], 100, 20, 0)).toEqual([
      [0, 20],
      [50, 0],
      [100, 10],
    ]);
  });

  it('puts a flat series in the middle and draws nothing without values', () => {
    expect(sparklinePoints([4, 4], 10, 10, 0).map(([, y]) => y)).toEqual([5, 5]);
    expect(sparklinePoints([], 10, 10)).toEqual([]);
  });

  it('draws two lines on one shared scale', () => {
    const range = { min: 0, max: 10 };
    expect(sparklinePoints([5], 10, 10, 0, range)).toEqual([[0, 5]]);
    expect(sparklinePoints([10, 0], 10, 10, 0, range)).toEqual([
      [0, 0],
      [10, 10],
    ]);
  });
});
