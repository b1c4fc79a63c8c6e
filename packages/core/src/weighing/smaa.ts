import type { InvalidParam } from '../errors/domain-error.ts';
import { assertValid, validateDecisionMatrix } from './decision-matrix.ts';
import type { DecisionMatrix } from './decision-matrix.ts';
import { validateImpreciseWeights, weightSampler } from './imprecise-weights.ts';
import type { ImpreciseWeights } from './imprecise-weights.ts';
import { weighingRandom } from './random.ts';
import type { WeighingRandom } from './random.ts';
import { rangeValueFunction, validateValueFunction } from './value-function.ts';
import type { ValueFunction } from './value-function.ts';

/**
 * SMAA-2 (Lahdelma & Salminen 2001) with an additive value model: draw weight vectors
 * uniformly from what is known about the weights (and, optionally, performances from
 * their uncertainty), rank the packages each time, and report
 * - rank acceptability b_i^r: the share of draws in which package i takes rank r;
 * - central weight vector w_i^c: the mean weights of the draws in which i ranks first,
 *   the "typical" preferences that make it win;
 * - confidence factor p_i^c: the share of performance draws in which i ranks first when
 *   the weights are fixed at its central weights (1 or 0 without score uncertainty).
 *
 * Draw order per sample (a reproduction with the same seed must follow it): the weight
 * vector, then one uniform per uniform/triangular cell in row-major order, then one normal
 * per normal cell in row-major order. Equal scores go to the package listed first, so each
 * rank is taken by exactly one package per draw.
 */
export type CellUncertainty =
  | { kind: 'uniform'; low: number; high: number }
  /** the mode is the cell's central performance */
  | { kind: 'triangular'; low: number; high: number }
  | { kind: 'normal'; sd: number };

export interface SmaaInput {
  /** central performances */
  matrix: DecisionMatrix;
  weights: ImpreciseWeights;
  /** one per criterion; default linear over everything a draw can reach */
  valueFunctions?: readonly ValueFunction[];
  /** per cell, null or absent for an exact value */
  uncertainty?: readonly (readonly (CellUncertainty | null)[])[];
  /** weight (and performance) draws; default 10,000 */
  samples?: number;
  /** performance draws per confidence factor; default = samples */
  confidenceSamples?: number;
  seed: number;
}

export interface SmaaResult {
  method: 'smaa-2';
  alternatives: string[];
  criterionIds: string[];
  samples: number;
  confidenceSamples: number;
  seed: number;
  weightModel: ImpreciseWeights;
  scoreUncertainty: boolean;
  valueFunctions: ValueFunction[];
  /** rankAcceptability[i][r]: share of draws in which alternative i has rank r + 1 */
  rankAcceptability: number[][];
  /** null for an alternative that never ranks first */
  centralWeights: (number[] | null)[];
  confidenceFactors: (number | null)[];
}

export const SMAA_DEFAULT_SAMPLES = 10_000;
export const SMAA_MAX_SAMPLES = 1_000_000;

