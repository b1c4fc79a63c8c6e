import { describe, expect, it } from 'vitest';
import { aggregateComposite, normaliseWeights } from './composite-aggregation.ts';

describe('composite aggregation', () => {
  it('arithmetic: terms add up to the index', () => {
    const a = aggregateComposite('arithmetic', [0.2, 0.8], [0.5, 0.25]);
    expect(a).toEqual({ value: 0.30000000000000004, terms: [0.1, 0.2], termScale: 'index' });
  });

  it('geometric: a weighted geometric mean whose log-terms add up to ln(index)', () => {
    const g = aggregateComposite('geometric', [0.5, 0.5], [4, 9]);
    expect(g.value).toBeCloseTo(6, 12);
    expect(g.terms[0]! + g.terms[1]!).toBeCloseTo(Math.log(6), 12);
    // less compensatory than the arithmetic mean (6.5) of the same values
    expect(g.value).toBeLessThan(aggregateComposite('arithmetic', [0.5, 0.5], [4, 9]).value);
  });

  it('refuses a value of 0 or below under geometric aggregation instead of returning 0', () => {
    expect(() => aggregateComposite('geometric', [0.5, 0.5], [0, 9])).toThrow(/≤ 0/);
    expect(() => aggregateComposite('geometric', [0.5, 0.5], [-1, 9])).toThrow(/≤ 0/);
  });

  it('divides weights by their sum', () => {
    expect(normaliseWeights([3, 1])).toEqual([0.75, 0.25]);
  });
});
