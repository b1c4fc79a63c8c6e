import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { parsePeriod } from '../observations/period.ts';
import { compositeDefinition } from './composite-definition.ts';
import type { CompositeDefinition } from './composite-definition.ts';
import { computeCompositeIndex } from './composite-index.ts';
import type { CompositeObservation, CompositeValue } from './composite-index.ts';

const obs = (
  indicatorCode: string,
  regionCode: string,
  period: string,
  value: number,
): CompositeObservation => ({
  indicatorCode,
  regionCode,
  period: parsePeriod(period)!,
  value,
});

/**
 * Two indicators, two regions, two quarters:
 *   A (higher is better): R1 10 → 20, R2 30 → 50   (min 10, max 50)
 *   B (higher is worse):  R1  5 →  3, R2  1 →  5   (min 1,  max 5)
 */
const data: CompositeObservation[] = [
  obs('a', 'R1', '2021-Q1', 10),
  obs('a', 'R1', '2021-Q2', 20),
  obs('a', 'R2', '2021-Q1', 30),
  obs('a', 'R2', '2021-Q2', 50),
  obs('b', 'R1', '2021-Q1', 5),
  obs('b', 'R1', '2021-Q2', 3),
  obs('b', 'R2', '2021-Q1', 1),
  obs('b', 'R2', '2021-Q2', 5),
];

const define = (
  overrides: Partial<Parameters<typeof compositeDefinition>[0]> = {},
): CompositeDefinition =>
  compositeDefinition({
    code: 'test-index',
    name: 'Test index',
    normalisation: 'min-max',
    aggregation: 'arithmetic',
    components: [
      { indicatorCode: 'a', weight: 3, polarity: 'higher-is-better' },
      { indicatorCode: 'b', weight: 1, polarity: 'higher-is-worse' },
    ],
    uncertainty: { replicates: 0 },
    ...overrides,
  });

const at = (values: readonly CompositeValue[], region: string, period: string) =>
  values.find((v) => v.regionCode === region && v.periodKey === period);

describe('composite index: hand-computed examples', () => {
  it('min-max, arithmetic, weights 3:1 — values, contributions and ranks', () => {
    const result = computeCompositeIndex(define(), data);
    // normalised A: 0, .25, .5, 1; B turned (5 − x)/4: 0, .5, 1, 0
    expect(result.values.map((v) => [v.regionCode, v.periodKey, v.value])).toEqual([
      ['R1', '2021-Q1', 0],
      ['R2', '2021-Q1', 0.625],
      ['R1', '2021-Q2', 0.3125],
      ['R2', '2021-Q2', 0.75],
    ]);
    const r1q2 = at(result.values, 'R1', '2021-Q2')!;
    expect(r1q2.contributions).toEqual([
      {
        indicatorCode: 'a',
        weight: 0.75,
        raw: 20,
        normalised: 0.25,
        imputedFrom: null,
        term: 0.1875,
        share: 0.6,
      },
      {
        indicatorCode: 'b',
        weight: 0.25,
        raw: 3,
        normalised: 0.5,
        imputedFrom: null,
        term: 0.125,
        share: 0.4,
      },
    ]);
    expect(r1q2).toMatchObject({ rank: 2, regionsRanked: 2, termScale: 'index' });
    expect(at(result.values, 'R2', '2021-Q2')!.rank).toBe(1);
    expect(result.issues).toEqual([]);
    expect(result.constants[0]!.constants).toMatchObject({ min: 10, max: 50, count: 4 });
    expect(result.explanation.join(' ')).toContain('no single "societal R"');
  });

  it('distance to a reference period, geometric: the reference period is 100', () => {
    const result = computeCompositeIndex(
      define({
        normalisation: 'distance-to-reference',
        aggregation: 'geometric',
        referencePeriod: '2021-Q1',
        components: [
          { indicatorCode: 'a', polarity: 'higher-is-better' },
          { indicatorCode: 'b', polarity: 'higher-is-worse' },
        ],
      }),
      data,
    );
    expect(at(result.values, 'R1', '2021-Q1')!.value).toBeCloseTo(100, 12);
    // R1: A 100·20/10 = 200, B 100·5/3; R2: A 100·50/30, B 100·1/5 = 20
    const r1 = at(result.values, 'R1', '2021-Q2')!;
    expect(r1.value).toBeCloseTo(Math.sqrt(200 * (500 / 3)), 10);
    expect(at(result.values, 'R2', '2021-Q2')!.value).toBeCloseTo(Math.sqrt((5000 / 30) * 20), 10);
    // terms add up to ln(index)
    expect(r1.termScale).toBe('log-index');
    expect(r1.contributions[0]!.term).toBeCloseTo(0.5 * Math.log(200), 12);
    expect(r1.contributions.reduce((s, c) => s + c.term, 0)).toBeCloseTo(Math.log(r1.value), 12);
  });

  it('z-scores use the sample standard deviation over all regions and periods', () => {
    const result = computeCompositeIndex(define({ normalisation: 'z-score' }), data);
    const sdA = Math.sqrt(875 / 3); // mean 27.5
    const sdB = Math.sqrt(11 / 3); // values 5, 3, 1, 5: mean 3.5
    const r2q1 = at(result.values, 'R2', '2021-Q1')!;
    expect(r2q1.contributions[0]!.normalised).toBeCloseTo((30 - 27.5) / sdA, 12);
    expect(r2q1.contributions[1]!.normalised).toBeCloseTo((3.5 - 1) / sdB, 12);
    expect(r2q1.value).toBeCloseTo(0.75 * ((30 - 27.5) / sdA) + 0.25 * ((3.5 - 1) / sdB), 12);
  });
});

