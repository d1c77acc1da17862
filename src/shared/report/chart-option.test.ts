import { describe, expect, it } from 'vitest';
import { buildChartOption } from './chart-option';

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
