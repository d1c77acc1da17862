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
    // The exports name a chart by its caption under it (图 1 …) and pass no title to draw inside it.
    ...(title ? { title: { text: title, left: 'center', textStyle: { fontSize: 15 } } } : {}),
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
          radius: '52%',
          center: ['50%', '50%'],
          // Name over figure, shares to one decimal: on one line, labels on the left ran out of the
          // frame and were cut to "文化艺术大类: 1044 (8.1...".
          percentPrecision: 1,
          label: {
            formatter: (p: { name: string; value: unknown; percent?: number }) =>
              `${p.name}\n${String(p.value)}（${(p.percent ?? 0).toFixed(1)}%）`,
            lineHeight: 15,
          },
          // A zero share draws no slice, only a stray label.
          data: rows.filter((r) => r.value !== 0).map((r) => ({ name: r.group, value: r.value })),
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
    grid: { left: 60, right: 20, top: title ? 50 : 24, bottom: 60 },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0 } },
    // Axis figures as the text and tables print them (3000, not ECharts' 3,000).
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => String(v) } },
    series: [{ type: kind, data: values, label: { show: true, position: 'top' } }],
  };
}

/**
 * A chart as the .docx and HTML exports draw it: named by its numbered caption under it (图 1 …), as
 * official documents name figures, so no title inside.
 */
export function exportChartOption(chart: {
  readonly chart: ChartKind;
  readonly rows: readonly AggregateRow[];
}): EChartsOption {
  return buildChartOption(chart.chart, '', chart.rows);
}
