/** 图表: an ECharts chart bound to indicators or a grouped query; edited in the side panel (ChartPanel). */
import { liveBlockNode } from './live-block';
import { ChartView } from './ChartView';

export const Chart = liveBlockNode(
  'chart',
  { chartId: '', kind: 'bar', title: '', caption: '', source: { type: 'indicators', indicatorIds: [] } },
  ChartView,
);
