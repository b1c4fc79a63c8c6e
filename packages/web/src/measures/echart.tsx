import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { CustomChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

echarts.use([
  LineChart,
  CustomChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/**
 * One ECharts chart. The chart is an image to assistive technology (its label says what it
 * shows and where the data table is); the data table next to it is the accessible version.
 */
export function EChart({
  option,
  height,
  label,
  onItemClick,
}: {
  option: EChartsOption;
  height: number;
  label: string;
  /** called with the name of a clicked data item (a region code on a map) */
  onItemClick?: (name: string) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // kept in a ref so that a new callback does not rebuild the chart
  const clicked = useRef(onItemClick);
  useEffect(() => {
    clicked.current = onItemClick;
  }, [onItemClick]);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element);
    chart.setOption(option);
    chart.on('click', (params) => clicked.current?.(String(params.name)));
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option]);
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
