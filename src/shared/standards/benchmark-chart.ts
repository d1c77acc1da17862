/**
 * The 对标 chart, as data and an ECharts option: each judged indicator's value as a share of its
 * standard (100% = reaches it; for a lower-is-better indicator such as 生师比 the standard over the
 * value). The analysis view draws it and the 核心数据分析报告 embeds it as a PNG, from the same option.
 */
import type { IndicatorDef, IndicatorValue } from '../indicators';
import type { Judgement } from './benchmark';

export interface BenchmarkBar {
  readonly name: string;
  /** Percent of the standard, one decimal. */
  readonly share: number;
  readonly met: boolean;
}

export interface BenchmarkChartInput {
  readonly def: Pick<IndicatorDef, 'name' | 'direction'>;
  readonly value: IndicatorValue;
  readonly judgement: Pick<Judgement, 'reference' | 'status'>;
}

export function benchmarkBars(rows: readonly BenchmarkChartInput[]): BenchmarkBar[] {
  return rows.flatMap((r) => {
    const ref = r.judgement.reference;
    if (!r.value.ok || ref === null || ref.value === 0) return [];
    if (r.def.direction === 'lower' && r.value.value === 0) return [];
    const share = r.def.direction === 'higher' ? r.value.value / ref.value : ref.value / r.value.value;
    return [{ name: r.def.name, share: Math.round(share * 1000) / 10, met: r.judgement.status === 'met' }];
  });
}

/** The chart's height for its bars, in CSS pixels. */
export function benchmarkChartHeight(bars: readonly BenchmarkBar[]): number {
  return 40 + bars.length * 32;
}

export function benchmarkChartOption(bars: readonly BenchmarkBar[]): Record<string, unknown> {
  return {
    animation: false,
    grid: { left: 220, right: 60, top: 20, bottom: 30 },
    xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: bars.map((b) => b.name), inverse: true },
    series: [
      {
        type: 'bar',
        data: bars.map((b) => ({ value: b.share, itemStyle: { color: b.met ? '#52c41a' : '#f5222d' } })),
        label: { show: true, position: 'right', formatter: '{c}%' },
        markLine: { silent: true, symbol: 'none', data: [{ xAxis: 100 }], lineStyle: { color: '#555' } },
      },
    ],
  };
}
