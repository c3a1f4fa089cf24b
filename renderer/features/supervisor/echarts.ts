/**
 * The part of ECharts the dashboard uses (bar charts, axes, tooltip, legend, canvas), imported
 * by name so the build leaves the rest out; BoardCharts loads this module on first use.
 */
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export { echarts };
