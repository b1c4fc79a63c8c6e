import { describe, expect, it } from 'vitest';
import { keptValue } from './kept-value.ts';

describe('a kept value', () => {
  it('reads once, then keeps the value until cleared', async () => {
    let reads = 0;
    const value = keptValue(async () => ++reads);
    expect(await value.get()).toBe(1);
    expect(await value.get()).toBe(1);
    value.clear();
    expect(await value.get()).toBe(2);
  });

  it('does not keep a value whose reading began before a clear', async () => {
    let release: (n: number) => void = () => undefined;
    let next = 0;
    const value = keptValue(() =>
      next++ === 0 ? new Promise<number>((r) => (release = r)) : Promise.resolve(42),
    );
    const slow = value.get();
    value.clear();
    release(7);
    expect(await slow).toBe(7); // that caller still gets its answer
    expect(await value.get()).toBe(42);
  });
});
