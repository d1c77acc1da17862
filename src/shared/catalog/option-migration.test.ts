import { describe, expect, it } from 'vitest';
import { catalogFixture } from './catalog-fixtures';
import type { Catalog, FieldDef } from './catalog-types';
import type { CellValue, StoredRow } from '../records/record-types';
import {
  migrateRows,
  optionListChanges,
  suggestedMigration,
  undecidedValue,
  type OptionMigration,
} from './option-migration';
import { validateCatalogChange, type StoredValues } from './validate-catalog-change';

const NOW = '2025-11-02T08:00:00.000Z';
const stored =
  (map: Record<string, CellValue[]>): StoredValues =>
  (table, key) =>
    map[`${table}.${key}`] ?? [];

function withOptions(c: Catalog, key: string, over: Partial<FieldDef>): Catalog {
  return {
    ...c,
    tables: c.tables.map((t) =>
      t.code !== 'A10-1' ? t : { ...t, fields: t.fields.map((f) => (f.key === key ? { ...f, ...over } : f)) },
    ),
  };
}

const row = (id: string, values: Record<string, CellValue>): StoredRow => ({
  id,
  values,
  by: '林信息',
  at: '2025-10-01T00:00:00.000Z',
  src: 'typed',
});

describe('option-list migration', () => {
  const prev = catalogFixture();
  const next = withOptions(prev, 'sex', { options: ['男性', '女性'] });
  const values = stored({ 'A10-1.sex': ['男', '女', '女', ' 男性 ', '未知', null, ''] });

  it('finds the stored values a changed list strands, with counts and a suggestion for renamed options', () => {
    const changes = optionListChanges(prev, next, values);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.stranded).toEqual([
      { value: '男', count: 1, suggestion: '男性' },
      { value: '女', count: 2, suggestion: '女性' },
      { value: '未知', count: 1, suggestion: null },
    ]);
    // An unchanged list, or one that only adds options, needs no decision.
    expect(optionListChanges(prev, prev, values)).toEqual([]);
    const added = withOptions(prev, 'sex', { options: ['男', '女', '其他'] });
    expect(optionListChanges(prev, added, stored({ 'A10-1.sex': ['男'] }))).toEqual([]);
  });

  it('lets the catalog change through once every stranded value is mapped or kept flagged', () => {
    const changes = optionListChanges(prev, next, values);
    const suggested = suggestedMigration(changes);
    expect(suggested).toEqual({ 'A10-1.sex': { 男: '男性', 女: '女性', 未知: null } });
    expect(undecidedValue(changes, suggested)).toBeNull();
    expect(undecidedValue(changes, { 'A10-1.sex': { 男: '男性', 女: '女性' } })?.value).toBe('未知');
    expect(undecidedValue(changes, { 'A10-1.sex': { 男: '男', 女: '女性', 未知: null } })?.value).toBe('男');
    expect(validateCatalogChange(prev, next, values, NOW).ok).toBe(false);
    expect(validateCatalogChange(prev, next, values, NOW, suggested).ok).toBe(true);
  });

  it('rewrites only the rows holding a mapped value, stamped, and counts the flagged cells', () => {
    const migration: OptionMigration = { 'A10-1.sex': { 男: '男性', 未知: null } };
    const rows = [row('a', { sex: '男', name: '甲' }), row('b', { sex: '女性' }), row('c', { sex: '未知' })];
    const out = migrateRows(
      rows,
      migration['A10-1.sex'] ? { sex: migration['A10-1.sex'] } : {},
      '吴督导',
      NOW,
    );
    expect(out.rows).toEqual([{ ...row('a', { sex: '男性', name: '甲' }), by: '吴督导', at: NOW }]);
    expect(out).toMatchObject({ mapped: 1, flagged: 1 });
    expect(rows[0]?.values.sex).toBe('男');
  });
});
