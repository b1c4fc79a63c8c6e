import type { CompositeAggregation } from './composite-definition.ts';

/**
 * Aggregation (OECD/JRC Handbook, Step 6) of normalised values with weights that sum to 1:
 * - arithmetic: I = Σ wᵢ·vᵢ — fully compensatory: a loss on one indicator is bought back by
 *   an equal weighted gain on another;
 * - geometric: I = Π vᵢ^wᵢ — less compensatory: a low value weighs more, which the handbook
 *   recommends when a fall on one indicator should not be offset by gains elsewhere. It needs
 *   every vᵢ > 0: a 0 makes I = 0 whatever the rest, and a negative value has no real root.
 *   That caveat is enforced, not worked around (composite-definition.ts refuses z-scores and a
 *   min-max floor of 0; a non-positive value of a region is reported).
 *
 * `terms` add up to the index (arithmetic) or to its natural logarithm (geometric): each
 * indicator's contribution, so the page can show what moves the index.
 */
export interface Aggregated {
  value: number;
  terms: number[];
  termScale: 'index' | 'log-index';
}

export function aggregateComposite(
  aggregation: CompositeAggregation,
  weights: readonly number[],
  values: readonly number[],
): Aggregated {
  switch (aggregation) {
    case 'arithmetic': {
      const terms = values.map((v, i) => weights[i]! * v);
      return { value: terms.reduce((a, b) => a + b, 0), terms, termScale: 'index' };
    }
    case 'geometric': {
      const bad = values.findIndex((v) => !(v > 0));
      if (bad >= 0) {
        throw new Error(`geometric aggregation of a value ≤ 0 (${values[bad]}) at position ${bad}`);
      }
      const terms = values.map((v, i) => weights[i]! * Math.log(v));
      return { value: Math.exp(terms.reduce((a, b) => a + b, 0)), terms, termScale: 'log-index' };
    }
    default: {
      const unreachable: never = aggregation;
      throw new Error(`unknown aggregation ${String(unreachable)}`);
    }
  }
}

/** Weights divided by their sum. */
export function normaliseWeights(weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / sum);
}
