import type { EChartsOption } from 'echarts';
import { BEST_QUADRANT } from '@weegschaal/core';
import type { EffectImpactMatrix } from '@weegschaal/core';
import type { MeasureNames } from './analysis-api.ts';

export interface MatrixChartText {
  effect: string;
  impact: string;
  best: string;
  current: string;
  compared: string;
}

/**
 * Estimates are ordinal, so many points share a value; a small fixed offset per point keeps
 * them apart in the picture only. The table beside the chart has the exact values.
 */
function jitter(index: number): number {
  return (((index * 37) % 11) / 11) * 0.3 - 0.15;
}

export function matrixChartOption(
  matrix: EffectImpactMatrix,
  names: MeasureNames,
  text: MatrixChartText,
): EChartsOption {
  const maxImpact = Math.max(1, ...matrix.points.map((p) => p.impact)) * 1.05;
  const label = (id: string) => {
    const [code = '', level = '0'] = id.split('/');
    return names.full(code, Number(level));
  };
  return {
    animationDuration: 400,
    grid: { left: 60, right: 24, top: 40, bottom: 56 },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        const data = item?.data as { name?: string; value?: number[]; raw?: number } | undefined;
        return data?.name
          ? `${data.name}<br>${text.impact}: ${data.value?.[0]}<br>${text.effect}: ${data.raw}`
          : '';
      },
    },
    legend: { top: 0 },
    xAxis: {
      type: 'value',
      name: text.impact,
      nameLocation: 'middle',
      nameGap: 32,
      min: 0,
      max: Math.ceil(maxImpact),
    },
    yAxis: {
      type: 'value',
      name: text.effect,
      nameLocation: 'middle',
      nameGap: 36,
      // half a step of room around 0..4 for the offsets; labels only on the ordinal values
      min: -0.5,
      max: 4.5,
      interval: 0.5,
      axisLabel: { formatter: (v: number) => (Number.isInteger(v) ? String(v) : '') },
      splitLine: { show: false },
    },
    series: [
      {
        name: text.current,
        type: 'scatter',
        symbolSize: 12,
        itemStyle: { color: '#154273' },
        data: matrix.points.map((p, i) => ({
          name: label(p.id),
          value: [p.impact, p.effectiveness + jitter(i)],
          raw: p.effectiveness,
          symbol: p.quadrant === BEST_QUADRANT ? 'diamond' : 'circle',
          itemStyle: { color: p.quadrant === BEST_QUADRANT ? '#39870c' : '#154273' },
        })),
        markArea: {
          silent: true,
          itemStyle: {
            color: 'rgba(57, 135, 12, 0.12)',
            borderColor: '#39870c',
            borderWidth: 1,
            borderType: 'dashed',
          },
          label: { show: true, position: 'insideTopLeft', color: '#275d08', fontWeight: 'bold' },
          data: [
            [
              { name: text.best, coord: [0, matrix.thresholds.effectiveness - 0.5] },
              { coord: [matrix.thresholds.impact, 4.5] },
            ],
          ],
        },
      },
      ...(matrix.compareScenario
        ? [
            {
              name: text.compared,
              type: 'scatter' as const,
              symbolSize: 9,
              itemStyle: { color: 'transparent', borderColor: '#a90061', borderWidth: 1.5 },
              data: matrix.points
                .map((p, i) => ({ p, i }))
                .filter(({ p }) => p.compared !== null)
                .map(({ p, i }) => ({
                  name: label(p.id),
                  value: [p.impact, (p.compared?.effectiveness ?? 0) + jitter(i)],
                  raw: p.compared?.effectiveness ?? 0,
                })),
            },
          ]
        : []),
    ],
  };
}