export function smaa(input: SmaaInput): SmaaResult {
  const problems = validateSmaaInput(input);
  assertValid(problems, 'Invalid SMAA input');
  const { matrix } = input;
  const m = matrix.alternatives.length;
  const n = matrix.criteria.length;
  const samples = input.samples ?? SMAA_DEFAULT_SAMPLES;
  const confidenceSamples = input.confidenceSamples ?? samples;
  const random = weighingRandom(input.seed);
  const sampleWeights = weightSampler(input.weights, n, random);

  const fns =
    input.valueFunctions ??
    matrix.criteria.map((c, j) =>
      rangeValueFunction(c.direction, reachable(matrix, input.uncertainty, j)),
    );
  const sim = compile(matrix, fns, input.uncertainty);
  const scoreUncertainty = sim.uCell.length + sim.nCell.length > 0;

  // --- main loop: typed arrays throughout, nothing allocated per sample ---
  const w = new Float64Array(n);
  const scores = new Float64Array(m);
  const order = Int32Array.from({ length: m }, (_, i) => i);
  const work: SortWork = { start: new Int32Array(BUCKETS + 1), bucketOf: new Int32Array(m) };
  const counts = new Float64Array(m * m);
  const central = new Float64Array(m * n);
  for (let s = 0; s < samples; s++) {
    sampleWeights(w);
    if (scoreUncertainty) redraw(sim, random);
    scoreAll(sim.values, w, scores, m, n);
    sortByScore(scores, order, work, m);
    tally(order, w, counts, central, m, n);
  }

  // --- central weights and confidence factors ---
  const rankAcceptability = Array.from({ length: m }, (_, i) =>
    Array.from(counts.subarray(i * m, i * m + m), (c) => c / samples),
  );
  const centralWeights: (number[] | null)[] = Array.from({ length: m }, (_, i) => {
    const firsts = counts[i * m]!;
    return firsts > 0 ? Array.from(central.subarray(i * n, i * n + n), (x) => x / firsts) : null;
  });
  const candidates = Int32Array.from(centralWeights.flatMap((cw, i) => (cw ? [i] : [])));
  const candidateWeights = Float64Array.from(centralWeights.flatMap((cw) => cw ?? []));
  const wins = new Float64Array(m);
  const rounds = scoreUncertainty ? confidenceSamples : 1;
  for (let s = 0; s < rounds; s++) {
    if (scoreUncertainty) redraw(sim, random);
    confidenceRound(sim.values, candidates, candidateWeights, wins, m, n);
  }
  return {
    method: 'smaa-2',
    alternatives: [...matrix.alternatives],
    criterionIds: matrix.criteria.map((c) => c.id),
    samples,
    confidenceSamples: rounds,
    seed: input.seed,
    weightModel: input.weights,
    scoreUncertainty,
    valueFunctions: [...fns],
    rankAcceptability,
    centralWeights,
    confidenceFactors: centralWeights.map((cw, i) => (cw ? wins[i]! / rounds : null)),
  };
}

/**
 * Everything the simulation touches, flattened into typed arrays once. The hot functions
 * below take it (or its arrays) as arguments, so the engine optimises each on its own.
 */
interface Simulation {
  n: number;
  /** 1: linear value function (worst, span); 0: piecewise (table) */
  linear: Uint8Array;
  worst: Float64Array;
  span: Float64Array;
  tables: ({ xs: Float64Array; vs: Float64Array } | null)[];
  /** current partial values, row-major */
  values: Float64Array;
  uCell: Int32Array;
  uColumn: Int32Array;
  uTriangular: Uint8Array;
  uLow: Float64Array;
  uHigh: Float64Array;
  /** high − low, mode − low, high − mode and the CDF at the mode, as the formulas use them */
  uWidth: Float64Array;
  uBelow: Float64Array;
  uAbove: Float64Array;
  uModeCdf: Float64Array;
  uniforms: Float64Array;
  nCell: Int32Array;
  nColumn: Int32Array;
  nMean: Float64Array;
  nSd: Float64Array;
}

