import { describe, expect, it } from 'vitest';
import { indicatorCatalogue } from './indicator-catalogue.ts';
import { aggregate, toCurrentDivision } from './aggregation.ts';

const byCode = new Map(indicatorCatalogue().map((i) => [i.code, i]));
const indicator = (code: string) => byCode.get(code)!;

describe('aggregation up the hierarchy', () => {
  it('adds counts, weighs rates by population, and recomputes ratios from their sums', () => {
    expect(
      aggregate(indicator('positive-tests'), [
        { regionCode: 'GM0003', value: 10 },
        { regionCode: 'GM0010', value: 5 },
      ]),
    ).toMatchObject({ ok: true, value: 15 });
    const loneliness = aggregate(indicator('loneliness'), [
      { regionCode: 'A', value: 10, population: 30_000 },
      { regionCode: 'B', value: 20, population: 10_000 },
    ]);
    expect(loneliness).toMatchObject({ ok: true, value: 12.5 });
    // 6% of 100 and 2% of 300: the rate of the whole is 3%, not the mean 4%
    const unemployment = aggregate(indicator('unemployment-rate'), [
      { regionCode: 'A', value: 6, numerator: 6, denominator: 100 },
      { regionCode: 'B', value: 2, numerator: 6, denominator: 300 },
    ]);
    expect(unemployment).toMatchObject({ ok: true, value: 3 });
    expect(unemployment.ok && unemployment.explanation).toContain('Σ unemployed-persons');
  });

  it('refuses what cannot be aggregated, saying why', () => {
    expect(
      aggregate(indicator('reproduction-number'), [{ regionCode: 'A', value: 1 }]),
    ).toMatchObject({ ok: false });
    expect(aggregate(indicator('loneliness'), [{ regionCode: 'A', value: 10 }])).toEqual({
      ok: false,
      reason: 'no population for A',
    });
    expect(aggregate(indicator('positive-tests'), [])).toMatchObject({ ok: false });
  });

  it('maps former gemeenten onto the current division, leaving splits out', () => {
    const result = toCurrentDivision(indicator('deaths-reported'), [
      { regionCode: 'GM0003', value: 1 },
      { regionCode: 'GM0010', value: 2 },
      { regionCode: 'GM0024', value: 3 },
      { regionCode: 'GM0788', value: 4 },
      { regionCode: 'GM0363', value: 7 },
      { regionCode: 'GM0457', value: 1 },
    ]);
    expect(result.values.map((v) => [v.regionCode, v.value])).toEqual([
      ['GM0363', 8],
      ['GM1979', 6],
    ]);
    expect(result.left).toEqual([
      { regionCode: 'GM0788', reason: expect.stringContaining('divided') },
    ]);
  });
});
