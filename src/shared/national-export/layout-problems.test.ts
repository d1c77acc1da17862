import { describe, expect, it } from 'vitest';
import type { TableDef } from '../catalog/catalog-types';
import { tableFixture } from '../catalog/catalog-fixtures';
import { fieldDef } from '../catalog/testing/field-fixture';
import type { CellValue, StoredRow } from '../records/record-types';
import { EXCEL_CELL_MAX, layoutProblems, NATIONAL_TEXT_MAX } from './layout-problems';

const table: TableDef = tableFixture({
  code: 'T1',
  fields: [
    fieldDef({ key: 'name', label: '名称', type: 'text' }),
    fieldDef({ key: 'major', label: '专业代码', type: 'code', pattern: '^\\d{6}$' }),
    fieldDef({ key: 'id', label: '身份证号', type: 'idCard' }),
    fieldDef({ key: 'day', label: '日期', type: 'date' }),
    fieldDef({ key: 'month', label: '年月', type: 'yearMonth' }),
    fieldDef({ key: 'n', label: '人数', type: 'integer' }),
  ],
});
const row = (values: Record<string, CellValue>): StoredRow => ({
  id: '00000000-0000-4000-8000-000000000001',
  values,
  by: 'x',
  at: '2026-01-01T00:00:00Z',
  src: 'typed',
});

describe('layoutProblems', () => {
  it('passes values the layout holds', () => {
    const ok = row({
      name: '甲'.repeat(NATIONAL_TEXT_MAX),
      major: '510201',
      id: '44050719800101001X',
      day: '20250901',
      month: '202509',
      n: 3,
    });
    expect(
      layoutProblems(table, [{ tableCode: 'T1', departmentCode: 'JWC', rows: [ok, row({ n: 0 })] }]).count,
    ).toBe(0);
  });

  it('lists long text, wrong-digit codes, IDs, dates and text in numeric columns, located by department and row', () => {
    const bad = row({
      name: '甲'.repeat(NATIONAL_TEXT_MAX + 1),
      major: '51020',
      id: '4405071980',
      day: '2025091',
      month: '2025-09',
      n: '3人',
    });
    const r = layoutProblems(table, [{ tableCode: 'T1', departmentCode: 'JWC', rows: [row({ n: 1 }), bad] }]);
    expect(r.count).toBe(6);
    expect(r.blocking).toBe(0);
    expect(r.problems.map((p) => `${p.departmentCode}:${p.row}:${p.fieldKey}`)).toEqual([
      'JWC:2:name',
      'JWC:2:major',
      'JWC:2:id',
      'JWC:2:day',
      'JWC:2:month',
      'JWC:2:n',
    ]);
    expect(r.problems[0]?.message).toContain(`${NATIONAL_TEXT_MAX} 个字符`);
    expect(r.problems[0]?.value.length).toBeLessThan(70);
    expect(r.problems[1]?.message).toBe('专业代码 应为 6 位数字');
  });

  it('lists a row with no value at all', () => {
    const r = layoutProblems(table, [
      { tableCode: 'T1', departmentCode: 'JWC', rows: [row({ n: 1 }), row({ name: '' })] },
    ]);
    expect(r.problems.map((p) => `${p.row}:${p.message}`)).toEqual([expect.stringMatching(/^2:整行为空/)]);
  });

  it('marks text over Excel’s cell limit as blocking', () => {
    const r = layoutProblems(table, [
      { tableCode: 'T1', departmentCode: 'JWC', rows: [row({ name: 'x'.repeat(EXCEL_CELL_MAX + 1) })] },
    ]);
    expect(r.blocking).toBe(1);
  });
});