function compile(
  matrix: DecisionMatrix,
  fns: readonly ValueFunction[],
  uncertainty: SmaaInput['uncertainty'],
): Simulation {
  const m = matrix.alternatives.length;
  const n = matrix.criteria.length;
  const sim: Simulation = {
    n,
    linear: new Uint8Array(n),
    worst: new Float64Array(n),
    span: new Float64Array(n),
    tables: fns.map((fn) =>
      fn.kind === 'piecewise-linear'
        ? {
            xs: Float64Array.from(fn.points, (p) => p.x),
            vs: Float64Array.from(fn.points, (p) => p.value),
          }
        : null,
    ),
    values: new Float64Array(m * n),
    uCell: new Int32Array(0),
    uColumn: new Int32Array(0),
    uTriangular: new Uint8Array(0),
    uLow: new Float64Array(0),
    uHigh: new Float64Array(0),
    uWidth: new Float64Array(0),
    uBelow: new Float64Array(0),
    uAbove: new Float64Array(0),
    uModeCdf: new Float64Array(0),
    uniforms: new Float64Array(0),
    nCell: new Int32Array(0),
    nColumn: new Int32Array(0),
    nMean: new Float64Array(0),
    nSd: new Float64Array(0),
  };
  fns.forEach((fn, j) => {
    if (fn.kind !== 'linear') return;
    // the same arithmetic as evaluateValueFunction, so both give bit-identical values
    sim.linear[j] = 1;
    sim.worst[j] = fn.worst;
    sim.span[j] = fn.best - fn.worst;
  });
  const ranged: { cell: number; u: Exclude<CellUncertainty, { kind: 'normal' }>; mode: number }[] =
    [];
  const normal: { cell: number; sd: number; mean: number }[] = [];
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      const x = matrix.performance[i]![j]!;
      sim.values[i * n + j] = valueOf(sim, j, x);
      const u = uncertainty?.[i]?.[j];
      if (!u) continue;
      if (u.kind === 'normal') normal.push({ cell: i * n + j, sd: u.sd, mean: x });
      else ranged.push({ cell: i * n + j, u, mode: x });
    }
  sim.uCell = Int32Array.from(ranged, (r) => r.cell);
  sim.uColumn = Int32Array.from(ranged, (r) => r.cell % n);
  sim.uTriangular = Uint8Array.from(ranged, (r) => (r.u.kind === 'triangular' ? 1 : 0));
  sim.uLow = Float64Array.from(ranged, (r) => r.u.low);
  sim.uHigh = Float64Array.from(ranged, (r) => r.u.high);
  sim.uWidth = Float64Array.from(ranged, (r) => r.u.high - r.u.low);
  sim.uBelow = Float64Array.from(ranged, (r) => r.mode - r.u.low);
  sim.uAbove = Float64Array.from(ranged, (r) => r.u.high - r.mode);
  sim.uModeCdf = Float64Array.from(ranged, (r) =>
    r.u.high > r.u.low ? (r.mode - r.u.low) / (r.u.high - r.u.low) : 0,
  );
  sim.uniforms = new Float64Array(ranged.length);
  sim.nCell = Int32Array.from(normal, (r) => r.cell);
  sim.nColumn = Int32Array.from(normal, (r) => r.cell % n);
  sim.nMean = Float64Array.from(normal, (r) => r.mean);
  sim.nSd = Float64Array.from(normal, (r) => r.sd);
  return sim;
}

function valueOf(sim: Simulation, j: number, x: number): number {
  if (sim.linear[j] === 1) {
    const v = (x - sim.worst[j]!) / sim.span[j]!;
    return v <= 0 ? 0 : v >= 1 ? 1 : v;
  }
  const { xs, vs } = sim.tables[j]!;
  const last = xs.length - 1;
  if (x <= xs[0]!) return vs[0]!;
  if (x >= xs[last]!) return vs[last]!;
  let k = 1;
  while (x > xs[k]!) k++;
  return vs[k - 1]! + ((x - xs[k - 1]!) / (xs[k]! - xs[k - 1]!)) * (vs[k]! - vs[k - 1]!);
}

/**
 * New performances for the uncertain cells, in the documented draw order. The arithmetic
 * follows the textbook formulas term by term (inverse CDF of the uniform and triangular
 * distributions) so that a plain re-implementation draws bit-identical values.
 */
