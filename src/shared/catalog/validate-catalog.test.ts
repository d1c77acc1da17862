import { describe, expect, it } from 'vitest';
import { catalogFixture, fieldFixture, tableFixture } from './catalog-fixtures';
import type { Catalog, FieldDef, TableDef } from './catalog-types';
import { validateCatalog } from './validate-catalog';

/** The fixture with A10-1 changed by `edit`. */
function withA101(edit: (t: TableDef) => TableDef): Catalog {
  const c = catalogFixture();
  return { ...c, tables: c.tables.map((t) => (t.code === 'A10-1' ? edit(t) : t)) };
}

/** The fixture with A10-1's 年级 field replaced. */
function withGrade(over: Partial<FieldDef>): Catalog {
  return withA101((t) => ({
    ...t,
    fields: t.fields.map((f) => (f.key === 'grade' ? { ...f, ...over } : f)),
  }));
}

function refusal(c: unknown): { code: string; message: string } {
  const r = validateCatalog(c);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

describe('validateCatalog accepts', () => {
  it('a consistent catalog and returns it', () => {
    const c = catalogFixture();
    const r = validateCatalog(c);
    expect(r).toEqual({ ok: true, value: c });
  });

  it('an enum marked 选项待定 without options', () => {
    expect(validateCatalog(withGrade({ type: 'enum', optionsPending: true })).ok).toBe(true);
  });
});

describe('validateCatalog refuses', () => {
  it('something that is not a catalog', () => {
    expect(refusal(null).code).toBe('catalog-malformed');
    expect(refusal({ version: 0, updatedAt: '', tables: [] }).message).toContain('版本号');
  });

  it('a field key that is not lowercase ASCII, naming the table and field', () => {
    const e = refusal(withGrade({ key: 'Grade' }));
    expect(e.code).toBe('catalog-malformed');
    expect(e.message).toBe(
      '表 A10-1 的字段「年级」的字段标识（只能用小写英文字母、数字和下划线，以字母开头）不正确',
    );
  });

  it('a table code with a slash or parenthesis', () => {
    const c = catalogFixture();
    const e = refusal({
      ...c,
      tables: [...c.tables, tableFixture({ code: 'A7-1-2/A7-1-3', status: 'pending' })],
    });
    expect(e.message).toContain('表代码');
  });

  it('an empty option, naming the options list', () => {
    const e = refusal(withGrade({ type: 'enum', options: ['一年级', ' '] }));
    expect(e.message).toBe('表 A10-1 的字段「年级」的选项不正确');
  });

  it('duplicate table codes', () => {
    const c = catalogFixture();
    const e = refusal({ ...c, tables: [...c.tables, tableFixture({ code: 'A1', status: 'pending' })] });
    expect(e).toMatchObject({ code: 'duplicate-table-code', message: '表代码 A1 重复（「表A1」）' });
  });

  it('duplicate field keys', () => {
    const e = refusal(
      withA101((t) => ({ ...t, fields: [...t.fields, fieldFixture({ key: 'no', label: '学号' })] })),
    );
    expect(e.code).toBe('duplicate-field-key');
    expect(e.message).toContain('表 A10-1 的字段「学号」重复');
  });

  it('duplicate field labels', () => {
    const e = refusal(
      withA101((t) => ({ ...t, fields: [...t.fields, fieldFixture({ key: 'no2', label: '学号' })] })),
    );
    expect(e).toMatchObject({
      code: 'duplicate-field-label',
      message: '表 A10-1 的字段「学号」重复：已有同名字段',
    });
  });

  it('an enum without options unless 选项待定', () => {
    expect(refusal(withGrade({ type: 'enum' })).code).toBe('enum-without-options');
    const e = refusal(withGrade({ type: 'enum', options: [] }));
    expect(e.message).toContain('表 A10-1 的字段「年级」是选项类型，但没有设置选项');
  });

  it('options on a field that is not an enum', () => {
    expect(refusal(withGrade({ options: ['一年级'] })).code).toBe('options-not-allowed');
    expect(refusal(withGrade({ optionsPending: true })).code).toBe('options-not-allowed');
  });

  it('a repeated option', () => {
    const e = refusal(withGrade({ type: 'enum', options: ['一年级', '二年级', '一年级'] }));
    expect(e).toMatchObject({
      code: 'duplicate-option',
      message: '表 A10-1 的字段「年级」的选项「一年级」重复',
    });
  });

  it('min greater than max', () => {
    const e = refusal(withGrade({ type: 'integer', min: 5, max: 2 }));
    expect(e).toMatchObject({
      code: 'min-greater-than-max',
      message: '表 A10-1 的字段「年级」的最小值 5 大于最大值 2',
    });
  });

  it('bounds or precision on a non-numeric field', () => {
    expect(refusal(withGrade({ min: 1 })).code).toBe('bounds-not-allowed');
    expect(refusal(withGrade({ type: 'integer', precision: 2 })).code).toBe('precision-not-allowed');
  });

  it('a pattern that is not a regular expression, or on a non-code field', () => {
    const e = refusal(withGrade({ type: 'code', pattern: '^\\d{6' }));
    expect(e.code).toBe('bad-pattern');
    expect(e.message).toContain('表 A10-1 的字段「年级」的格式');
    expect(refusal(withGrade({ pattern: '^\\d+$' })).code).toBe('pattern-not-allowed');
  });

  it('a natural key naming a field that does not exist, or twice', () => {
    const e = refusal(withA101((t) => ({ ...t, naturalKey: ['no', 'idcard'] })));
    expect(e).toMatchObject({
      code: 'natural-key-unknown-field',
      message: '表 A10-1 的识别字段（自然键）idcard 不是本表的字段',
    });
    expect(refusal(withA101((t) => ({ ...t, naturalKey: ['no', 'no'] }))).code).toBe('natural-key-duplicate');
  });

  it('a natural key on a single-record form', () => {
    expect(refusal(withA101((t) => ({ ...t, shape: 'form' }))).code).toBe('natural-key-on-form');
  });

  it('a 待定义 table with fields and a defined table without', () => {
    expect(refusal(withA101((t) => ({ ...t, status: 'pending' }))).code).toBe('pending-table-has-fields');
    expect(refusal(withA101((t) => ({ ...t, fields: [], naturalKey: [] }))).code).toBe(
      'defined-table-without-fields',
    );
  });

  it('an owner that is also a cooperating department, or a cooperating department twice', () => {
    expect(refusal(withA101((t) => ({ ...t, cooperatingDepartments: ['XGC'] }))).code).toBe(
      'owner-also-cooperating',
    );
    expect(refusal(withA101((t) => ({ ...t, cooperatingDepartments: ['TW', 'TW'] }))).code).toBe(
      'duplicate-cooperating',
    );
  });
});
