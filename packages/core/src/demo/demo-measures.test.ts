import { describe, expect, it } from 'vitest';
import { demoMeasures } from './demo-measures.ts';

describe('demo measures', () => {
  const measures = demoMeasures();

  it('has at least 20 measures, all labelled demo, with unique codes', () => {
    expect(measures.length).toBeGreaterThanOrEqual(20);
    expect(measures.every((m) => m.demo)).toBe(true);
    expect(new Set(measures.map((m) => m.code)).size).toBe(measures.length);
  });

  it('numbers levels 0..n without gaps, level 0 being no measure', () => {
    for (const m of measures) {
      expect(m.levels.map((l) => l.level)).toEqual(m.levels.map((_, i) => i));
      expect(m.levels[0]?.descriptionEn).toBe('No measure');
      expect(m.levels.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('maps to OxCGRT indicators only with valid, unique codes', () => {
    const codes = measures.map((m) => m.oxcgrtCode).filter((c) => c !== null);
    expect(codes.every((c) => /^[CHE][1-8]$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('is the same on every call (idempotent loading depends on it)', () => {
    expect(demoMeasures()).toEqual(measures);
  });
});
