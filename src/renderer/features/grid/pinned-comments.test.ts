import { describe, expect, it } from 'vitest';
import type { StoredRow } from '../../../shared/records/record-types';
import type { ReturnTask } from '../../../shared/review/open-returns';
import { NO_COMMENTS, pinComments } from './pinned-comments';

const row = (id: string, name: string): StoredRow =>
  ({ id, values: { name }, by: 'x', at: '2026-01-01T00:00:00Z', src: 'typed' }) as StoredRow;

const ret: ReturnTask = {
  departmentCode: 'XGC',
  tableCode: 'A10-1',
  state: 'draft',
  progress: 'to-fix',
  returnedAt: '2026-11-01T00:00:00Z',
  returnedBy: { name: '王处长', role: 'head', station: { role: 'department', departmentCode: 'XGC' } },
  reason: '核对姓名',
  comments: [
    { recordId: 'r1', fieldKey: 'name', text: '应为甲一' },
    { recordId: 'r2', fieldKey: 'name', text: '核对' },
    { recordId: 'gone', fieldKey: 'name', text: '删了？' },
  ],
};

describe('pinned comments', () => {
  it('pins each comment on its cell and tells changed values (or deleted rows) from open ones', () => {
    const returned = [row('r1', '甲'), row('r2', '乙'), row('gone', '丙')];
    const now = [row('r1', '甲一'), row('r2', '乙')];
    const index = pinComments(ret, returned, now);
    expect(index.list.map((c) => [c.recordId, c.changed])).toEqual([
      ['r1', true],
      ['r2', false],
      ['gone', true],
    ]);
    expect(index.open).toBe(1);
    expect(index.cells.get('r1')?.get('name')).toMatchObject({
      returned: '甲',
      current: '甲一',
      by: '王处长',
    });
    expect(index.cells.has('gone')).toBe(false);
  });

  it('keeps a comment open when the return stored no rows, and is empty without a return', () => {
    const index = pinComments(ret, null, [row('r1', '甲')]);
    expect(index.list[0]).toMatchObject({ changed: false, returned: undefined, current: '甲' });
    expect(pinComments(null, null, [])).toBe(NO_COMMENTS);
  });
});