describe('composite index: bad input is reported, not repaired', () => {
  it('a missing value leaves its region-period without an index and names it', () => {
    const result = computeCompositeIndex(define(), data.slice(0, -1));
    expect(at(result.values, 'R2', '2021-Q2')).toBeUndefined();
    expect(result.values).toHaveLength(3);
    expect(result.issues).toEqual([
      {
        severity: 'error',
        kind: 'missing-value',
        indicatorCode: 'b',
        regionCode: 'R2',
        periodKey: '2021-Q2',
        message: 'No value; the index is not computed without it (no imputation rule is set).',
      },
    ]);
  });

  it('imputes only by the named rule, and marks every imputed value', () => {
    const result = computeCompositeIndex(
      define({ imputation: { rule: 'carry-forward', maxPeriods: 1 } }),
      data.slice(0, -1),
    );
    const r2q2 = at(result.values, 'R2', '2021-Q2')!;
    expect(r2q2.contributions[1]).toMatchObject({ raw: 1, normalised: 1, imputedFrom: '2021-Q1' });
    expect(r2q2.value).toBe(1);
    expect(result.issues).toMatchObject([
      { severity: 'notice', kind: 'imputed', regionCode: 'R2' },
    ]);
    expect(result.explanation.join(' ')).toContain('1 values carried forward');
  });

  it('does not mix period types', () => {
    const mixed = [...data.filter((o) => o.indicatorCode === 'a'), obs('b', 'R1', '2021-04', 3)];
    const result = computeCompositeIndex(define(), mixed);
    expect(result.values).toEqual([]);
    expect(result.issues.map((i) => [i.kind, i.indicatorCode])).toEqual([
      ['period-type-mismatch', 'a'],
      ['period-type-mismatch', 'b'],
    ]);
  });

  it('reports duplicates, non-numbers, unusable ratios and indicators without spread', () => {
    const result = computeCompositeIndex(define(), [
      ...data,
      obs('a', 'R1', '2021-Q1', 11),
      obs('b', 'R2', '2021-Q2', Number.NaN),
    ]);
    expect(at(result.values, 'R1', '2021-Q1')).toBeUndefined();
    expect(result.issues.map((i) => i.kind)).toEqual(['duplicate-observation', 'not-a-number']);

    const ratio = computeCompositeIndex(
      define({ normalisation: 'distance-to-reference', referencePeriod: '2021-Q1' }),
      data.map((o) =>
        o.regionCode === 'R2' && o.indicatorCode === 'b' && o.period.key === '2021-Q2'
          ? { ...o, value: 0 }
          : o,
      ),
    );
    expect(ratio.issues).toMatchObject([
      { kind: 'unusable-value', regionCode: 'R2', periodKey: '2021-Q2' },
    ]);

    const flat = computeCompositeIndex(
      define(),
      data.map((o) => (o.indicatorCode === 'a' ? { ...o, value: 7 } : o)),
    );
    expect(flat.values).toEqual([]);
    expect(flat.issues).toMatchObject([{ kind: 'cannot-normalise', indicatorCode: 'a' }]);
  });

  it('refuses definitions the handbook warns against, naming every problem', () => {
    const problems = (d: CompositeDefinition) => {
      try {
        computeCompositeIndex(d, data);
        return [];
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        return (error as DomainError).invalidParams.map((p) => p.name);
      }
    };
    expect(problems(define({ aggregation: 'geometric', normalisation: 'z-score' }))).toContain(
      'normalisation',
    );
    expect(problems(define({ aggregation: 'geometric', minMaxFloor: 0 }))).toEqual(['minMaxFloor']);
    expect(problems(define({ normalisation: 'distance-to-reference' }))).toEqual(['normalisation']);
    expect(
      problems(
        define({
          components: [
            { indicatorCode: 'a', weight: 0, polarity: 'higher-is-better' },
            { indicatorCode: 'a', weight: 1, polarity: 'neutral' as 'higher-is-better' },
          ],
        }),
      ),
    ).toEqual(['components[0].weight', 'components[1].indicatorCode', 'components[1].polarity']);
  });
});

