import { describe, expect, it } from 'vitest';
import { catalogFixture, fieldFixture, tableFixture } from './catalog-fixtures';
import type { Catalog, FieldDef } from './catalog-types';
import type { CellValue } from '../records/record-types';
import { validateCatalogChange } from './validate-catalog-change';
import type { StoredValues } from './validate-catalog-change';

const NOW = '2025-11-02T08:00:00.000Z';

/** Stored values keyed `TABLE.field`; every other field has none. */
function stored(map: Record<string, CellValue[]>): StoredValues {
  return (table, key) => map[`${table}.${key}`] ?? [];
}

function changeField(c: Catalog, table: string, key: string, over: Partial<FieldDef>): Catalog {
  return {
    ...c,
    tables: c.tables.map((t) =>
      t.code !== table ? t : { ...t, fields: t.fields.map((f) => (f.key === key ? { ...f, ...over } : f)) },
    ),
  };
}

describe('validateCatalogChange', () => {
  const prev = catalogFixture();

  it('accepts a change the stored values fit, bumping the version and stamping the time', () => {
    const next = changeField(prev, 'A10-1', 'grade', { type: 'integer' });
    const r = validateCatalogChange(prev, next, stored({ 'A10-1.grade': ['2023', 2024, null, ''] }), NOW);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.version).toBe(4);
      expect(r.value.updatedAt).toBe(NOW);
      expect(r.value.tables).toEqual(next.tables);
    }
  });

  it('refuses text → integer when a stored value is not a number, naming the first such value', () => {
    const next = changeField(prev, 'A10-1', 'grade', { type: 'integer' });
    const r = validateCatalogChange(prev, next, stored({ 'A10-1.grade': ['2023', '二年级', '三年级'] }), NOW);
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'values-do-not-fit',
        message: '表 A10-1 的字段「年级」改为整数后与已有数据不符：「二年级」不是整数',
        detail: { tableCode: 'A10-1', fieldKey: 'grade', value: '二年级' },
      },
    });
  });

  it('refuses removing an enum option that is in use', () => {
    const next = changeField(prev, 'A10-1', 'sex', { options: ['男'] });
    const r = validateCatalogChange(prev, next, stored({ 'A10-1.sex': ['男', '女'] }), NOW);
    expect(r.ok ? '' : r.error.message).toBe('表 A10-1 的字段「性别」修改后与已有数据不符：「女」不在选项中');
  });

  it('accepts removing an option nobody uses', () => {
    const next = changeField(prev, 'A10-1', 'sex', { options: ['男'] });
    expect(validateCatalogChange(prev, next, stored({ 'A10-1.sex': ['男'] }), NOW).ok).toBe(true);
  });

  it('refuses a date → year-month change that would lose the day, and a tightened bound', () => {
    const withDate = changeField(prev, 'A10-1', 'grade', { type: 'date' });
    const toYm = changeField(prev, 'A10-1', 'grade', { type: 'yearMonth' });
    const r1 = validateCatalogChange(withDate, toYm, stored({ 'A10-1.grade': ['20240901'] }), NOW);
    expect(r1.ok ? '' : r1.error.code).toBe('values-do-not-fit');
    const int = changeField(prev, 'A10-1', 'grade', { type: 'integer' });
    const bounded = changeField(prev, 'A10-1', 'grade', { type: 'integer', max: 3 });
    const r2 = validateCatalogChange(int, bounded, stored({ 'A10-1.grade': [1, 4] }), NOW);
    expect(r2.ok ? '' : r2.error.message).toContain('「4」大于最大值 3');
  });

  it('checks a new field against values left under its key', () => {
    const next: Catalog = {
      ...prev,
      tables: prev.tables.map((t) =>
        t.code === 'A1'
          ? { ...t, fields: [...t.fields, fieldFixture({ key: 'f_1', label: '占地', type: 'decimal' })] }
          : t,
      ),
    };
    const r = validateCatalogChange(prev, next, stored({ 'A1.f_1': ['很大'] }), NOW);
    expect(r.ok ? '' : r.error.message).toContain('「很大」不是数值');
  });

  it('does not read values of fields whose constraints did not change', () => {
    const next = changeField(prev, 'A10-1', 'grade', { label: '所在年级', note: '入学年份' });
    const read: string[] = [];
    const r = validateCatalogChange(prev, next, (t, k) => (read.push(`${t}.${k}`), ['x']), NOW);
    expect(r.ok).toBe(true);
    expect(read).toEqual([]);
  });

  it('allows removing a field (stored values are kept) but not a table that holds data', () => {
    const noGrade: Catalog = {
      ...prev,
      tables: prev.tables.map((t) =>
        t.code === 'A10-1' ? { ...t, fields: t.fields.filter((f) => f.key !== 'grade') } : t,
      ),
    };
    expect(validateCatalogChange(prev, noGrade, stored({ 'A10-1.grade': ['x'] }), NOW).ok).toBe(true);
    const noA1: Catalog = { ...prev, tables: prev.tables.filter((t) => t.code !== 'A1') };
    const r = validateCatalogChange(prev, noA1, stored({ 'A1.name': ['汕头职业技术学院'] }), NOW);
    expect(r.ok ? '' : r.error).toMatchObject({
      code: 'table-in-use',
      message: '表 A1「院校基本信息表」已有数据，不能删除',
    });
    expect(validateCatalogChange(prev, noA1, stored({ 'A1.name': [null] }), NOW).ok).toBe(true);
  });

  it('refuses an inconsistent catalog before looking at data', () => {
    const next = { ...prev, tables: [...prev.tables, tableFixture({ code: 'A1', status: 'pending' })] };
    const r = validateCatalogChange(prev, next, stored({}), NOW);
    expect(r.ok ? '' : r.error.code).toBe('duplicate-table-code');
  });
});
