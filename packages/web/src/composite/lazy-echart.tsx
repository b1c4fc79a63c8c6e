import { Suspense, lazy } from 'react';
import type { EChartsOption } from 'echarts';

const EChart = lazy(() => import('../measures/echart.tsx').then((m) => ({ default: m.EChart })));

/** ECharts arrives with the first chart of the page, not with the app. */
export function LazyEChart(props: { option: EChartsOption; height: number; label: string }) {
  return (
    <Suspense fallback={<div style={{ height: props.height }} />}>
      <EChart {...props} />
    </Suspense>
  );
}
