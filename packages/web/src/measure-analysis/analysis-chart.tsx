import type { EChartsOption } from 'echarts';
import { EChart } from '../measures/echart.tsx';
import './echarts-setup.ts';

/** The matrix and burden charts; loaded on demand so that ECharts stays out of the main bundle. */
export function AnalysisChart(props: { option: EChartsOption; height: number; label: string }) {
  return <EChart {...props} />;
}
