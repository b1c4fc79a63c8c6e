import { Suspense, lazy } from 'react';
import type { EChartsOption } from 'echarts';

const AnalysisChart = lazy(() =>
  import('./analysis-chart.tsx').then((m) => ({ default: m.AnalysisChart })),
);

export function LazyChart(props: { option: EChartsOption; height: number; label: string }) {
  return (
    <Suspense fallback={<div style={{ height: props.height }} />}>
      <AnalysisChart {...props} />
    </Suspense>
  );
}
