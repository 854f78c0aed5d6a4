import { lazy, Suspense } from 'react';
import type { GroupedBarChartProps } from './GroupedBarChart';

/** The chart's chunk (visx): a page that draws a chart may start loading it early, before its data is there. */
export const loadGroupedBarChart = () => import('./GroupedBarChart');

const Chart = lazy(() => loadGroupedBarChart().then((m) => ({ default: m.GroupedBarChart })));

/** The grouped bar chart, loaded on first use; an empty box of its height meanwhile, so nothing jumps. */
export function LazyGroupedBarChart(props: GroupedBarChartProps) {
  return (
    <Suspense fallback={<div className="chart-placeholder" style={{ aspectRatio: `720 / ${props.height ?? 240}` }} />}>
      <Chart {...props} />
    </Suspense>
  );
}