function redraw(sim: Simulation, random: WeighingRandom): void {
  const {
    uCell,
    uColumn,
    uTriangular,
    uLow,
    uHigh,
    uWidth,
    uBelow,
    uAbove,
    uModeCdf,
    uniforms,
    values,
  } = sim;
  const count = uCell.length;
  random.fillUniform(uniforms, 0, count);
  for (let k = 0; k < count; k++) {
    const p = uniforms[k]!;
    const x =
      uTriangular[k] === 0
        ? uLow[k]! + uWidth[k]! * p
        : p < uModeCdf[k]!
          ? uLow[k]! + Math.sqrt(p * uWidth[k]! * uBelow[k]!)
          : uHigh[k]! - Math.sqrt((1 - p) * uWidth[k]! * uAbove[k]!);
    values[uCell[k]!] = valueOf(sim, uColumn[k]!, x);
  }
  const { nCell, nColumn, nMean, nSd } = sim;
  for (let k = 0; k < nCell.length; k++)
    values[nCell[k]!] = valueOf(sim, nColumn[k]!, nMean[k]! + nSd[k]! * random.normal());
}

/**
 * Scores V·w, four packages at a time so each weight is loaded once per four products
 * (about twice as fast here); every score still sums its terms in criterion order, so the
 * result is bit-identical to the plain loop.
 */
function scoreAll(
  values: Float64Array,
  w: Float64Array,
  scores: Float64Array,
  m: number,
  n: number,
): void {
  let i = 0;
  for (; i + 3 < m; i += 4) {
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    const b0 = i * n;
    const b1 = b0 + n;
    const b2 = b1 + n;
    const b3 = b2 + n;
    for (let j = 0; j < n; j++) {
      const wj = w[j]!;
      a0 += wj * values[b0 + j]!;
      a1 += wj * values[b1 + j]!;
      a2 += wj * values[b2 + j]!;
      a3 += wj * values[b3 + j]!;
    }
    scores[i] = a0;
    scores[i + 1] = a1;
    scores[i + 2] = a2;
    scores[i + 3] = a3;
  }
  for (; i < m; i++) {
    let acc = 0;
    const base = i * n;
    for (let j = 0; j < n; j++) acc += w[j]! * values[base + j]!;
    scores[i] = acc;
  }
}

/**
 * Ranks by descending score, lower index first on ties. A counting pass over 32 buckets
 * of the score range puts the packages in bucket order (bucket numbers are monotone in the
 * score), and insertion sorts fix the order inside the few buckets holding more than one:
 * about half the work of a plain insertion sort on 50 packages, with no comparator calls
 * as a native sort would need.
 */
const BUCKETS = 32;

function sortByScore(scores: Float64Array, order: Int32Array, work: SortWork, m: number): void {
  let lo = scores[0]!;
  let hi = lo;
  for (let i = 1; i < m; i++) {
    const s = scores[i]!;
    if (s < lo) lo = s;
    else if (s > hi) hi = s;
  }
  const { start, bucketOf } = work;
  const scale = hi > lo ? (BUCKETS - 1e-9) / (hi - lo) : 0;
  start.fill(0);
  for (let i = 0; i < m; i++) {
    const b = BUCKETS - 1 - Math.floor((scores[i]! - lo) * scale);
    bucketOf[i] = b;
    start[b + 1]! += 1;
  }
  for (let b = 0; b < BUCKETS; b++) start[b + 1]! += start[b]!;
  for (let i = 0; i < m; i++) order[start[bucketOf[i]!]!++] = i;
  // start[b] now marks the end of bucket b; only buckets holding two or more need sorting
  let begin = 0;
  for (let b = 0; b < BUCKETS; b++) {
    const end = start[b]!;
    for (let k = begin + 1; k < end; k++) {
      const id = order[k]!;
      const sc = scores[id]!;
      let p = k - 1;
      while (p >= begin) {
        const other = order[p]!;
        const so = scores[other]!;
        if (so > sc || (so === sc && other < id)) break;
        order[p + 1] = other;
        p--;
      }
      order[p + 1] = id;
    }
    begin = end;
  }
}

interface SortWork {
  start: Int32Array;
  bucketOf: Int32Array;
}

