import { describe, expect, it } from 'vitest';
import { catalogFixture } from './catalog-fixtures';
import type { Catalog, TableDef } from './catalog-types';
import { addTable, renameTable, updateTable } from './table-editing';
import { validateCatalog } from './validate-catalog';

function table(c: Catalog, code: string): TableDef | undefined {
  return c.tables.find((t) => t.code === code);
}

const NEW = {
  code: 'X-1',
  name: '校企合作项目表',
  category: '本校补充',
  period: 'academic-year',
  shape: 'list',
} as const;

describe('addTable', () => {
  it('appends an empty 待定义 supplementary table without touching the input', () => {
    const c = catalogFixture();
    const before = structuredClone(c);
    const r = addTable(c, NEW);
    expect(c).toEqual(before);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.tables).toHaveLength(3);
    expect(table(r.value, 'X-1')).toMatchObject({
      status: 'pending',
      fields: [],
      supplementary: true,
      ownerDepartment: null,
    });
    expect(r.value.version).toBe(c.version);
    expect(validateCatalog(r.value).ok).toBe(true);
  });

  it('refuses a code that is not a safe ASCII id, or one already used, or an empty name', () => {
    const c = catalogFixture();
    expect(addTable(c, { ...NEW, code: 'A11-5 (补)' })).toMatchObject({
      ok: false,
      error: { code: 'bad-table-code' },
    });
    expect(addTable(c, { ...NEW, code: 'A1' })).toMatchObject({
      ok: false,
      error: { code: 'duplicate-table-code', message: '表代码 A1 已存在' },
    });
    expect(addTable(c, { ...NEW, name: '  ' })).toMatchObject({ ok: false, error: { code: 'empty-name' } });
  });
});

describe('renameTable', () => {
  it('changes the name and keeps the code', () => {
    const r = renameTable(catalogFixture(), 'A1', ' 学校基本信息 ');
    expect(r.ok && table(r.value, 'A1')?.name).toBe('学校基本信息');
  });

  it('refuses an unknown table or an empty name', () => {
    expect(renameTable(catalogFixture(), 'A99', 'x')).toMatchObject({
      ok: false,
      error: { code: 'table-not-found', message: '找不到表 A99' },
    });
    expect(renameTable(catalogFixture(), 'A1', '')).toMatchObject({
      ok: false,
      error: { code: 'empty-name' },
    });
  });
});

describe('updateTable', () => {
  it('changes settings and shares the untouched tables', () => {
    const c = catalogFixture();
    const r = updateTable(c, 'A10-1', {
      ownerDepartment: 'JWC',
      cooperatingDepartments: ['XGC'],
      core: true,
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(table(r.value, 'A10-1')).toMatchObject({
      ownerDepartment: 'JWC',
      cooperatingDepartments: ['XGC'],
      core: true,
    });
    expect(table(r.value, 'A1')).toBe(table(c, 'A1'));
  });

  it('drops the natural key when a list becomes a single-record form', () => {
    const r = updateTable(catalogFixture(), 'A10-1', { shape: 'form' });
    expect(r.ok && table(r.value, 'A10-1')?.naturalKey).toEqual([]);
  });

  it('removes an optional property set to undefined', () => {
    const withCode = updateTable(catalogFixture(), 'A1', { officialCode: '1' });
    if (!withCode.ok) throw new Error(withCode.error.message);
    const r = updateTable(withCode.value, 'A1', { officialCode: undefined });
    expect(r.ok && 'officialCode' in (table(r.value, 'A1') ?? {})).toBe(false);
  });
});
