/**
 * The seeded generator the stochastic engines draw from. Its uniforms are the project's
 * mulberry32 (the same sequence as seededRandom in demo/seeded-random.ts, a test checks
 * that), kept here with its state in reach so SMAA can fill a buffer of uniforms in one
 * tight loop; exponential and Gaussian draws are built on it. Same seed, same draws, on
 * every machine: a published SMAA result can be re-run exactly.
 */
export interface WeighingRandom {
  /** uniform in [0, 1) */
  uniform(): number;
  /** the next `count` uniforms into `out` from `offset`, identical to `count` uniform() calls */
  fillUniform(out: Float64Array, offset: number, count: number): void;
  /** standard exponential, −ln(1 − U) */
  exponential(): number;
  /** standard normal, Marsaglia's polar method */
  normal(): number;
}

export function weighingRandom(seed: number): WeighingRandom {
  let state = seed >>> 0;
  const uniform = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let spare = 0;
  let hasSpare = false;
  return {
    uniform,
    fillUniform: (out, offset, count) => {
      let s = state;
      const end = offset + count;
      for (let k = offset; k < end; k++) {
        s = (s + 0x6d2b79f5) >>> 0;
        let t = s;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        out[k] = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      }
      state = s;
    },
    exponential: () => -Math.log(1 - uniform()),
    normal: () => {
      if (hasSpare) {
        hasSpare = false;
        return spare;
      }
      let u: number;
      let v: number;
      let s: number;
      do {
        u = 2 * uniform() - 1;
        v = 2 * uniform() - 1;
        s = u * u + v * v;
      } while (s >= 1 || s === 0);
      const f = Math.sqrt((-2 * Math.log(s)) / s);
      spare = v * f;
      hasSpare = true;
      return u * f;
    },
  };
}
