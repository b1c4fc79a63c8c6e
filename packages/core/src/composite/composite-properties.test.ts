import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePeriod } from '../observations/period.ts';
import { compositeDefinition } from './composite-definition.ts';
import type {
  CompositeAggregation,
  ComponentPolarity,
  Normalisation,
} from './composite-definition.ts';
import { computeCompositeIndex } from './composite-index.ts';
import type { CompositeObservation } from './composite-index.ts';

/** Property tests: what must hold for every data set, not only for the worked examples. */

const PERIODS = ['2021-01', '2021-02', '2021-03'].map((k) => parsePeriod(k)!);
const positive = fc.double({ min: 0.5, max: 1000, noNaN: true, noDefaultInfinity: true });
const polarity = fc.constantFrom<ComponentPolarity>('higher-is-better', 'higher-is-worse');

const hasSpread = (column: readonly number[]) => Math.max(...column) > Math.min(...column);

/**
 * A table regions × periods × indicators of positive values in which every indicator varies:
 * min-max and z-scores are undefined without a spread, and an indicator without one is its
 * own property below (no values, a cannot-normalise issue), not a case of these.
 */
const table = (indicators: number) =>
  fc
    .record({ regions: fc.integer({ min: 2, max: 6 }), periods: fc.integer({ min: 1, max: 3 }) })
    .chain(({ regions, periods }) =>
      fc
        .array(fc.array(positive, { minLength: regions * periods, maxLength: regions * periods }), {
          minLength: indicators,
          maxLength: indicators,
        })
        .filter((columns) => columns.every(hasSpread))
        .map((columns) => ({ regions, periods, columns })),
    );

function observations(
  t: { regions: number; periods: number; columns: number[][] },
  codes: string[],
) {
  const out: CompositeObservation[] = [];
  t.columns.forEach((column, c) =>
    column.forEach((value, i) =>
      out.push({
        indicatorCode: codes[c]!,
        regionCode: `R${i % t.regions}`,
        period: PERIODS[Math.floor(i / t.regions)]!,
        value,
      }),
    ),
  );
  return out;
}

const relativeError = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

describe('composite index properties', () => {
  it('min-max normalised values lie in [0, 1] (and so does an arithmetic index of them)', () => {
    fc.assert(
      fc.property(table(3), fc.array(polarity, { minLength: 3, maxLength: 3 }), (t, polarities) => {
        const result = computeCompositeIndex(
          compositeDefinition({
            code: 'p',
            name: 'p',
            normalisation: 'min-max',
            aggregation: 'arithmetic',
            components: ['x', 'y', 'z'].map((code, i) => ({
              indicatorCode: code,
              polarity: polarities[i]!,
            })),
            uncertainty: { replicates: 0 },
          }),
          observations(t, ['x', 'y', 'z']),
        );
        expect(result.values).toHaveLength(t.regions * t.periods);
        for (const v of result.values) {
          for (const c of v.contributions) {
            expect(c.normalised).toBeGreaterThanOrEqual(0);
            expect(c.normalised).toBeLessThanOrEqual(1);
          }
          expect(v.value).toBeGreaterThanOrEqual(0);
          expect(v.value).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });

  it('an indicator without spread gives no values and a cannot-normalise issue naming it', () => {
    fc.assert(
      fc.property(
        table(2),
        positive,
        fc.constantFrom<Normalisation>('min-max', 'z-score'),
        (t, flat, normalisation) => {
          const columns = [t.columns[0]!, t.columns[1]!.map(() => flat)];
          const result = computeCompositeIndex(
            compositeDefinition({
              code: 'p',
              name: 'p',
              normalisation,
              aggregation: 'arithmetic',
              components: ['x', 'y'].map((code) => ({
                indicatorCode: code,
                polarity: 'higher-is-better' as const,
              })),
              uncertainty: { replicates: 0 },
            }),
            observations({ ...t, columns }, ['x', 'y']),
          );
          expect(result.values).toEqual([]);
          expect(result.issues).toMatchObject([{ kind: 'cannot-normalise', indicatorCode: 'y' }]);
        },
      ),
    );
  });

  it('equal weights on identical indicators give that indicator', () => {
    const setting = fc.constantFrom<[Normalisation, CompositeAggregation]>(
      ['min-max', 'arithmetic'],
      ['z-score', 'arithmetic'],
      ['distance-to-reference', 'arithmetic'],
      ['min-max', 'geometric'],
      ['distance-to-reference', 'geometric'],
    );
    fc.assert(
      fc.property(
        table(1),
        setting,
        polarity,
        fc.integer({ min: 2, max: 4 }),
        (t, [normalisation, aggregation], dir, copies) => {
          const base = {
            code: 'p',
            name: 'p',
            normalisation,
            aggregation,
            referencePeriod: '2021-01',
            uncertainty: { replicates: 0 },
          };
          const codes = Array.from({ length: copies }, (_, i) => `copy${i}`);
          const single = computeCompositeIndex(
            compositeDefinition({
              ...base,
              components: [{ indicatorCode: 'copy0', polarity: dir }],
            }),
            observations(t, ['copy0']),
          );
          const several = computeCompositeIndex(
            compositeDefinition({
              ...base,
              components: codes.map((code) => ({ indicatorCode: code, polarity: dir })),
            }),
            observations({ ...t, columns: codes.map(() => t.columns[0]!) }, codes),
          );
          expect(several.values).toHaveLength(t.regions * t.periods);
          expect(single.values).toHaveLength(t.regions * t.periods);
          several.values.forEach((v, i) => {
            const alone = single.values[i]!;
            // relative: ratios to a reference reach 10⁵, where exp(Σ w·ln v) differs from v
            // in the last bits
            expect(relativeError(v.value, alone.contributions[0]!.normalised)).toBeLessThan(1e-12);
            expect(relativeError(v.value, alone.value)).toBeLessThan(1e-12);
          });
        },
      ),
    );
  });

  it('the uncertainty band contains the central estimate, and the rank band its rank', () => {
    fc.assert(
      fc.property(
        table(3),
        fc.array(fc.double({ min: 0.1, max: 10, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.constantFrom<CompositeAggregation>('arithmetic', 'geometric'),
        fc.integer({ min: 0, max: 1000 }),
        (t, weights, aggregation, seed) => {
          const result = computeCompositeIndex(
            compositeDefinition({
              code: 'p',
              name: 'p',
              normalisation: 'min-max',
              aggregation,
              referencePeriod: '2021-01',
              components: ['x', 'y', 'z'].map((code, i) => ({
                indicatorCode: code,
                weight: weights[i]!,
                polarity: 'higher-is-better' as const,
              })),
              uncertainty: { replicates: 40, seed },
            }),
            observations(t, ['x', 'y', 'z']),
          );
          expect(result.values).toHaveLength(t.regions * t.periods);
          for (const v of result.values) {
            const u = v.uncertainty!;
            expect(u.range.lower).toBeLessThanOrEqual(v.value + 1e-12);
            expect(u.range.upper).toBeGreaterThanOrEqual(v.value - 1e-12);
            expect(u.interval90.lower).toBeLessThanOrEqual(u.median);
            expect(u.median).toBeLessThanOrEqual(u.interval90.upper);
            expect(u.range.lower).toBeLessThanOrEqual(u.interval90.lower);
            expect(u.interval90.upper).toBeLessThanOrEqual(u.range.upper);
            if (v.regionsRanked > 1) {
              expect(u.rankRange!.lower).toBeLessThanOrEqual(v.rank);
              expect(u.rankRange!.upper).toBeGreaterThanOrEqual(v.rank);
            }
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
