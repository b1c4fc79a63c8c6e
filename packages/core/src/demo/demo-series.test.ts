import { describe, expect, it } from 'vitest';
import { indicatorCatalogue } from '../indicators/indicator-catalogue.ts';
import {
  crisisIntensity,
  demoIndicatorsWithoutProfile,
  generateDemoSeries,
} from './demo-series.ts';

describe('demo series', () => {
  const catalogue = indicatorCatalogue();
  const regions = [
    { code: 'NL01', level: 'land' as const, population: 17_000_000 },
    { code: 'GM0363', level: 'gemeente' as const, population: 900_000 },
    { code: 'GM0014', level: 'gemeente' as const, population: 230_000 },
    { code: 'PV27', level: 'provincie' as const, population: 2_900_000 },
  ];
  const series = generateDemoSeries(catalogue, regions);

  it('covers every demo indicator, and only those, nationally', () => {
    expect(demoIndicatorsWithoutProfile(catalogue)).toEqual([]);
    const national = new Set(
      series.filter((o) => o.regionCode === 'NL01').map((o) => o.indicatorCode),
    );
    expect(national).toEqual(new Set(catalogue.filter((i) => i.demoSeries).map((i) => i.code)));
  });

  it('keeps values valid, the newest period provisional, and follows the crisis', () => {
    const byCode = new Map(catalogue.map((i) => [i.code, i]));
    for (const o of series) {
      const i = byCode.get(o.indicatorCode)!;
      if (i.validMin !== null) expect(o.value).toBeGreaterThanOrEqual(i.validMin);
      if (i.validMax !== null) expect(o.value).toBeLessThanOrEqual(i.validMax);
    }
    const trust = series.filter(
      (o) => o.indicatorCode === 'trust-in-government' && o.regionCode === 'NL01',
    );
    expect(trust.at(-1)?.status).toBe('provisional');
    expect(trust.filter((o) => o.status === 'provisional')).toHaveLength(1);
    const q = (key: string) => trust.find((o) => o.period.key === key)!.value;
    expect(q('2021-Q1')).toBeLessThan(q('2019-Q3') - 8);
    expect(crisisIntensity('2019-06-01')).toBe(0);
  });

  it('gives regions of the lowest level their own series, counts in proportion to population', () => {
    const amsterdam = series.filter(
      (o) => o.indicatorCode === 'registered-crime' && o.regionCode === 'GM0363',
    );
    const national = series.filter(
      (o) => o.indicatorCode === 'registered-crime' && o.regionCode === 'NL01',
    );
    expect(amsterdam).toHaveLength(national.length);
    const share = amsterdam[0]!.value / national[0]!.value;
    expect(share).toBeGreaterThan(0.02);
    expect(share).toBeLessThan(0.12);
    expect(series.some((o) => o.indicatorCode === 'bankruptcies' && o.regionCode === 'PV27')).toBe(
      true,
    );
  });

  it('keeps the unemployed equal to rate × labour force, and the national series independent of regions', () => {
    const at = (code: string) =>
      series.find((o) => o.indicatorCode === code && o.period.key === '2020-06')!.value;
    expect(at('unemployed-persons')).toBeCloseTo(
      (at('unemployment-rate') / 100) * at('labour-force'),
      0,
    );
    const alone = generateDemoSeries(catalogue, []).filter((o) => o.regionCode === 'NL01');
    expect(alone).toEqual(series.filter((o) => o.regionCode === 'NL01'));
  });
});
