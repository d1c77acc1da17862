import { describe, expect, it } from 'vitest';
import { fieldFixture, tableFixture } from '../catalog/catalog-fixtures';
import type { StoredRow } from '../records/record-types';
import { REJECTED_SHOWN, sliceQuality, TEXT_CELL_MAX, unknownFieldsMessage } from './slice-quality';

const TABLE = tableFixture({
  code: 'A10-1',
  fields: [
    fieldFixture({ key: 'xm', label: '姓名', required: true }),
    fieldFixture({ key: 'xb', label: '性别', type: 'enum', options: ['男', '女'] }),
    fieldFixture({ key: 'bz', label: '备注' }),
  ],
});

const row = (values: StoredRow['values'], i = 0): StoredRow => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  values,
  by: '张三',
  at: '2025-09-02T08:00:00.000Z',
  src: 'bundle',
});

describe('sliceQuality', () => {
  it('counts errors and empty required cells, and names each value the catalog rejects', () => {
    const q = sliceQuality(TABLE, [
      row({ xm: '张三', xb: '男' }, 0),
      row({ xm: '', xb: 'man', bz: 'x'.repeat(TEXT_CELL_MAX + 1) }, 1),
    ]);
    expect(q).toMatchObject({
      rows: 2,
      errorCells: 1,
      requiredEmpty: 1,
      completeness: 0.5,
      rejectedTotal: 2,
    });
    expect(q.rejected.map((r) => [r.row, r.fieldLabel])).toEqual([
      [2, '备注'],
      [2, '性别'],
    ]);
    expect(q.rejected[1]!.value).toBe('man');
    expect(q.rejected[0]!.reason).toBe(`超过 ${TEXT_CELL_MAX} 字`);
    expect(q.unknownFields).toEqual([]);
  });

  it('names the first rejected values and counts the rest', () => {
    const rows = Array.from({ length: REJECTED_SHOWN + 7 }, (_, i) => row({ xm: 'a', xb: '男女' }, i));
    const q = sliceQuality(TABLE, rows);
    expect(q.rejected).toHaveLength(REJECTED_SHOWN);
    expect(q.rejectedTotal).toBe(REJECTED_SHOWN + 7);
  });

  it('collects fields the catalog lacks, and refuses the bundle naming them', () => {
    const q = sliceQuality(TABLE, [row({ xm: 'a', secret: 1, constructor: 'x' })]);
    expect(q.unknownFields).toEqual(['constructor', 'secret']);
    expect(unknownFieldsMessage('A10-1', 'TW', q)).toContain(
      '含有采集目录中没有的字段（constructor、secret）',
    );
    expect(unknownFieldsMessage('A10-1', 'TW', sliceQuality(TABLE, []))).toBeNull();
  });
});
