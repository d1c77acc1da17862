import { describe, expect, it } from 'vitest';
import type { StoredRow } from '../records/record-types';
import { unionSlices } from './slice-union';

const r = (id: number, values: StoredRow['values']): StoredRow => ({
  id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
  values,
  by: '李四',
  at: '2025-10-08T09:00:00.000Z',
  src: 'bundle',
});

describe('unionSlices', () => {
  it('keeps every contributor row, records its origin and flags natural-key collisions', () => {
    const u = unionSlices(
      [
        { departmentCode: 'C01', rows: [r(1, { gh: 'T001' }), r(2, { gh: 'T002' })] },
        { departmentCode: 'C02', rows: [r(3, { gh: 'T002' }), r(4, { gh: null })] },
        { departmentCode: 'C03', rows: [r(5, { gh: null }), r(2, { gh: 'T009' })] },
      ],
      ['gh'],
    );
    expect(u.rows).toHaveLength(6);
    expect(u.origin.get(r(3, {}).id)).toBe('C02');
    expect(u.collisions).toEqual([{ key: ['T002'], departments: ['C01', 'C02'] }]);
    expect(u.duplicateIds).toEqual([r(2, {}).id]);
  });

  it('flags a key repeated inside one contributor too', () => {
    const u = unionSlices(
      [{ departmentCode: 'C01', rows: [r(1, { gh: 'T1', y: 1 }), r(2, { gh: 'T1', y: 2 })] }],
      ['gh', 'y'],
    );
    expect(u.collisions).toEqual([]);
    const v = unionSlices(
      [{ departmentCode: 'C01', rows: [r(1, { gh: 'T1' }), r(2, { gh: 'T1' })] }],
      ['gh'],
    );
    expect(v.collisions).toEqual([{ key: ['T1'], departments: ['C01', 'C01'] }]);
  });
});
