import * as echarts from 'echarts/core';
import { BarChart, MapChart } from 'echarts/charts';
import {
  DataZoomComponent,
  MarkAreaComponent,
  TitleComponent,
  VisualMapComponent,
} from 'echarts/components';
import type { EChartsOption } from 'echarts';
import { EChart } from '../measures/echart.tsx';

// The shared EChart component registers lines, the grid, the legend, the tooltip and the canvas
// renderer; this area also draws bars, bands, stacked panels with one zoom, and maps.
echarts.use([
  BarChart,
  MapChart,
  DataZoomComponent,
  MarkAreaComponent,
  TitleComponent,
  VisualMapComponent,
]);

/** Loaded on demand (see lazy-chart.tsx) so that ECharts stays out of the main bundle. */
export function SocietalChart(props: {
  option: EChartsOption;
  height: number;
  label: string;
  onItemClick?: (name: string) => void;
}) {
  return <EChart {...props} />;
}

export function registerRegionMap(
  name: string,
  geoJson: Parameters<typeof echarts.registerMap>[1],
) {
  if (!echarts.getMap(name)) echarts.registerMap(name, geoJson);
}
