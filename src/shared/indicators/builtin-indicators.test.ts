import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/builtin-catalog';
import { compileRules, evaluateRules } from '../rules';
import { memoryDataSource, schemaFromTables } from '../rules/rule-data-source';
import { STARTER_RULES } from '../rules/starter-rules';
import { BUILTIN_INDICATORS } from './builtin-indicators';
import { compileIndicators, type CompiledIndicator } from './indicator-compiler';
import { computeIndicators } from './indicator-engine';
import { indicatorSetSchema } from './indicator-types';
import type { IndicatorValue } from './indicator-value';
import { FIXTURE_EXPECTED, fixtureRows, fixtureSource } from './testing/fixture-school';

const tables = builtInCatalog().tables;
const schema = schemaFromTables(tables);

function compiledBuiltins(): CompiledIndicator[] {
  const { compiled, issues } = compileIndicators(BUILTIN_INDICATORS, schema);
  expect(issues).toEqual([]);
  return compiled;
}

function valueOf(values: ReadonlyMap<string, IndicatorValue>, id: string): IndicatorValue {
  const v = values.get(id);
  if (v === undefined) throw new Error(`no value for ${id}`);
  return v;
}

describe('built-in indicators', () => {
  it('are at least 25, valid as a set, and compile against the built-in catalog without notes', () => {
    expect(BUILTIN_INDICATORS.length).toBeGreaterThanOrEqual(25);
    expect(indicatorSetSchema.safeParse(BUILTIN_INDICATORS).success).toBe(true);
    for (const c of compiledBuiltins()) expect(c.notes).toEqual([]);
  });

  it('include the indicators the analysis and the quality report need', () => {
    const names = new Set(BUILTIN_INDICATORS.map((d) => d.name));
    for (const n of [
      '全日制在校生数',
      '折合在校生数',
      '教师总数',
      '生师比',
      '具有研究生学位教师占专任教师的比例',
      '具有高级职务教师占专任教师的比例',
      '双师素质教师比例',
      '生均教学行政用房',
      '生均教学科研仪器设备值',
      '生均图书',
      '生均占地面积',
      '生均宿舍面积',
      '百名学生配教学用计算机台数',
      '新增教学科研仪器设备所占比例',
      '生均校内实践教学工位数',
      '生均财政拨款',
      '就业率',
      '对口就业率',
      '专业数',
      '招生计划完成率',
    ])
      expect(names).toContain(n);
  });

  it('give the hand-computed value of every indicator on the fixture school', () => {
    const values = computeIndicators(compiledBuiltins(), fixtureSource());
    for (const def of BUILTIN_INDICATORS) {
      const want = FIXTURE_EXPECTED[def.id];
      expect(want, `no hand value for ${def.id}`).toBeDefined();
      const got = valueOf(values, def.id);
      if (typeof want === 'number') {
        expect(got.ok ? got.value : got.reason, def.id).toBeCloseTo(want, 9);
      } else {
        expect(got.ok ? got.text : got.reason, def.id).toBe(want);
      }
    }
  });

  it('cap the external teachers at a quarter of the full-time ones (教发〔2004〕2号)', () => {
    const rows = fixtureRows();
    rows['A6-3-1'] = (rows['A6-3-1'] ?? []).slice(0, 2);
    const values = computeIndicators(compiledBuiltins(), fixtureSource(rows));
    // 2 × 0.5 = 1 < 10 / 4 → 教师总数 11; 生师比 169 / 11.
    expect(valueOf(values, 'teachers.total')).toMatchObject({ ok: true, value: 11 });
    const ratio = valueOf(values, 'basic.student-teacher-ratio');
    expect(ratio.ok && ratio.value).toBeCloseTo(169 / 11, 9);
    expect(ratio.ok && ratio.text).toBe('15.36');
  });

  it('weight 留学生 ×3, 夜大 ×0.3 and 函授 ×0.1 in 折合在校生数, but not in 全日制在校生数', () => {
    const rows = fixtureRows();
    const x1 = rows['A1-X1']?.[0];
    if (x1 === undefined) throw new Error('fixture');
    rows['A1-X1'] = [
      {
        ...x1,
        values: {
          senioredustunum: 1000,
          abroad: 10,
          eveninguniversitystudent: 100,
          correspondencestudent: 100,
        },
      },
    ];
    const values = computeIndicators(compiledBuiltins(), fixtureSource(rows));
    // Empty parts count as 0: 全日制 = 1000 + 10; 折合 = 1000 + 30 + 30 + 10.
    expect(valueOf(values, 'students.full-time')).toMatchObject({ ok: true, value: 1010, text: '1,010 人' });
    expect(valueOf(values, 'students.weighted')).toMatchObject({ ok: true, value: 1070 });
  });

  it('say 无法计算 with the reason on zero or missing denominators, never Infinity or NaN', () => {
    const rows = fixtureRows();
    rows['A6-1-1'] = [];
    rows['A6-3-1'] = [];
    rows['A1-X1'] = [];
    rows['A7-6-1'] = rows['A7-6-1']?.map((r) => ({ ...r, values: { ...r.values, planenrolnum: 0 } })) ?? [];
    const values = computeIndicators(compiledBuiltins(), fixtureSource(rows));
    const reason = (id: string) => {
      const v = valueOf(values, id);
      return v.ok ? v.text : v.reason;
    };
    expect(reason('basic.student-teacher-ratio')).toBe('无法计算（折合在校生数缺少数据：A1-X1 未填报）');
    expect(reason('basic.postgraduate-teachers')).toBe('无法计算（分母“专任教师数”为 0）');
    expect(reason('basic.teaching-admin-space')).toBe('无法计算（全日制在校生数缺少数据：A1-X1 未填报）');
    expect(reason('enrolment.plan-completion')).toBe('无法计算（分母“计划招生数”为 0）');
    expect(reason('teachers.total')).toBe('0 人');
    for (const v of values.values()) if (v.ok) expect(Number.isFinite(v.value)).toBe(true);
  });

  it('write every head count the same way: whole numbers without decimals, a 折合 half as a half', () => {
    const compiled = compiledBuiltins();
    const textOf = (rows: ReturnType<typeof fixtureRows>, id: string) => {
      const v = valueOf(computeIndicators(compiled, memoryDataSource({ tables, rows })), id);
      return v.ok ? v.text : v.reason;
    };
    const rows = fixtureRows();
    const teachers = rows['A6-1-1'] ?? [];
    // The fixture's 教师总数 is 10 专任 + 5 × 0.5: a half.
    expect(textOf(rows, 'teachers.full-time')).toBe(`${teachers.length} 人`);
    expect(textOf(rows, 'teachers.total')).toBe('12.5 人');
    // Without external teachers 教师总数 equals 专任教师数 and is written like it.
    const noExternal = { ...rows, 'A6-3-1': [] };
    expect(textOf(noExternal, 'teachers.total')).toBe(textOf(noExternal, 'teachers.full-time'));
    // Every size figure in 人 drops trailing zeros; ratios keep theirs.
    for (const d of BUILTIN_INDICATORS.filter((x) => x.unit === '人')) expect(d.kind, d.id).toBe('scale');
  });

  it('say which tables a station does not hold', () => {
    const rows = fixtureRows();
    delete rows['A1-X1'];
    const source = memoryDataSource({ tables, rows });
    const v = valueOf(computeIndicators(compiledBuiltins(), source), 'basic.books-per-student');
    expect(v).toMatchObject({ ok: false, code: 'not-held', missingTables: ['A1-X1'] });
    expect(v.ok ? '' : v.reason).toBe('无法计算（本站没有 A1-X1 的数据）');
  });

  it('treat an empty field of a held form as missing data, not as zero', () => {
    const rows = fixtureRows();
    rows['A5-1'] = (rows['A5-1'] ?? []).map((r) => ({ ...r, values: { schoolincome: 10 } }));
    const v = valueOf(
      computeIndicators(compiledBuiltins(), fixtureSource(rows)),
      'finance.fiscal-per-student',
    );
    expect(v.ok ? v.text : v.reason).toBe('无法计算（财政经常性补助收入（万元）缺少数据：相关字段均未填写）');
  });
});

describe('the A1-X1.weighted starter rule', () => {
  it('compares the entered 折合在校生数 with the one computed from the parts', () => {
    const rule = STARTER_RULES.find((r) => r.id === 'A1-X1.weighted');
    const { compiled } = compileRules(rule === undefined ? [] : [rule], schema);
    const rows = fixtureRows();
    expect(evaluateRules(compiled, fixtureSource(rows))[0]?.status).toBe('pass');
    rows['A1-X1'] = (rows['A1-X1'] ?? []).map((r) => ({ ...r, values: { ...r.values, offnum: 170 } }));
    const [result] = evaluateRules(compiled, fixtureSource(rows));
    expect(result?.status).toBe('fail');
    expect(result?.message).toBe('填报的折合在校生数 170 与按分项折算的 169 不一致');
  });
});
