/**
 * The ECharts option of a report chart, from the rows its source resolved to. One function for every
 * place a chart is drawn — the editor (canvas), the .docx (PNG) and the HTML export (SVG) — so the
 * three always show the same chart. No animation: exports render a single frame.
 */
import type { EChartsOption } from 'echarts';
import type { ChartKind } from './live-attrs';
import type { AggregateRow } from './data-source';

export const CHART_FONT = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif';

export function buildChartOption(
  kind: ChartKind,
  title: string,
  rows: readonly AggregateRow[],
): EChartsOption {
  const base: EChartsOption = {
    animation: false,
    textStyle: { fontFamily: CHART_FONT },
    title: { text: title, left: 'center', textStyle: { fontSize: 15 } },
    tooltip: {},
  };
  const names = rows.map((r) => r.group);
  const values = rows.map((r) => r.value);
  if (kind === 'pie')
    return {
      ...base,
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: '60%',
          label: { formatter: '{b}: {c} ({d}%)' },
          data: rows.map((r) => ({ name: r.group, value: r.value })),
        },
      ],
    };
  if (kind === 'radar') {
    const max = Math.max(1, ...values) * 1.2;
    return {
      ...base,
      radar: { indicator: names.map((name) => ({ name, max })) },
      series: [{ type: 'radar', data: [{ value: values, name: title }] }],
    };
  }
  return {
    ...base,
    grid: { left: 60, right: 20, top: 50, bottom: 60 },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value' },
    series: [{ type: kind, data: values, label: { show: true, position: 'top' } }],
  };
}
