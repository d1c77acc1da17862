import { describe, expect, it } from 'vitest';
import { catalogFixture } from './catalog-fixtures';
import type { Catalog, FieldDef } from './catalog-types';
import type { CellValue } from '../records/record-types';
import {
  followSteps,
  migrationStep,
  migrationStepsSchema,
  resolveIncomingMigration,
  type MigrationStep,
} from './incoming-migration';
import { optionListChanges } from './option-migration';
import type { StoredValues } from './validate-catalog-change';

const stored =
  (map: Record<string, CellValue[]>): StoredValues =>
  (table, key) =>
    map[`${table}.${key}`] ?? [];

function withSex(c: Catalog, over: Partial<FieldDef>, version = c.version + 1): Catalog {
  return {
    ...c,
    version,
    tables: c.tables.map((t) =>
      t.code !== 'A10-1'
        ? t
        : { ...t, fields: t.fields.map((f) => (f.key === 'sex' ? { ...f, ...over } : f)) },
    ),
  };
}

describe('an option-list change reaching a department', () => {
  const v3 = catalogFixture();
  const v4 = withSex(v3, { options: ['男性', '女性'] });
  const v5 = withSex(v4, { options: ['男士', '女士'] });
  const steps: MigrationStep[] = [
    migrationStep(5, { 'A10-1.sex': { 男性: '男士', 女性: '女士' } }),
    migrationStep(4, { 'A10-1.sex': { 男: '男性', 未知: null } }),
  ];

  it('asks the office about dropped options even where it holds none of them', () => {
    const changes = optionListChanges(v3, v4, stored({ 'A10-1.sex': ['男'] }));
    expect(changes[0]?.stranded).toEqual([
      { value: '男', count: 1, suggestion: '男性' },
      { value: '女', count: 0, suggestion: '女性' },
    ]);
    // A 选项待定 list had no options to drop: only stored values are asked about.
    const pending = withSex(v3, { options: [], optionsPending: true }, 3);
    expect(optionListChanges(pending, v4, stored({}))).toEqual([]);
  });

  it('follows each stored value through every version’s decisions, oldest first', () => {
    expect(followSteps(steps, 'A10-1.sex', '男')).toBe('男士');
    expect(followSteps(steps, 'A10-1.sex', '女性')).toBe('女士');
    expect(followSteps(steps, 'A10-1.sex', '未知')).toBe('未知');
    expect(followSteps(steps, 'A10-1.grade', '男')).toBe('男');
  });

  it('rewrites what ends on a new option and flags every other stranded value, with counts', () => {
    // The department still holds v3 (it missed v4): 男 goes through both versions; 女 was never decided.
    const values = stored({ 'A10-1.sex': ['男', '男', '女', '未知', '男士', null] });
    const out = resolveIncomingMigration(v3, v5, values, steps);
    expect(out.migration).toEqual({ 'A10-1.sex': { 男: '男士', 女: null, 未知: null } });
    expect(out.mapped).toBe(2);
    expect(out.flagged).toEqual([
      { tableCode: 'A10-1', tableName: '在校生信息表', fieldLabel: '性别', value: '女', count: 1 },
      { tableCode: 'A10-1', tableName: '在校生信息表', fieldLabel: '性别', value: '未知', count: 1 },
    ]);
    // Nothing changes when the department's lists already are the office's.
    expect(resolveIncomingMigration(v5, v5, values, steps)).toEqual({
      migration: {},
      mapped: 0,
      flagged: [],
    });
  });

  it('takes the decisions from a bundle only in their validated form', () => {
    expect(migrationStepsSchema.safeParse(steps).success).toBe(true);
    const bad = (fields: unknown) => migrationStepsSchema.safeParse([{ catalogVersion: 2, fields }]).success;
    expect(bad([{ field: 'A10-1.sex', changes: [{ from: '__proto__', to: '男' }] }])).toBe(true);
    expect(bad([{ field: 'A10-1', changes: [{ from: '男', to: '男性' }] }])).toBe(false);
    expect(bad([{ field: 'a10-1.sex', changes: [{ from: '男', to: '男性' }] }])).toBe(false);
    expect(bad([{ field: 'A10-1.sex', changes: [{ from: '', to: '男性' }] }])).toBe(false);
    expect(bad([{ field: 'A10-1.sex', changes: [] }])).toBe(false);
    expect(bad([{ field: 'A10-1.sex', changes: [{ from: '男', to: '男性', extra: 1 }] }])).toBe(false);
  });
});
