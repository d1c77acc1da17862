import { describe, expect, it } from 'vitest';
import { buildChartOption, exportChartOption } from './chart-option';

const rows = [
  { group: '电子与信息大类', value: 1200 },
  { group: '装备制造大类', value: 860 },
];

describe('buildChartOption', () => {
  it('draws bar and line charts over the groups, without animation', () => {
    for (const kind of ['bar', 'line'] as const) {
      const o = buildChartOption(kind, '专业大类在校生', rows);
      expect(o.animation).toBe(false);
      expect(o.xAxis).toMatchObject({ data: ['电子与信息大类', '装备制造大类'] });
      expect(o.series).toEqual([expect.objectContaining({ type: kind, data: [1200, 860] })]);
    }
  });

  it('draws a pie of named values and a radar with one axis per group', () => {
    expect(buildChartOption('pie', 't', rows).series).toEqual([
      expect.objectContaining({
        type: 'pie',
        data: [
          { name: '电子与信息大类', value: 1200 },
          { name: '装备制造大类', value: 860 },
        ],
      }),
    ]);
    const radar = buildChartOption('radar', 't', rows);
    expect(radar.radar).toMatchObject({
      indicator: [
        { name: '电子与信息大类', max: 1440 },
        { name: '装备制造大类', max: 1440 },
      ],
    });
  });
});

const MAJORS = [
  ['电子与信息大类', 3258],
  ['装备制造大类', 2874],
  ['财经商贸大类', 2106],
  ['医药卫生大类', 1530],
  ['文化艺术大类', 1044],
  ['旅游大类', 810],
  ['教育与体育大类', 654],
  ['交通运输大类', 498],
  ['（未填）', 0],
].map(([group, value]) => ({ group: String(group), value: Number(value) }));

/** The chart as the HTML export draws it (ECharts' server-side SVG, the exports' 600×350 frame). */
async function svg(kind: 'bar' | 'pie'): Promise<string> {
  const echarts = await import('echarts');
  const c = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: 600, height: 350 });
  c.setOption(buildChartOption(kind, '各专业大类在校生人数', MAJORS));
  const out = c.renderToSVGString();
  c.dispose();
  return out;
}

const texts = (s: string) => [...s.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe('charts as printed', () => {
  it('labels every slice of a pie in full with its figure and a one-decimal share, and draws no zero slice', async () => {
    const labels = texts(await svg('pie'));
    expect(labels.some((t) => t.includes('…') || t.endsWith('...'))).toBe(false);
    expect(labels).toContain('文化艺术大类');
    expect(labels).toContain('1044（8.2%）');
    expect(labels).toContain('3258（25.5%）');
    expect(labels).toContain('1530（12.0%）');
    expect(labels.some((t) => t.startsWith('0（'))).toBe(false);
  });

  it('draws no title inside the chart when given none (the exports name it by its caption)', () => {
    const o = buildChartOption('bar', '', MAJORS);
    expect(o).not.toHaveProperty('title');
    expect(o.grid).toMatchObject({ top: 24 });
    expect(buildChartOption('bar', '在校生', MAJORS).title).toMatchObject({ text: '在校生' });
    expect(exportChartOption({ chart: 'pie', rows: MAJORS })).not.toHaveProperty('title');
  });

  it('writes the value axis without thousands separators, as the text and tables do', async () => {
    const labels = texts(await svg('bar'));
    expect(labels).toContain('3000');
    expect(labels.some((t) => /\d,\d{3}/.test(t))).toBe(false);
  });
});
