/**
 * The few probability distributions the trend test needs, written out so that the core stays
 * free of dependencies and every p-value can be traced to a formula:
 * - Student's t through the regularised incomplete beta function (Numerical Recipes, 3rd ed.,
 *   §6.4 and §6.14: A(t|ν) = 1 − I_{ν/(ν+t²)}(ν/2, ½));
 * - the standard normal through the regularised incomplete gamma function
 *   (erfc(x) = Q(½, x²), ibid. §6.2);
 * - the exact null distribution of Kendall's S for n values without ties: S = (n(n−1)/2) − 2D
 *   where D, the number of inversions of a random permutation, has the Mahonian distribution
 *   (Kendall & Gibbons, Rank Correlation Methods, 5th ed., 1990, ch. 4).
 * Checked against SciPy 1.17 in distributions.test.ts to 1e-12.
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9: about 15 significant digits). */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + 7.5;
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const EPS = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 500;

/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) return h;
  }
  throw new Error(`incomplete beta did not converge for a=${a}, b=${b}, x=${x}`);
}

/** The regularised incomplete beta function I_x(a, b), 0 ≤ x ≤ 1. */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(
    lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x),
  );
  // the continued fraction converges fast only on one side of the mean
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(a, b, x)) / a
    : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(|T| ≥ |t|) for Student's t with ν degrees of freedom. */
export function studentTTwoSidedP(t: number, degreesOfFreedom: number): number {
  if (!Number.isFinite(t)) return 0;
  return regularizedIncompleteBeta(
    degreesOfFreedom / (degreesOfFreedom + t * t),
    degreesOfFreedom / 2,
    0.5,
  );
}

/** The regularised upper incomplete gamma function Q(a, x). */
function upperIncompleteGamma(a: number, x: number): number {
  if (x <= 0) return 1;
  const gln = lnGamma(a);
  if (x < a + 1) {
    // series for P(a, x), then Q = 1 − P
    let ap = a;
    let sum = 1 / a;
    let del = sum;
    for (let n = 0; n < MAX_ITERATIONS; n++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * EPS) break;
    }
    return 1 - sum * Math.exp(-x + a * Math.log(x) - gln);
  }
  // continued fraction for Q(a, x) (modified Lentz)
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.exp(-x + a * Math.log(x) - gln) * h;
}

/** P(|Z| ≥ |z|) for a standard normal Z. */
export function normalTwoSidedP(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  return upperIncompleteGamma(0.5, x * x);
}

/**
 * The exact two-sided p-value of Kendall's S for n values without ties: twice the probability
 * of an S at least as far from 0 as the one observed, capped at 1.
 */
export function kendallExactTwoSidedP(s: number, n: number): number {
  const total = (n * (n - 1)) / 2;
  // S = total − 2·D: the inversions D of the observed order
  const inversions = Math.round((total - s) / 2);
  const tail = Math.min(inversions, total - inversions);
  return Math.min(1, 2 * inversionsCumulative(n)[tail]!);
}

/**
 * cumulative[k] = P(D ≤ k) for the inversions D of a random permutation of n, kept per n: a
 * dashboard tests many series of the same length
 */
const cumulativeByN = new Map<number, Float64Array>();

function inversionsCumulative(n: number): Float64Array {
  const known = cumulativeByN.get(n);
  if (known) return known;
  // dist[k] = P(D = k) for permutations of m, built up from m = 1 (Mahonian numbers / m!)
  let dist = new Float64Array(1).fill(1);
  for (let m = 2; m <= n; m++) {
    const maxK = (m * (m - 1)) / 2;
    const next = new Float64Array(maxK + 1);
    // next[k] = (1/m) Σ_{j=0}^{m−1} dist[k − j], by a running window sum
    let window = 0;
    for (let k = 0; k <= maxK; k++) {
      if (k < dist.length) window += dist[k]!;
      if (k - m >= 0 && k - m < dist.length) window -= dist[k - m]!;
      next[k] = window / m;
    }
    dist = next;
  }
  const cumulative = new Float64Array(dist.length);
  let sum = 0;
  for (let k = 0; k < dist.length; k++) cumulative[k] = sum += dist[k]!;
  cumulativeByN.set(n, cumulative);
  return cumulative;
}

/** The smallest p-value the exact Kendall test can give with n values: 2/n!. */
export function kendallSmallestP(n: number): number {
  let factorial = 1;
  for (let k = 2; k <= n; k++) factorial *= k;
  return Math.min(1, 2 / factorial);
}