function tally(
  order: Int32Array,
  w: Float64Array,
  counts: Float64Array,
  central: Float64Array,
  m: number,
  n: number,
): void {
  for (let r = 0; r < m; r++) counts[order[r]! * m + r]! += 1;
  const cb = order[0]! * n;
  for (let j = 0; j < n; j++) central[cb + j]! += w[j]!;
}

/** Counts, per candidate, whether it ranks first at its own central weights on this draw. */
function confidenceRound(
  values: Float64Array,
  candidates: Int32Array,
  weights: Float64Array,
  wins: Float64Array,
  m: number,
  n: number,
): void {
  for (let c = 0; c < candidates.length; c++) {
    const i = candidates[c]!;
    const wb = c * n;
    let si = 0;
    for (let j = 0; j < n; j++) si += weights[wb + j]! * values[i * n + j]!;
    let top = true;
    for (let k = 0; k < m && top; k++) {
      if (k === i) continue;
      let sk = 0;
      const base = k * n;
      for (let j = 0; j < n; j++) sk += weights[wb + j]! * values[base + j]!;
      if (sk > si || (sk === si && k < i)) top = false;
    }
    if (top) wins[i]! += 1;
  }
}

function reachable(
  matrix: DecisionMatrix,
  uncertainty: SmaaInput['uncertainty'],
  j: number,
): number[] {
  return matrix.performance.flatMap((r, i) => {
    const x = r[j]!;
    const u = uncertainty?.[i]?.[j];
    if (!u) return [x];
    if (u.kind === 'normal') return [x - 3 * u.sd, x + 3 * u.sd];
    return [u.low, u.high];
  });
}

export function validateSmaaInput(input: SmaaInput): InvalidParam[] {
  const problems = validateDecisionMatrix(input.matrix);
  if (problems.length > 0) return problems;
  const m = input.matrix.alternatives.length;
  const n = input.matrix.criteria.length;
  problems.push(...validateImpreciseWeights(input.weights, n));
  if (!Number.isInteger(input.seed))
    problems.push({ name: 'seed', reason: 'must be a whole number', value: input.seed });
  for (const key of ['samples', 'confidenceSamples'] as const) {
    const v = input[key];
    if (v !== undefined && (!Number.isInteger(v) || v < 1 || v > SMAA_MAX_SAMPLES))
      problems.push({
        name: key,
        reason: `must be a whole number from 1 to ${SMAA_MAX_SAMPLES}`,
        value: v,
      });
  }
  if (input.valueFunctions) {
    if (input.valueFunctions.length !== n)
      problems.push({ name: 'valueFunctions', reason: `must have one per criterion (${n})` });
    else
      input.valueFunctions.forEach((fn, j) =>
        problems.push(...validateValueFunction(fn, `valueFunctions[${j}]`)),
      );
  }
  const unc = input.uncertainty;
  if (unc) {
    if (unc.length !== m)
      problems.push({ name: 'uncertainty', reason: `must have one row per alternative (${m})` });
    unc.forEach((r, i) => {
      if (r.length !== n) {
        problems.push({
          name: `uncertainty[${i}]`,
          reason: `must have one cell per criterion (${n})`,
        });
        return;
      }
      r.forEach((u, j) => {
        if (!u) return;
        const name = `uncertainty[${i}][${j}]`;
        const x = input.matrix.performance[i]![j]!;
        switch (u.kind) {
          case 'uniform':
          case 'triangular':
            if (!Number.isFinite(u.low) || !Number.isFinite(u.high) || u.low > x || u.high < x)
              problems.push({ name, reason: `needs finite low ≤ ${x} ≤ high`, value: u });
            break;
          case 'normal':
            if (!Number.isFinite(u.sd) || u.sd < 0)
              problems.push({ name: `${name}.sd`, reason: 'must be ≥ 0', value: u.sd });
            break;
          default: {
            const unreachable: never = u;
            problems.push({
              name: `${name}.kind`,
              reason: 'must be uniform, triangular or normal',
              value: unreachable,
            });
          }
        }
      });
    });
  }
  return problems;
}
