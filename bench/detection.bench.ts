import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { earsC, farringtonFlexible, seededRandom } from '@weegschaal/core';
import type { EarsMethod } from '@weegschaal/core';

/**
 * The early-warning engine (EARS C1–C3 and Farrington flexible in core) over 10,000 weekly
 * series of 5 years, against R's surveillance package on the same series in the same run.
 * R is slow enough (Farrington: most of a second per series) that it runs on the first
 * BENCH_DETECTION_R_EARS (1,000) and BENCH_DETECTION_R_FARRINGTON (20) series; ratios are
 * per series. Results are compared on the first BENCH_DETECTION_EARS_SAMPLE (500) series for
 * EARS and on all of R's Farrington series: alarms must be identical and upper bounds agree to
 * 1e-9 relative, or the benchmark fails.
 * Without Rscript and the surveillance package it says so and prints our timings only.
 *
 * Five years leave no room for R's default b = 5 (it needs 5 years before the first point):
 * Farrington runs with b = 3, w = 3, so 101 of the 260 weeks are monitored.
 */
const SERIES = Number(process.env['BENCH_DETECTION_SERIES'] ?? 10_000);
const WEEKS = 5 * 52;
const B = 3;
const W = 3;
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const R_EARS = Math.min(SERIES, Number(process.env['BENCH_DETECTION_R_EARS'] ?? 1_000));
const R_FARRINGTON = Math.min(SERIES, Number(process.env['BENCH_DETECTION_R_FARRINGTON'] ?? 20));
const EARS_SAMPLE = Math.min(R_EARS, Number(process.env['BENCH_DETECTION_EARS_SAMPLE'] ?? 500));
const FARRINGTON_SAMPLE = R_FARRINGTON;
const TOLERANCE = 1e-9;

/**
 * Weekly counts: a level between 0.5 and 200 a week, a yearly season, sometimes a trend, and
 * now and then an outbreak of 1–4 weeks at 2–5 times the usual level. Poisson draws by
 * inversion below a mean of 50, a rounded normal approximation above.
 */
function generateSeries(): number[][] {
  const random = seededRandom(2026);
  const uniform = (lo: number, hi: number) => lo + (hi - lo) * random.next();
  const normal = () =>
    Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
  const poisson = (mean: number) => {
    if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
    const u = random.next();
    let k = 0;
    let p = Math.exp(-mean);
    let cumulative = p;
    while (u > cumulative && k < 1000) {
      k++;
      p *= mean / k;
      cumulative += p;
    }
    return k;
  };
  return Array.from({ length: SERIES }, () => {
    const level = Math.exp(uniform(Math.log(0.5), Math.log(200)));
    const amplitude = uniform(0, 0.6);
    const phase = uniform(0, 2 * Math.PI);
    const trend = random.next() < 0.3 ? uniform(-0.004, 0.004) : 0;
    const outbreak = new Float64Array(WEEKS).fill(1);
    const outbreaks = random.int(0, 3);
    for (let o = 0; o < outbreaks; o++) {
      const start = random.int(0, WEEKS - 1);
      const length = random.int(1, 4);
      const size = uniform(2, 5);
      for (let t = start; t < Math.min(WEEKS, start + length); t++) outbreak[t] = size;
    }
    return Array.from({ length: WEEKS }, (_, t) =>
      poisson(
        level *
          Math.exp(amplitude * Math.sin((2 * Math.PI * t) / 52 + phase) + trend * t) *
          outbreak[t]!,
      ),
    );
  });
}

type Method = EarsMethod | 'farrington';
const methods: Method[] = ['C1', 'C2', 'C3', 'farrington'];
const firstMonitored: Record<Method, number> = { C1: 7, C2: 9, C3: 11, farrington: 52 * B + W };

interface Outcome {
  upperBound: (number | null)[];
  alarm: string;
}

function run(method: Method, values: number[], threshold?: number): Outcome {
  const points =
    method === 'farrington'
      ? farringtonFlexible(values, { b: B, w: W }).points
      : earsC(values, threshold === undefined ? { method } : { method, threshold }).points;
  const monitored = points.slice(firstMonitored[method]);
  return {
    upperBound: monitored.map((p) => p.upperBound),
    alarm: monitored.map((p) => (p.alarm === null ? '-' : p.alarm ? '1' : '0')).join(''),
  };
}

interface Timing {
  msPerSeries: number;
  cpuMsPerSeries: number;
}

/** Fastest of ROUNDS runs over all series (one run for Farrington beyond the first round's
 * warm-up would double the benchmark's time for little gain, so it gets fewer rounds). */
function time(method: Method, series: number[][]): { timing: Timing; alarms: number } {
  const rounds = method === 'farrington' ? Math.min(ROUNDS, 2) : ROUNDS;
  let best: Timing = { msPerSeries: Infinity, cpuMsPerSeries: Infinity };
  let alarms = 0;
  run(method, series[0]!); // warm-up
  for (let r = 0; r < rounds; r++) {
    alarms = 0;
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    for (const values of series) {
      const outcome = run(method, values);
      for (const ch of outcome.alarm) if (ch === '1') alarms++;
    }
    const cpu = process.cpuUsage(cpuStart);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (ms / series.length < best.msPerSeries)
      best = {
        msPerSeries: ms / series.length,
        cpuMsPerSeries: (cpu.user + cpu.system) / 1000 / series.length,
      };
  }
  return { timing: best, alarms };
}

