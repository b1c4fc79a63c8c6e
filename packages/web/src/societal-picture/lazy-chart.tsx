import { Suspense, lazy } from 'react';
import type { EChartsOption } from 'echarts';

const SocietalChart = lazy(() =>
  import('./societal-chart.tsx').then((m) => ({ default: m.SocietalChart })),
);

/** A chart of this area; ECharts arrives with the first chart, not with the app. */
export function LazyChart(props: { option: EChartsOption; height: number; label: string }) {
  return (
    <Suspense fallback={<div style={{ height: props.height }} />}>
      <SocietalChart {...props} />
    </Suspense>
  );
}
