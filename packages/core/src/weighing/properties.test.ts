import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mavt } from './mavt.ts';
import { topsis } from './topsis.ts';
import { promethee } from './promethee.ts';
import type { PreferenceFunction } from './promethee.ts';
import { smaa } from './smaa.ts';
import { ahpWeightsFromMatrix } from './ahp.ts';
import { directWeights } from './weights-direct.ts';
import { swingWeights } from './swing-weights.ts';
import { sampleWeights } from './imprecise-weights.ts';
import type { ImpreciseWeights } from './imprecise-weights.ts';
import type { DecisionMatrix, RankedAlternative } from './decision-matrix.ts';

/** Property tests: what must hold for every input, not just for the published examples. */

const value = fc.double({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true });
const problem = fc
  .record({ m: fc.integer({ min: 2, max: 7 }), n: fc.integer({ min: 1, max: 5 }) })
  .chain(({ m, n }) =>
    fc.record({
      performance: fc.array(fc.array(value, { minLength: n, maxLength: n }), {
        minLength: m,
        maxLength: m,
      }),
      directions: fc.array(fc.constantFrom('benefit' as const, 'cost' as const), {
        minLength: n,
        maxLength: n,
      }),
      weights: fc
        .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n })
        .filter((w) => w.some((x) => x > 1e-6)),
    }),
  )
  .map(({ performance, directions, weights }) => ({
    matrix: {
      alternatives: performance.map((_, i) => `p${i}`),
      criteria: directions.map((direction, j) => ({ id: `c${j}`, direction })),
      performance,
    } satisfies DecisionMatrix,
    weights,
  }));

const preferenceFunction: fc.Arbitrary<PreferenceFunction> = fc.oneof(
  fc.constant({ type: 'usual' as const }),
  fc.double({ min: 0, max: 20, noNaN: true }).map((q) => ({ type: 'u-shape' as const, q })),
  fc.double({ min: 0.1, max: 50, noNaN: true }).map((p) => ({ type: 'v-shape' as const, p })),
  fc.double({ min: 0, max: 20, noNaN: true }).map((q) => ({ type: 'level' as const, q, p: q + 5 })),
  fc
    .double({ min: 0, max: 20, noNaN: true })
    .map((q) => ({ type: 'linear' as const, q, p: q + 10 })),
  fc.double({ min: 0.1, max: 30, noNaN: true }).map((s) => ({ type: 'gaussian' as const, s })),
);

const rules = {
  mavt: (m: DecisionMatrix, w: number[]) => mavt(m, w).ranking,
  topsis: (m: DecisionMatrix, w: number[]) => topsis(m, w).ranking,
  promethee: (m: DecisionMatrix, w: number[], fns?: PreferenceFunction[]) =>
    promethee(m, w, fns ? { preferenceFunctions: fns } : {}).ranking,
};
const rankOf = (ranking: RankedAlternative[], id: string) =>
  ranking.find((r) => r.alternativeId === id)!.rank;

describe('dominance: a package better on every criterion never ranks lower', () => {
  for (const [name, rule] of Object.entries(rules))
    it(name, () => {
      fc.assert(
        fc.property(
          problem,
          fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 5, maxLength: 5 }),
          fc.array(preferenceFunction, { minLength: 5, maxLength: 5 }),
          ({ matrix, weights }, gaps, fns) => {
            // the last package becomes a copy of the first made worse on every criterion
            const first = matrix.performance[0]!;
            const worse = first.map((x, j) =>
              matrix.criteria[j]!.direction === 'benefit' ? x - gaps[j]! : x + gaps[j]!,
            );
            const m = { ...matrix, performance: [...matrix.performance.slice(0, -1), worse] };
            const ranking = rule(m, weights, fns.slice(0, matrix.criteria.length));
            expect(rankOf(ranking, 'p0')).toBeLessThanOrEqual(
              rankOf(ranking, m.alternatives.at(-1)!),
            );
          },
        ),
      );
    });
});

