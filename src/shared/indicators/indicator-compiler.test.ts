import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/builtin-catalog';
import { schemaFromTables } from '../rules/rule-data-source';
import { indicator } from './builtin-parts';
import { compileIndicator } from './indicator-compiler';
import { computeIndicators } from './indicator-engine';
import { indicatorDefSchema } from './indicator-types';
import { fixtureSource } from './testing/fixture-school';

const schema = schemaFromTables(builtInCatalog().tables);

const base = indicator({
  id: 'x',
  name: '测试指标',
  numerator: 'sum(A7-6-1.实际录取数)',
  numeratorLabel: '录取数',
  definition: '测试',
  source: '测试',
  period: 'academic-year',
});

function message(input: unknown): string {
  const r = compileIndicator(input, schema);
  return r.ok ? 'ok' : r.error.message;
}

describe('compileIndicator', () => {
  it('compiles a ratio and collects its tables', () => {
    const r = compileIndicator(
      { ...base, denominator: 'sum(A7-6-1.计划招生数)', denominatorLabel: '计划数' },
      schema,
    );
    expect(r.ok && r.value.tables).toEqual(['A7-6-1']);
    expect(r.ok && r.value.aggregates.length).toBe(2);
  });

  it('refuses an expression that does not parse, naming the part and the spot', () => {
    const r = compileIndicator({ ...base, numerator: 'sum(A7-6-1.实际录取数' }, schema);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toMatch(/^测试指标的分子：第 \d+ 个字符处/);
    expect(r.error.detail).toMatchObject({ part: 'numerator' });
  });

  it('refuses unknown tables and fields with a hint', () => {
    expect(message({ ...base, numerator: 'count(A99)' })).toContain('没有表“A99”');
    expect(message({ ...base, denominator: 'sum(A7-6-1.计划招生)', denominatorLabel: '计划数' })).toMatch(
      /^测试指标的分母：第 12 个字符处表 A7-6-1 中没有字段“计划招生”（是否想写：计划招生数/,
    );
  });

  it('refuses mixing periods unless the indicator declares it', () => {
    const mixed = {
      ...base,
      numerator: 'A5-1.其中：财政经常性补助收入—合计',
      denominator: 'count(A10-1)',
      denominatorLabel: '学生数',
      period: 'calendar-year' as const,
    };
    expect(message(mixed)).toBe(
      '测试指标：分母引用的表 A10-1（在校生信息表）按时点统计，而指标按自然年统计；如确需混合周期，请在“允许混合的周期”中声明时点',
    );
    expect(message({ ...mixed, periodMix: ['point'] })).toBe('ok');
    expect(message({ ...base, period: 'point' })).toContain('按学年统计');
  });

  it('refuses a malformed definition whole', () => {
    expect(message({ ...base, precision: 9 })).toMatch(/^指标格式不正确：precision/);
    expect(message({ ...base, extra: 1 })).toMatch(/^指标格式不正确/);
    expect(message({ ...base, denominator: 'count(A10-1)' })).toContain('分母与分母名称须同时填写');
    expect(indicatorDefSchema.safeParse({ ...base, periodMix: ['academic-year'] }).success).toBe(false);
  });

  it('notes a listed missing field the catalog now has', () => {
    const r = compileIndicator(
      { ...base, missingFields: [{ table: 'A7-6-1', field: '计划招生数', note: '' }] },
      schema,
    );
    expect(r.ok && r.value.notes).toEqual([
      '目录中已有 A7-6-1“计划招生数”，请更新指标“测试指标”的算式并移除缺少字段说明',
    ]);
  });

  it('reads last year through prev() and says when last year is missing', () => {
    const growth = {
      ...base,
      numerator: 'sum(A7-6-1.实际录取数) - prev(sum(A7-6-1.实际录取数))',
      denominator: 'prev(sum(A7-6-1.实际录取数))',
      denominatorLabel: '上年录取数',
      scale: 100,
    };
    const r = compileIndicator(growth, schema);
    if (!r.ok) throw new Error(r.error.message);
    const alone = computeIndicators([r.value], fixtureSource()).get('x');
    expect(alone).toMatchObject({ ok: false, code: 'no-prev', reason: '无法计算（没有上年数据）' });
    const prev = fixtureSource();
    const withPrev = computeIndicators([r.value], fixtureSource(undefined, prev)).get('x');
    expect(withPrev).toMatchObject({ ok: true, value: 0 });
  });
});
