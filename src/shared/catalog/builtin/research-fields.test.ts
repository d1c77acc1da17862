import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../builtin-catalog';
import type { TableDef } from '../catalog-types';
import { researchTables } from '../draft/research-types';
import { validateCatalog } from '../validate-catalog';
import { RESEARCH_PLANS, cleanLabel, researchFieldType } from './research-fields';

const catalog = builtInCatalog();
const research = researchTables();

function table(code: string): TableDef {
  const t = catalog.tables.find((x) => x.code === code);
  if (t === undefined) throw new Error(`no table ${code}`);
  return t;
}

describe('tables from the column research', () => {
  it('defines every planned table, unverified, and each one validates on its own', () => {
    for (const code of Object.keys(RESEARCH_PLANS)) {
      const t = table(code);
      expect(t.status, code).toBe('defined');
      expect(t.verified, code).toBe(false);
      expect(t.fields.length, code).toBeGreaterThan(5);
      const r = validateCatalog({ ...catalog, tables: [t] });
      expect(r.ok ? 'ok' : r.error.message, code).toBe('ok');
    }
  });

  it('invents no field: every label is a research column (or a kept draft field)', () => {
    for (const [code, plan] of Object.entries(RESEARCH_PLANS)) {
      const src = research[plan.source];
      if (src === undefined) throw new Error(plan.source);
      const labels = new Set(
        [...src.fields, ...(src.extraFieldsPositionUnknown ?? [])].map((f) => cleanLabel(f.label)),
      );
      const kept = new Set(Object.values(plan.existing ?? {}));
      for (const f of table(code).fields)
        if (!kept.has(f.key)) expect(labels.has(f.label), `${code} ${f.label}`).toBe(true);
    }
  });

  it('skips unreadable columns and row numbers', () => {
    for (const code of Object.keys(RESEARCH_PLANS))
      for (const f of table(code).fields) {
        expect(f.label, code).not.toMatch(/^\(|^序号$|not filled|unresolved/);
      }
    expect(table('A9-5').fields.map((f) => f.label)).toEqual([
      '项目名称',
      '项目类别',
      '级别',
      '批准日期',
      '人员名单',
      '备注',
    ]);
  });

  it('keeps the draft fields of A6-3-1 and A6-1-3 with their keys and reuses teacher keys', () => {
    const a631 = table('A6-3-1');
    expect(a631.fields).toHaveLength(27);
    expect(a631.naturalKey).toEqual(['employeecode']);
    for (const k of [
      'dateofwork',
      'signedstatus',
      'backgroundunit',
      'backgroundduty',
      'backgroundappointmentdate',
    ])
      expect(
        a631.fields.some((f) => f.key === k),
        k,
      ).toBe(true);
    const a613 = table('A6-1-3');
    expect(a613.fields).toHaveLength(35);
    expect(a613.fields[0]?.key).toBe('employeeid');
    // The platform template's label, not the draft's truncated 教工 (imports match headers by label).
    expect(a613.fields[0]?.label).toBe('教工号');
    expect(a613.fields[0]?.required).toBe(true);
    expect(a613.naturalKey).toEqual([]);
    expect(table('A6-2-1').fields.find((f) => f.label === '民族')?.key).toBe('nation');
    expect(table('A6-4-1').fields.find((f) => f.label === '学历')?.options).toContain('大学本科');
  });

  it('marks single-source and inferred columns unverified', () => {
    const a83 = table('A8-3');
    expect(a83.fields.find((f) => f.label === '是否在编')?.verified).toBe(false);
    expect(a83.fields.find((f) => f.label === '是否专职政治辅导员')?.verified).toBe(true);
    for (const f of table('A9-5').fields) expect(f.verified, f.label).toBe(false);
    for (const f of table('A6-2-2-1').fields) expect(f.verified, f.label).toBe(false);
  });

  it('types columns from the label and unit', () => {
    expect(researchFieldType('是否骨干教师', '', undefined).type).toBe('boolean');
    expect(researchFieldType('专业技术职务（最高）—获取日期', '', undefined).type).toBe('yearMonth');
    expect(researchFieldType('出生日期', '', undefined).type).toBe('date');
    expect(researchFieldType('会费情况—总数', '元', undefined).type).toBe('decimal');
    expect(researchFieldType('会员数量—总数', '人', undefined).type).toBe('integer');
    expect(researchFieldType('签约情况', '', undefined)).toEqual({ type: 'enum' });
    expect(researchFieldType('专业代码', '', undefined)).toEqual({ type: 'code', pattern: '^\\d{6}$' });
    expect(researchFieldType('主要活动内容', '', undefined).type).toBe('text');
  });
});
