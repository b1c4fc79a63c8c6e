import type { InvalidParam } from '../errors/domain-error.ts';
import { assertValid } from './decision-matrix.ts';
import type { CriterionDirection } from './decision-matrix.ts';

/**
 * A value function turns a criterion's measurement (in its own unit) into a partial value
 * on 0..1, where 1 is best. Multi-attribute value theory needs one per criterion before
 * weights mean anything: a weight is the value of the swing from 0 to 1 on that scale.
 *
 * Every value function states a reference level: a named point on the measurement scale
 * the judgement is anchored to (for example "no measures in force" or "the OMT's required
 * effectiveness"), so a reader of the advice knows what a value of 0.6 is relative to.
 */
export interface ReferenceLevel {
  /** the measurement at the reference point, in the criterion's unit */
  level: number;
  /** what the reference point is, in words a reader of the advice understands */
  description: string;
}

export interface ValuePoint {
  x: number;
  value: number;
}

export type ValueFunction =
  | {
      kind: 'linear';
      /** measurement with value 0 */
      worst: number;
      /** measurement with value 1; below `worst` for a cost criterion */
      best: number;
      reference: ReferenceLevel;
    }
  | {
      kind: 'piecewise-linear';
      /** strictly increasing in x; values in 0..1; flat beyond the first and last point */
      points: ValuePoint[];
      reference: ReferenceLevel;
    };

export const VALUE_FUNCTION_KINDS = ['linear', 'piecewise-linear'] as const;

export function validateValueFunction(fn: ValueFunction, name = 'valueFunction'): InvalidParam[] {
  const problems: InvalidParam[] = [];
  const ref = fn.reference as ReferenceLevel | undefined;
  if (!ref || !Number.isFinite(ref.level))
    problems.push({ name: `${name}.reference.level`, reason: 'must be a finite number' });
  if (!ref || typeof ref.description !== 'string' || ref.description.trim() === '')
    problems.push({
      name: `${name}.reference.description`,
      reason: 'must say what the reference level is',
    });
  switch (fn.kind) {
    case 'linear':
      if (!Number.isFinite(fn.worst))
        problems.push({
          name: `${name}.worst`,
          reason: 'must be a finite number',
          value: fn.worst,
        });
      if (!Number.isFinite(fn.best))
        problems.push({ name: `${name}.best`, reason: 'must be a finite number', value: fn.best });
      if (Number.isFinite(fn.worst) && fn.worst === fn.best)
        problems.push({ name: `${name}.best`, reason: 'must differ from worst', value: fn.best });
      break;
    case 'piecewise-linear':
      if (!Array.isArray(fn.points) || fn.points.length < 2) {
        problems.push({ name: `${name}.points`, reason: 'needs at least two points' });
        break;
      }
      fn.points.forEach((p, k) => {
        if (!Number.isFinite(p.x))
          problems.push({
            name: `${name}.points[${k}].x`,
            reason: 'must be a finite number',
            value: p.x,
          });
        if (!Number.isFinite(p.value) || p.value < 0 || p.value > 1)
          problems.push({
            name: `${name}.points[${k}].value`,
            reason: 'must be between 0 and 1',
            value: p.value,
          });
        const prev = fn.points[k - 1];
        if (prev && !(p.x > prev.x))
          problems.push({
            name: `${name}.points[${k}].x`,
            reason: 'must be greater than the previous point',
            value: p.x,
          });
      });
      break;
    default: {
      const unreachable: never = fn;
      problems.push({
        name: `${name}.kind`,
        reason: `must be one of ${VALUE_FUNCTION_KINDS.join(', ')}`,
        value: (unreachable as { kind: unknown }).kind,
      });
    }
  }
  return problems;
}

/** The partial value (0..1) of a measurement; the function must be valid. */
export function evaluateValueFunction(fn: ValueFunction, x: number): number {
  switch (fn.kind) {
    case 'linear': {
      const v = (x - fn.worst) / (fn.best - fn.worst);
      return v <= 0 ? 0 : v >= 1 ? 1 : v;
    }
    case 'piecewise-linear': {
      const pts = fn.points;
      const first = pts[0] as ValuePoint;
      const last = pts[pts.length - 1] as ValuePoint;
      if (x <= first.x) return first.value;
      if (x >= last.x) return last.value;
      for (let k = 1; k < pts.length; k++) {
        const b = pts[k] as ValuePoint;
        if (x <= b.x) {
          const a = pts[k - 1] as ValuePoint;
          return a.value + ((x - a.x) / (b.x - a.x)) * (b.value - a.value);
        }
      }
      return last.value;
    }
    default: {
      const unreachable: never = fn;
      throw new Error(`unknown value function ${String(unreachable)}`);
    }
  }
}

/**
 * The default when nobody has judged the scale yet: linear over the observed range, worst
 * observed = 0 and best observed = 1. The reference is the worst observed level, and says so.
 */
export function rangeValueFunction(
  direction: CriterionDirection,
  observed: readonly number[],
): ValueFunction {
  const min = Math.min(...observed);
  const max = Math.max(...observed);
  // a constant column would make a 0/0 scale; a unit-wide range keeps it defined and flat
  const hi = max > min ? max : min + 1;
  const worst = direction === 'benefit' ? min : hi;
  const best = direction === 'benefit' ? hi : min;
  return {
    kind: 'linear',
    worst,
    best,
    reference: {
      level: worst,
      description: 'worst level observed among the packages (default scale, not yet judged)',
    },
  };
}

/** Applies one value function per criterion to a performance matrix, after validating them. */
export function applyValueFunctions(
  performance: readonly (readonly number[])[],
  functions: readonly ValueFunction[],
): number[][] {
  const problems = functions.flatMap((fn, j) => validateValueFunction(fn, `valueFunctions[${j}]`));
  assertValid(problems, 'Invalid value functions');
  return performance.map((r) =>
    r.map((x, j) => evaluateValueFunction(functions[j] as ValueFunction, x)),
  );
}
