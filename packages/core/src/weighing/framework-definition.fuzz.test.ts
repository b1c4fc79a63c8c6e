import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  anyJson,
  fuzzParameters,
  fuzzTimeout,
  mutateAt,
  nastyCell,
} from '../../../../test-support/fuzz.ts';
import type { Json } from '../../../../test-support/fuzz.ts';
import { DomainError } from '../errors/domain-error.ts';
import { criterionLeaves, defaultCriteriaTree, validateCriteriaTree } from './criteria-tree.ts';
import type { CriteriaGroup } from './criteria-tree.ts';
import { validateWeightSetInput, weightSetWeights } from './framework-evaluation.ts';
import type { WeightSetInput } from './framework-evaluation.ts';

const leafIds = criterionLeaves(defaultCriteriaTree()).map((l) => l.id);
const number = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: 200 }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0),
);
const id = fc.oneof(fc.constantFrom(...leafIds), nastyCell);

/** Weight sets as a client might send them: right shape, wrong values, or no shape at all. */
const weightSetInput = fc.oneof(
  fc.record({
    method: fc.constant('direct'),
    points: fc.array(fc.record({ criterionId: id, points: number }), { maxLength: 8 }),
  }),
  fc.record({
    method: fc.constant('swing'),
    swings: fc.array(
      fc.record({ criterionId: id, worstLabel: nastyCell, bestLabel: nastyCell, points: number }),
      { maxLength: 8 },
    ),
  }),
  fc.record({
    method: fc.constant('ahp'),
    criterionIds: fc.array(id, { maxLength: 6 }),
    judgements: fc.array(fc.record({ a: id, b: id, value: number }), { maxLength: 10 }),
  }),
  fc.record({
    method: fc.constant('imprecise'),
    criterionIds: fc.array(id, { maxLength: 6 }),
    model: fc.oneof(
      fc.record({ kind: fc.constant('exact'), weights: fc.array(number, { maxLength: 6 }) }),
      fc.record({ kind: fc.constant('none') }),
      fc.record({
        kind: fc.constant('intervals'),
        bounds: fc.array(fc.record({ low: number, high: number }), { maxLength: 6 }),
      }),
      fc.record({ kind: fc.constant('rank-order'), ranks: fc.array(number, { maxLength: 6 }) }),
      anyJson,
    ),
  }),
  fc.dictionary(fc.constantFrom('method', 'points', 'swings', 'criterionIds', 'model'), anyJson),
  anyJson,
);

/**
 * Framework definitions straight from request bodies: validation never throws, it names
 * every problem by path; and what passes validation can be weighed without a crash.
 * FUZZ_RUNS=20000 runs the long form.
 */
describe('framework definition fuzzing (core)', { timeout: fuzzTimeout }, () => {
  it('criteria trees: validation answers with paths, never throws', () => {
    const base = defaultCriteriaTree() as unknown as Json;
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(), { maxLength: 6 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.oneof(anyJson, nastyCell) as fc.Arbitrary<Json>, {
          minLength: 3,
          maxLength: 3,
        }),
        (paths, values) => {
          const tree = paths.reduce<Json>((t, p, k) => mutateAt(t, p, values[k]!), base);
          const problems = validateCriteriaTree(tree as unknown as CriteriaGroup);
          for (const p of problems) expect(p.name).toMatch(/^tree/);
          if (problems.length === 0)
            expect(criterionLeaves(tree as unknown as CriteriaGroup).length).toBeGreaterThan(0);
        },
      ),
      fuzzParameters(3000),
    );
  });

  it('weight sets: validation names the field; what it accepts is weighed without a crash', () => {
    fc.assert(
      fc.property(weightSetInput, (input) => {
        const problems = validateWeightSetInput(input as WeightSetInput, leafIds);
        for (const p of problems) expect(p.name).toMatch(/^input/);
        try {
          const result = weightSetWeights(input as WeightSetInput, leafIds);
          expect(problems).toEqual([]);
          expect(result.weights).toHaveLength(leafIds.length);
          for (const w of result.weights) expect(Number.isFinite(w)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
        }
      }),
      fuzzParameters(3000),
    );
  });
});