describe('composite index: uncertainty band', () => {
  it('collapses onto the central value when nothing may vary', () => {
    const result = computeCompositeIndex(
      define({ uncertainty: { replicates: 50, weightSpread: 0, normalisations: ['min-max'] } }),
      data,
    );
    for (const v of result.values) {
      expect(v.uncertainty!.range.lower).toBeCloseTo(v.value, 12);
      expect(v.uncertainty!.range.upper).toBeCloseTo(v.value, 12);
    }
  });

  it('is seeded: the same seed gives the same band, another seed another', () => {
    const d = define({ uncertainty: { replicates: 200, seed: 7 } });
    const first = computeCompositeIndex(d, data);
    expect(computeCompositeIndex(d, data).values).toEqual(first.values);
    const other = computeCompositeIndex(
      define({ uncertainty: { replicates: 200, seed: 8 } }),
      data,
    );
    expect(other.values.map((v) => v.uncertainty)).not.toEqual(
      first.values.map((v) => v.uncertainty),
    );
    expect(first.uncertainty).toMatchObject({
      replicates: 200,
      normalisations: ['min-max', 'z-score'],
    });
    const drawn = first.uncertainty!.drawn;
    expect((drawn['min-max'] ?? 0) + (drawn['z-score'] ?? 0)).toBe(200);
    for (const v of first.values) {
      expect(v.uncertainty!.rankRange!.lower).toBeGreaterThanOrEqual(1);
      expect(v.uncertainty!.rankRange!.upper).toBeLessThanOrEqual(2);
    }
  });

  it('leaves out an alternative normalisation that does not work for the data, and says so', () => {
    const result = computeCompositeIndex(
      define({
        referencePeriod: '2021-Q1',
        uncertainty: { replicates: 20, normalisations: ['min-max', 'distance-to-reference'] },
      }),
      data.map((o) =>
        o.indicatorCode === 'b' && o.regionCode === 'R2' && o.period.key === '2021-Q1'
          ? { ...o, value: -1 }
          : o,
      ),
    );
    expect(result.uncertainty!.normalisations).toEqual(['min-max']);
    expect(result.issues).toMatchObject([{ severity: 'notice', kind: 'left-out-of-uncertainty' }]);
  });

  it('refuses an analysis too large for one computation', () => {
    const many = Array.from({ length: 3000 }, (_, i) => [
      obs('a', `R${i}`, '2021-Q1', i),
      obs('b', `R${i}`, '2021-Q1', i % 7),
    ]).flat();
    expect(() =>
      computeCompositeIndex(define({ uncertainty: { replicates: 2000 } }), many),
    ).toThrow(DomainError);
  });
});
