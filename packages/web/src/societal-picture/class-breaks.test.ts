import { describe, expect, it } from 'vitest';
import { classColors, classOf, fixedClassBounds, roundSignificant } from './class-breaks.ts';

describe('fixed class bounds for a choropleth', () => {
  it('rounds to two significant digits in the asked direction', () => {
    expect(roundSignificant(1234)).toBe(1200);
    expect(roundSignificant(1234, 'ceil')).toBe(1300);
    expect(roundSignificant(0.01234, 'floor')).toBe(0.012);
    expect(roundSignificant(-2.46, 'floor')).toBe(-2.5);
    expect(roundSignificant(0)).toBe(0);
  });

  it('splits skewed values at their quintiles, so one outlier does not blank the map', () => {
    const values = [...Array.from({ length: 99 }, (_, i) => 100 + i), 10_000];
    const bounds = fixedClassBounds(values)!;
    expect(bounds).toEqual([100, 120, 140, 160, 180, 10_000]);
    const classes = values.map((v) => classOf(v, bounds));
    for (let c = 0; c < 5; c++) expect(classes.filter((k) => k === c).length).toBeGreaterThan(15);
  });

  it('covers every value; the top class includes its upper bound', () => {
    const bounds = fixedClassBounds([3.2, 4.9, 7.3, 5.5, 12.1])!;
    expect(bounds[0]).toBeLessThanOrEqual(3.2);
    expect(bounds.at(-1)).toBeGreaterThanOrEqual(12.1);
    expect(classOf(3.2, bounds)).toBe(0);
    expect(classOf(12.1, bounds)).toBe(bounds.length - 2);
    expect(classOf(bounds.at(-1)!, bounds)).toBe(bounds.length - 2);
  });

  it('has fewer classes when values repeat, one when all are equal, none without values', () => {
    expect(fixedClassBounds([1, 1, 1, 1, 2])).toEqual([1, 1.2, 2]);
    expect(fixedClassBounds([5, 5])).toEqual([5, 5]);
    expect(classOf(5, [5, 5])).toBe(0);
    expect(fixedClassBounds([])).toBeNull();
  });

  it('darkens monotonically from light to dark', () => {
    const colors = classColors(5);
    expect(colors).toHaveLength(5);
    const red = colors.map((c) => Number(/rgb\((\d+)/.exec(c)![1]));
    expect([...red].sort((a, b) => b - a)).toEqual(red);
  });
});
