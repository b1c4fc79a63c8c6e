import { describe, expect, it } from 'vitest';
import {
  applyValueFunctions,
  evaluateValueFunction,
  rangeValueFunction,
  validateValueFunction,
} from './value-function.ts';
import type { ValueFunction } from './value-function.ts';

const reference = { level: 2, description: "the OMT's required effectiveness" };

describe('value functions', () => {
  it('linear: 0 at worst, 1 at best, clamped outside, also for a cost scale', () => {
    const harm: ValueFunction = { kind: 'linear', worst: 4, best: 0, reference };
    expect(evaluateValueFunction(harm, 4)).toBe(0);
    expect(evaluateValueFunction(harm, 0)).toBe(1);
    expect(evaluateValueFunction(harm, 1)).toBe(0.75);
    expect(evaluateValueFunction(harm, 9)).toBe(0);
    expect(evaluateValueFunction(harm, -1)).toBe(1);
  });

  it('piecewise linear: interpolates between points, flat beyond the ends', () => {
    // diminishing returns: the first step of effectiveness is worth the most
    const fn: ValueFunction = {
      kind: 'piecewise-linear',
      points: [
        { x: 0, value: 0 },
        { x: 2, value: 0.7 },
        { x: 4, value: 1 },
      ],
      reference,
    };
    expect(evaluateValueFunction(fn, 1)).toBeCloseTo(0.35, 12);
    expect(evaluateValueFunction(fn, 3)).toBeCloseTo(0.85, 12);
    expect(evaluateValueFunction(fn, -3)).toBe(0);
    expect(evaluateValueFunction(fn, 7)).toBe(1);
  });

  it('requires a documented reference level and a sound shape', () => {
    const noRef = {
      kind: 'linear',
      worst: 0,
      best: 1,
      reference: { level: 0, description: ' ' },
    } as ValueFunction;
    expect(validateValueFunction(noRef).map((p) => p.name)).toEqual([
      'valueFunction.reference.description',
    ]);
    const unsorted: ValueFunction = {
      kind: 'piecewise-linear',
      points: [
        { x: 1, value: 0 },
        { x: 1, value: 2 },
      ],
      reference,
    };
    expect(validateValueFunction(unsorted).map((p) => p.name)).toEqual([
      'valueFunction.points[1].value',
      'valueFunction.points[1].x',
    ]);
    expect(() =>
      applyValueFunctions([[1]], [{ kind: 'linear', worst: 1, best: 1, reference }]),
    ).toThrow(/valueFunctions\[0\]\.best must differ from worst/);
  });

  it('the default scale spans the observed range and says it is not yet judged', () => {
    const fn = rangeValueFunction('cost', [3, 1, 2]);
    expect(evaluateValueFunction(fn, 3)).toBe(0);
    expect(evaluateValueFunction(fn, 1)).toBe(1);
    expect(fn.reference.description).toMatch(/not yet judged/);
    // a constant column stays defined
    expect(evaluateValueFunction(rangeValueFunction('benefit', [2, 2]), 2)).toBe(0);
  });
});