describe('an irrelevant criterion with weight 0 changes nothing', () => {
  it('for MAVT, TOPSIS and PROMETHEE II', () => {
    fc.assert(
      fc.property(
        problem,
        fc.array(value, { minLength: 7, maxLength: 7 }),
        ({ matrix, weights }, extra) => {
          const wider: DecisionMatrix = {
            ...matrix,
            criteria: [...matrix.criteria, { id: 'irrelevant', direction: 'benefit' }],
            performance: matrix.performance.map((r, i) => [...r, extra[i]!]),
          };
          const w0 = [...weights, 0];
          const pairs: [number[], number[]][] = [
            [mavt(matrix, weights).scores, mavt(wider, w0).scores],
            [topsis(matrix, weights).closeness, topsis(wider, w0).closeness],
            [promethee(matrix, weights).netFlow, promethee(wider, w0).netFlow],
          ];
          for (const [before, after] of pairs)
            before.forEach((s, i) => expect(after[i]).toBeCloseTo(s, 9));
          const places = (r: RankedAlternative[]) => r.map((x) => [x.alternativeId, x.rank]);
          expect(places(rules.mavt(wider, w0))).toEqual(places(rules.mavt(matrix, weights)));
        },
      ),
    );
  });
});

describe('weights sum to 1', () => {
  const positive = fc
    .array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 10 })
    .filter((p) => p.some((x) => x > 1e-6));

  it('direct and swing weights', () => {
    fc.assert(
      fc.property(positive, (points) => {
        const d = directWeights(points.map((p, j) => ({ criterionId: `c${j}`, points: p })));
        expect(d.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        const top = Math.max(...points);
        const s = swingWeights(
          points.map((p, j) => ({
            criterionId: `c${j}`,
            worstLabel: 'worst',
            bestLabel: 'best',
            points: (p / top) * 100,
          })),
        );
        expect(s.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      }),
    );
  });

  it('AHP recovers the weights of any consistent matrix, summing to 1 with CR 0', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.2, max: 1.8, noNaN: true }), { minLength: 2, maxLength: 9 }),
        (raw) => {
          const sum = raw.reduce((a, b) => a + b, 0);
          const w = raw.map((x) => x / sum);
          const r = ahpWeightsFromMatrix(
            w.map((_, j) => `c${j}`),
            w.map((a) => w.map((b) => a / b)),
          );
          expect(r.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
          r.weights.forEach((x, j) => expect(x).toBeCloseTo(w[j]!, 9));
          expect(r.explanation.consistency.ci).toBeCloseTo(0, 9);
        },
      ),
    );
  });

  it('every sampled weight vector, whatever is known', () => {
    const model: fc.Arbitrary<{ n: number; model: ImpreciseWeights }> = fc
      .integer({ min: 2, max: 8 })
      .chain((n) =>
        fc.oneof(
          fc.constant({ n, model: { kind: 'none' as const } }),
          fc
            .array(fc.integer({ min: 1, max: 4 }), { minLength: n, maxLength: n })
            .map((ranks) => ({ n, model: { kind: 'rank-order' as const, ranks } })),
          fc.constant({
            n,
            model: {
              kind: 'intervals' as const,
              bounds: Array.from({ length: n }, () => ({ low: 0.5 / n, high: Math.min(1, 2 / n) })),
            },
          }),
        ),
      );
    fc.assert(
      fc.property(model, fc.integer(), ({ n, model: mdl }, seed) => {
        for (const w of sampleWeights(mdl, n, 50, seed)) {
          expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
          expect(w.every((x) => x >= 0)).toBe(true);
        }
      }),
    );
  });
});

describe('SMAA-2', () => {
  it("each package's rank acceptabilities sum to 1, and a fixed seed gives the same result", () => {
    fc.assert(
      fc.property(problem, fc.integer(), ({ matrix }, seed) => {
        const run = () => smaa({ matrix, weights: { kind: 'none' }, samples: 200, seed });
        const r = run();
        for (const row of r.rankAcceptability)
          expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        for (const cw of r.centralWeights)
          if (cw) expect(cw.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        expect(run()).toEqual(r);
      }),
      { numRuns: 50 },
    );
  });
});
