import { describe, expect, it } from 'vitest';
import { indicatorCatalogue } from '@weegschaal/core';
import type { Indicator, Region } from '@weegschaal/core';
import { allValues, mapSeries, populationNear } from './map-values.ts';
import type { ObservationItem } from './societal-types.ts';

const catalogue = indicatorCatalogue();
const byCode = (code: string): Indicator => catalogue.find((i) => i.code === code)!;

function region(
  code: string,
  level: Region['level'],
  parents: string[],
  population: number,
  divisionTo: number | null = null,
): Region {
  return {
    code,
    name: code,
    displayName: null,
    level,
    parents: parents.map((p) => ({
      code: p,
      level: p.startsWith('VR') ? 'veiligheidsregio' : p.startsWith('PV') ? 'provincie' : 'land',
    })),
    divisionFrom: 2019,
    divisionTo,
    border: false,
    shrinking: false,
    population: [{ year: 2021, count: population, source: 'test' }],
  };
}

const regions: Region[] = [
  region('PV27', 'provincie', ['NL01'], 3_000_000),
  region('VR13', 'veiligheidsregio', ['NL01', 'PV27'], 1_100_000),
  region('GM0363', 'gemeente', ['NL01', 'PV27', 'VR13'], 900_000),
  region('GM0384', 'gemeente', ['NL01', 'PV27', 'VR13'], 100_000),
  // Weesp, merged into Amsterdam in 2022
  region('GM0457', 'gemeente', ['NL01', 'PV27', 'VR13'], 20_000, 2021),
];

function obs(
  indicatorCode: string,
  regionCode: string,
  week: string,
  start: string,
  value: number,
): ObservationItem {
  return {
    indicatorCode,
    regionCode,
    period: { type: 'week', key: week, start, end: start },
    breakdown: '',
    value,
    lower: null,
    upper: null,
    status: 'final',
    revision: 1,
    batchId: 1,
    recordedAt: '2026-01-01T00:00:00.000Z',
    demo: false,
  };
}

describe('choropleth values per level', () => {
  const sewage = byCode('sewage-rna');
  const observations = [
    obs('sewage-rna', 'GM0363', '2021-W10', '2021-03-08', 100),
    obs('sewage-rna', 'GM0384', '2021-W10', '2021-03-08', 300),
    obs('sewage-rna', 'GM0457', '2021-W10', '2021-03-08', 400),
    // a week in which one gemeente has no value
    obs('sewage-rna', 'GM0363', '2021-W11', '2021-03-15', 50),
  ];

  it('puts former gemeenten into the current division with the indicator’s rule', () => {
    const series = mapSeries({ indicator: sewage, observations, regions, level: 'gemeente' });
    expect(series.periods.map((p) => p.key)).toEqual(['2021-W10', '2021-W11']);
    const week10 = series.values.get('2021-W10')!;
    expect(week10.map((v) => v.code)).toEqual(['GM0363', 'GM0384']);
    const amsterdam = week10.find((v) => v.code === 'GM0363')!;
    // weighted by population: (100 × 900,000 + 400 × 20,000) / 920,000
    expect(amsterdam.value).toBeCloseTo(106.52, 2);
    expect(amsterdam.origin).toBe('aggregated');
    expect(week10.find((v) => v.code === 'GM0384')).toMatchObject({ value: 300, origin: 'stored' });
  });

  it('computes a veiligheidsregio from all its gemeenten, and not from part of them', () => {
    const series = mapSeries({
      indicator: sewage,
      observations,
      regions,
      level: 'veiligheidsregio',
    });
    const [vr10] = series.values.get('2021-W10')!;
    expect(vr10!.origin).toBe('aggregated');
    // the current gemeenten: Amsterdam (with Weesp) and Diemen, weighted by their populations
    expect(vr10!.value).toBeCloseTo((106.52173913 * 900_000 + 300 * 100_000) / 1_000_000, 4);
    expect(vr10!.explanation).toContain('weighted by population');
    const [vr11] = series.values.get('2021-W11')!;
    expect(vr11).toMatchObject({ value: null, origin: 'not-computed' });
    expect(vr11!.explanation).toContain('1 of 2 gemeente regions have no value (GM0384)');
    expect(allValues(series)).toHaveLength(1);
  });

  it('prefers stored values and leaves a figure that cannot be aggregated out, with the reason', () => {
    const stored = mapSeries({
      indicator: sewage,
      observations: [...observations, obs('sewage-rna', 'VR13', '2021-W10', '2021-03-08', 7)],
      regions,
      level: 'veiligheidsregio',
    });
    expect(stored.values.get('2021-W10')).toEqual([
      { code: 'VR13', value: 7, origin: 'stored', explanation: null },
    ]);
    const rt = mapSeries({
      indicator: { ...byCode('reproduction-number'), lowestLevel: 'gemeente' },
      observations: [
        obs('reproduction-number', 'GM0363', 'w', '2021-03-08', 1),
        obs('reproduction-number', 'GM0384', 'w', '2021-03-08', 1),
      ],
      regions,
      level: 'provincie',
    });
    expect(rt.values.get('w')![0]).toMatchObject({ value: null, origin: 'not-computed' });
    expect(rt.values.get('w')![0]!.explanation).toContain('cannot be aggregated');
  });

  it('weighs by the population of the nearest year', () => {
    const r = {
      ...regions[2]!,
      population: [
        { year: 2020, count: 1, source: '' },
        { year: 2023, count: 2, source: '' },
      ],
    };
    expect(populationNear(r, 2021)).toBe(1);
    expect(populationNear(r, 2022)).toBe(2);
    expect(populationNear(undefined, 2022)).toBeNull();
  });
});
