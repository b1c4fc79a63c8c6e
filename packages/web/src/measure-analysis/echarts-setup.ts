import * as echarts from 'echarts/core';
import { BarChart, ScatterChart } from 'echarts/charts';
import { LegendComponent, MarkAreaComponent } from 'echarts/components';

// The shared EChart component registers lines and the canvas renderer; the matrix and the
// burden chart also need these. Registering twice is harmless.
echarts.use([ScatterChart, BarChart, MarkAreaComponent, LegendComponent]);
