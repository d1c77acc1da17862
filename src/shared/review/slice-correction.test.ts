import { describe, expect, it } from 'vitest';
import type { StoredRow } from '../records/record-types';
import {
  correctedRow,
  describeCorrection,
  parseCorrection,
  sameCorrection,
  type SliceCorrection,
} from './slice-correction';

const ROW = '00000000-0000-4000-8000-00000000a001';
const correction = (over: Partial<SliceCorrection> = {}): SliceCorrection => ({
  id: '00000000-0000-4000-8000-00000000c001',
  departmentCode: 'TW',
  tableCode: 'A10-3',
  rowId: ROW,
  field: 'communityname',
  oldValue: '书法社',
  newValue: '书法协会',
  reason: '与社团登记名册核对',
  actor: { name: '吴督导', role: 'supervisor', station: { role: 'office', departmentCode: null } },
  at: '2025-10-09T08:00:00.000Z',
  ...over,
});
const rows: StoredRow[] = [
  {
    id: '00000000-0000-4000-8000-00000000a000',
    values: { communityname: '棋社' },
    by: 'x',
    at: 'a',
    src: 'typed',
  },
  { id: ROW, values: { communityname: '书法社', membercount: 20 }, by: 'x', at: 'a', src: 'bundle' },
];

describe('the 校级更正 validator', () => {
  it('accepts a supervisor’s or leader’s correction with a reason', () => {
    expect(parseCorrection(correction()).ok).toBe(true);
    const leader = correction({ actor: { ...correction().actor, role: 'leader' } });
    expect(parseCorrection(leader).ok).toBe(true);
  });

  it('refuses a correction without a reason, naming the reason', () => {
    const r = parseCorrection(correction({ reason: '  ' }));
    expect(r.ok ? '' : r.error.message).toContain('更正原因');
  });

  it('refuses a correction by anyone but the office’s supervisor or leader', () => {
    const dept = {
      name: '唐信息',
      role: 'filler' as const,
      station: { role: 'department' as const, departmentCode: 'TW' },
    };
    expect(parseCorrection(correction({ actor: dept })).ok).toBe(false);
    const officeFiller = { ...correction().actor, role: 'filler' as const };
    expect(parseCorrection(correction({ actor: officeFiller })).ok).toBe(false);
    const summaryHead = {
      name: '田书记',
      role: 'head' as const,
      station: { role: 'summary' as const, departmentCode: 'XGC' },
    };
    expect(parseCorrection(correction({ actor: summaryHead })).ok).toBe(false);
  });

  it('refuses a correction that changes nothing, unknown members and a non-uuid row', () => {
    expect(parseCorrection(correction({ newValue: '书法社' })).ok).toBe(false);
    expect(parseCorrection({ ...correction(), extra: 1 }).ok).toBe(false);
    expect(parseCorrection(correction({ rowId: 'r1' })).ok).toBe(false);
  });
});

describe('the exact old value rule', () => {
  it('changes exactly the one cell and records who corrected it', () => {
    const r = correctedRow(rows, correction());
    expect(r.ok && r.value).toEqual({
      ...rows[1],
      values: { communityname: '书法协会', membercount: 20 },
      by: '吴督导',
      at: '2025-10-09T08:00:00.000Z',
    });
  });

  it('refuses when the cell holds another value, naming table, department, row and field', () => {
    const r = correctedRow(rows, correction({ oldValue: '书画社' }), '社团名称', '团委会');
    expect(r.ok ? '' : r.error.message).toBe(
      '表 A10-3（团委会）第 2 行「社团名称」本站的值为「书法社」，不是更正前的「书画社」，校级更正未应用。',
    );
  });

  it('treats a missing value as empty and compares types exactly (20 is not "20")', () => {
    expect(correctedRow(rows, correction({ field: 'note', oldValue: null, newValue: 'x' })).ok).toBe(true);
    expect(correctedRow(rows, correction({ field: 'membercount', oldValue: '20', newValue: 21 })).ok).toBe(
      false,
    );
  });

  it('refuses a row the station does not hold', () => {
    const r = correctedRow(rows, correction({ rowId: '00000000-0000-4000-8000-00000000ffff' }));
    expect(r.ok ? '' : r.error.message).toContain('所在的行在本站不存在');
  });

  it('tells a repeat from a changed correction with the same id', () => {
    expect(sameCorrection(correction(), { ...correction() })).toBe(true);
    expect(sameCorrection(correction(), correction({ newValue: '书法研究会' }))).toBe(false);
  });

  it('describes the correction in one line', () => {
    expect(describeCorrection({ ...correction(), by: '吴督导' }, '社团名称')).toBe(
      '「社团名称」「书法社」 → 「书法协会」（吴督导，2025-10-09）：与社团登记名册核对',
    );
  });
});
