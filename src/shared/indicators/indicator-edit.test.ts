import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/builtin-catalog';
import { schemaFromTables } from '../rules/rule-data-source';
import { BUILTIN_INDICATORS } from './builtin-indicators';
import { checkIndicatorDraft, validateIndicatorSet, withIndicator } from './indicator-edit';
import { builtInIndicatorSet } from './indicator-set';
import type { IndicatorDef } from './indicator-types';

const schema = schemaFromTables(builtInCatalog().tables);
const ratio = BUILTIN_INDICATORS.find((d) => d.id === 'basic.student-teacher-ratio') as IndicatorDef;

describe('editing an indicator', () => {
  it('accepts a valid edit and names the part and position of a broken expression', () => {
    expect(checkIndicatorDraft({ ...ratio, name: '生师比（调整）', precision: 1 }, schema)).toEqual({
      ok: true,
    });
    const bad = checkIndicatorDraft({ ...ratio, denominator: 'count(A6-1-1) +' }, schema);
    expect(bad).toMatchObject({ ok: false, part: 'denominator' });
    expect(bad.ok ? '' : bad.message).toMatch(/^生师比的分母：第 \d+ 个字符/);
    const unknown = checkIndicatorDraft({ ...ratio, numerator: 'sum(A3.不存在的字段)' }, schema);
    expect(unknown).toMatchObject({ ok: false, part: 'numerator' });
    expect(unknown.ok ? '' : unknown.message).toContain('没有字段“不存在的字段”');
  });

  it('says in Chinese which part of the definition is wrong', () => {
    expect(checkIndicatorDraft({ ...ratio, name: ' ' }, schema)).toEqual({
      ok: false,
      part: null,
      message: '指标名称不能为空',
    });
    expect(checkIndicatorDraft({ ...ratio, precision: 7 }, schema)).toMatchObject({
      message: '小数位数不能大于 4',
    });
    expect(checkIndicatorDraft({ ...ratio, unit: '很长的单位'.repeat(5) }, schema)).toMatchObject({
      message: '单位过长（最多 20 字）',
    });
    // A period the indicator does not declare is refused, naming the table.
    const mixed = checkIndicatorDraft({ ...ratio, numerator: 'A5-1.财政经常性补助收入' }, schema);
    expect(mixed.ok ? '' : mixed.message).toContain('A5-1');
  });

  it('stores the edit as the next version, validated whole', () => {
    const set = builtInIndicatorSet('2026-09-01T00:00:00.000Z');
    const next = withIndicator(set, { ...ratio, verified: false, name: '生师比（折合）' });
    expect(next.version).toBe(2);
    expect(next.indicators).toHaveLength(set.indicators.length);
    expect(next.indicators.find((d) => d.id === ratio.id)?.name).toBe('生师比（折合）');
    expect(validateIndicatorSet(next.indicators, schema).ok).toBe(true);
    const broken = next.indicators.map((d) => (d.id === ratio.id ? { ...d, definition: '' } : d));
    const r = validateIndicatorSet(broken, schema);
    expect(r.ok ? '' : r.error.message).toBe('指标有误，未保存：“生师比（折合）”的指标内涵不能为空');
    const twice = validateIndicatorSet([...next.indicators, ratio], schema);
    expect(twice.ok ? '' : twice.error.message).toContain('重复');
  });
});