interface RMethodReport {
  /** EARS: the z R used, qnorm(1 − α), as a 17-digit string */
  threshold?: string;
  series: number;
  seconds: number;
  cpuSeconds: number;
  upperbound: (number | null)[][];
  alarm: string[];
}
type RReport = { r: string; surveillance: string } & Record<
  'C1' | 'C2' | 'C3' | 'farrington',
  RMethodReport
>;

function rAvailable(): string | null {
  const probe = spawnSync(
    'Rscript',
    ['-e', 'suppressPackageStartupMessages(library(surveillance)); library(jsonlite)'],
    { encoding: 'utf8' },
  );
  if (probe.error) return 'Rscript is not installed';
  if (probe.status !== 0) return 'R is installed but the surveillance or jsonlite package is not';
  return null;
}

function runR(series: number[][]): RReport {
  const dir = mkdtempSync(join(tmpdir(), 'weegschaal-detection-'));
  try {
    const input = join(dir, 'series.csv');
    const output = join(dir, 'r.json');
    const needed = Math.max(R_EARS, R_FARRINGTON);
    writeFileSync(
      input,
      series
        .slice(0, needed)
        .map((s) => s.join(','))
        .join('\n') + '\n',
    );
    const script = fileURLToPath(new URL('./detection-r.R', import.meta.url));
    const child = spawnSync(
      'Rscript',
      [script, input, output, R_EARS, R_FARRINGTON, B, W, EARS_SAMPLE, FARRINGTON_SAMPLE].map(
        String,
      ),
      { encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] },
    );
    if (child.status !== 0) throw new Error(`R failed: ${child.stderr}`);
    return JSON.parse(readFileSync(output, 'utf8')) as RReport;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function compare(method: Method, series: number[][], r: RMethodReport) {
  let worst = 0;
  let sameAlarms = true;
  for (let j = 0; j < r.alarm.length; j++) {
    // R's earsC takes α, so its z is qnorm(1 − α), a hair from 3 or 2: give ours the same z,
    // or an integer count that lands exactly on the bound (mean 2 + 3 × sd 1 = 5) would differ
    const ours = run(
      method,
      series[j]!,
      r.threshold === undefined ? undefined : Number(r.threshold),
    );
    if (ours.alarm !== r.alarm[j]) sameAlarms = false;
    const theirs = r.upperbound[j]!;
    ours.upperBound.forEach((u, i) => {
      const v = theirs[i] ?? null;
      const diff =
        u === null || v === null
          ? u === v
            ? 0
            : Infinity
          : Math.abs(u - v) / Math.max(Math.abs(v), 1e-12);
      worst = Math.max(worst, diff);
    });
  }
  return { sameAlarms, worst, compared: r.alarm.length };
}

const series = generateSeries();
console.log(
  `${SERIES} weekly series × ${WEEKS} weeks (seed 2026); EARS C1/C2 z = 3, C3 z = 2; Farrington flexible b = ${B}, w = ${W}, other options R's defaults`,
);
console.log(
  `ours: fastest of ${ROUNDS} rounds (Farrington ${Math.min(ROUNDS, 2)}) after a warm-up`,
);
const ours = Object.fromEntries(methods.map((m) => [m, time(m, series)])) as Record<
  Method,
  ReturnType<typeof time>
>;

const missing = rAvailable();
let report: RReport | null = null;
if (missing) {
  console.log(`R comparison skipped: ${missing}. Our timings only.`);
} else {
  console.log(
    `R: earsC on the first ${R_EARS} series, farringtonFlexible on the first ${R_FARRINGTON}; results compared on the first ${EARS_SAMPLE} (EARS) and all ${FARRINGTON_SAMPLE} (Farrington)`,
  );
  report = runR(series);
  console.log(`R ${report.r}, surveillance ${report.surveillance}`);
}

let failed = false;
const label: Record<Method, string> = {
  C1: 'EARS C1   ',
  C2: 'EARS C2   ',
  C3: 'EARS C3   ',
  farrington: 'Farrington',
};
for (const m of methods) {
  const { timing, alarms } = ours[m];
  const total = (timing.msPerSeries * SERIES) / 1000;
  let line =
    `${label[m]}  ours ${(timing.msPerSeries * 1000).toFixed(0).padStart(6)} µs/series ` +
    `(CPU ${(timing.cpuMsPerSeries * 1000).toFixed(0)} µs; all ${SERIES}: ${total.toFixed(2)} s, ${alarms} alarms)`;
  if (report) {
    const r = report[m];
    const rMs = (r.seconds * 1000) / r.series;
    const rCpuMs = (r.cpuSeconds * 1000) / r.series;
    const check = compare(m, series, r);
    const identical = check.sameAlarms && check.worst < TOLERANCE;
    if (!identical) failed = true;
    line +=
      `  R ${(rMs * 1000).toFixed(0)} µs/series (CPU ${(rCpuMs * 1000).toFixed(0)} µs)` +
      `  ratio ${(rMs / timing.msPerSeries).toFixed(0)}× wall, ${(rCpuMs / timing.cpuMsPerSeries).toFixed(0)}× CPU (target ≥ 10×)` +
      `  identical on ${check.compared} series: ${identical ? 'yes' : 'NO'} (alarms ${check.sameAlarms ? 'equal' : 'DIFFER'}, max rel. bound diff ${check.worst.toExponential(1)})`;
  }
  console.log(line);
}
process.exit(failed ? 1 : 0);
