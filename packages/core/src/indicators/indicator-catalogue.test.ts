import { describe, expect, it } from 'vitest';
import { indicatorCatalogue } from './indicator-catalogue.ts';
import { INDICATOR_THEMES } from './indicator.ts';

describe('indicator catalogue', () => {
  const catalogue = indicatorCatalogue();
  const byCode = new Map(catalogue.map((i) => [i.code, i]));

  it('seeds at least 30 indicators with unique kebab-case codes, covering every theme', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(30);
    expect(byCode.size).toBe(catalogue.length);
    for (const i of catalogue) expect(i.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(catalogue.map((i) => i.theme))).toEqual(new Set(INDICATOR_THEMES));
  });

  it('defines every ratio-of-sums from two indicators in the catalogue, and only those', () => {
    for (const i of catalogue) {
      expect(i.ratio !== null, i.code).toBe(i.aggregation === 'ratio-of-sums');
      if (i.ratio) {
        expect(byCode.get(i.ratio.numerator)?.aggregation).toBe('sum');
        expect(byCode.get(i.ratio.denominator)?.aggregation).toBe('sum');
      }
    }
  });

  it('orders signal values in the direction of the polarity, and says who set them and why', () => {
    for (const i of catalogue.filter((x) => x.signal)) {
      const { attention, alarm, setBy, rationale } = i.signal!;
      expect(setBy.length, i.code).toBeGreaterThan(0);
      expect(rationale.length, i.code).toBeGreaterThan(20);
      expect(i.polarity, i.code).not.toBe('neutral');
      if (attention !== null && alarm !== null) {
        if (i.polarity === 'higher-is-worse') expect(alarm, i.code).toBeGreaterThan(attention);
        else expect(alarm, i.code).toBeLessThan(attention);
      }
    }
  });

  it('keeps valid ranges consistent and import aliases unambiguous', () => {
    for (const i of catalogue) {
      if (i.validMin !== null && i.validMax !== null) expect(i.validMin).toBeLessThan(i.validMax);
    }
    const aliases = catalogue.flatMap((i) => i.importAliases);
    expect(new Set(aliases).size).toBe(aliases.length);
  });

  it('marks the series that have no real data in shared/ as demo, and only those', () => {
    const real = catalogue.filter((i) => !i.demoSeries).map((i) => i.source.name);
    expect(real.every((s) => /Coronadashboard|RIVM|CBS StatLine 70895ned/.test(s))).toBe(true);
    expect(catalogue.filter((i) => i.demoSeries).length).toBeGreaterThanOrEqual(20);
  });

  it('hands out copies, so a caller cannot change the catalogue', () => {
    indicatorCatalogue()[0]!.importAliases.push('x');
    expect(indicatorCatalogue()[0]!.importAliases).not.toContain('x');
  });
});
