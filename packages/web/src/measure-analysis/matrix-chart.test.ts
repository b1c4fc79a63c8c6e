import { describe, expect, it } from 'vitest';
import type { EffectImpactMatrix } from '@weegschaal/core';
import { matrixChartOption } from './matrix-chart.ts';
import { measureNames } from './analysis-api.ts';

const scenario = {
  code: 's',
  nameNl: 's',
  nameEn: 's',
  variant: 'delta',
  season: 'winter',
  compliance: 'medium',
  vaccinationCoverage: 'medium',
  demo: true,
} as const;

const matrix: EffectImpactMatrix = {
  scenario,
  compareScenario: null,
  thresholds: { effectiveness: 2, impact: 3 },
  points: [
    {
      measureCode: 'a',
      level: 1,
      id: 'a/1',
      effectiveness: 3,
      effectivenessLow: 2,
      effectivenessHigh: 4,
      impact: 1,
      impactLow: 0,
      impactHigh: 2,
      quadrant: 'high-effect-low-harm',
      compared: null,
    },
    {
      measureCode: 'b',
      level: 2,
      id: 'b/2',
      effectiveness: 1,
      effectivenessLow: 1,
      effectivenessHigh: 1,
      impact: 6,
      impactLow: 5,
      impactHigh: 7,
      quadrant: 'low-effect-high-harm',
      compared: { effectiveness: 3, quadrant: 'high-effect-high-harm' },
    },
  ],
  missing: [],
  explanation: [],
};
const text = { effect: 'E', impact: 'I', best: 'Best', current: 'Now', compared: 'Then' };

describe('matrix chart option', () => {
  const names = measureNames([], 'en');

  it('marks the best quadrant from the thresholds and keeps exact values for the tooltip', () => {
    const option = matrixChartOption(matrix, names, text);
    const series = option.series as {
      data: { value: number[]; raw: number; symbol: string }[];
      markArea: { data: { coord: number[] }[][] };
    }[];
    expect(series).toHaveLength(1);
    expect(series[0]!.markArea.data[0]!.map((d) => d.coord)).toEqual([
      [0, 1.5],
      [3, 4.5],
    ]);
    expect(series[0]!.data.map((d) => [d.value[0], d.raw, d.symbol])).toEqual([
      [1, 3, 'diamond'],
      [6, 1, 'circle'],
    ]);
    for (const d of series[0]!.data)
      expect(Math.abs(d.value[1]! - d.raw)).toBeLessThanOrEqual(0.15);
  });

  it('adds the compared scenario as a second series, only for points it has', () => {
    const option = matrixChartOption(
      { ...matrix, compareScenario: { ...scenario, code: 't' } },
      names,
      text,
    );
    const series = option.series as { name: string; data: { raw: number }[] }[];
    expect(series.map((s) => s.name)).toEqual(['Now', 'Then']);
    expect(series[1]!.data.map((d) => d.raw)).toEqual([3]);
  });
});
