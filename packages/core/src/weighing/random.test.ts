import { describe, expect, it } from 'vitest';
import { seededRandom } from '../demo/seeded-random.ts';
import { weighingRandom } from './random.ts';

describe('weighing random', () => {
  it("draws the same uniforms as the project's seededRandom, one by one or in a buffer", () => {
    const a = seededRandom(42);
    const b = weighingRandom(42);
    const c = weighingRandom(42);
    const buffer = new Float64Array(100);
    c.fillUniform(buffer, 0, 100);
    for (let k = 0; k < 100; k++) {
      const x = a.next();
      expect(b.uniform()).toBe(x);
      expect(buffer[k]).toBe(x);
    }
  });

  it('normal draws have mean 0 and variance 1, exponentials mean 1', () => {
    const r = weighingRandom(7);
    const n = 50_000;
    let s = 0;
    let s2 = 0;
    let e = 0;
    for (let k = 0; k < n; k++) {
      const x = r.normal();
      s += x;
      s2 += x * x;
      e += r.exponential();
    }
    expect(Math.abs(s / n)).toBeLessThan(0.02);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.03);
    expect(Math.abs(e / n - 1)).toBeLessThan(0.02);
  });
});
