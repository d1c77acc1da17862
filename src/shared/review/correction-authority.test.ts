import { describe, expect, it } from 'vitest';
import { correctionsToApply, type CorrectionSources } from './correction-authority';
import { directTask, routedTask } from './review-test-fixtures';
import type { SliceCorrection } from './slice-correction';

// A10-1 goes XGC → JWC (summary) → office; A3 goes RSC → office.
const tasks = [routedTask, directTask];
let n = 0;
const correction = (
  departmentCode: string,
  tableCode: string,
  at = '2026-10-01T08:00:00.000Z',
): SliceCorrection => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  departmentCode,
  tableCode,
  rowId: '00000000-0000-4000-8000-00000000a001',
  field: 'name',
  oldValue: '张三改',
  newValue: '张三',
  reason: '与人事档案核对',
  actor: { name: '吴督导', role: 'supervisor', station: { role: 'office', departmentCode: null } },
  at,
});
const here = (role: 'department' | 'summary', departmentCode: string) => ({ role, departmentCode });
const sources = (over: Partial<CorrectionSources>): CorrectionSources => ({
  outer: { signerRole: 'office', corrections: undefined },
  here: here('department', 'RSC'),
  tasks,
  ...over,
});
const message = (r: ReturnType<typeof correctionsToApply>) => (r.ok ? '' : r.error.message);

describe('which 校级更正 a station applies', () => {
  it('a department applies the office’s corrections of its own slices, oldest first', () => {
    const late = correction('RSC', 'A3', '2026-10-02T08:00:00.000Z');
    const early = correction('RSC', 'A3', '2026-10-01T08:00:00.000Z');
    const r = correctionsToApply(sources({ outer: { signerRole: 'office', corrections: [late, early] } }));
    expect(r.ok && r.value).toEqual([early, late]);
  });

  it('refuses a correction in a bundle a summary department signed (forged: only the office corrects)', () => {
    const r = correctionsToApply(
      sources({
        outer: { signerRole: 'summary', corrections: [correction('XGC', 'A10-1')] },
        here: here('department', 'XGC'),
      }),
    );
    expect(message(r)).toBe('反馈包中对 XGC 的 A10-1 表的校级更正不是督导室签发的，整个反馈包已拒绝。');
  });

  it('refuses the office’s correction of another station’s data or of a table not assigned', () => {
    const other = correctionsToApply(
      sources({ outer: { signerRole: 'office', corrections: [correction('XGC', 'A10-1')] } }),
    );
    expect(message(other)).toContain('所涉的数据不属于本站');
    const unassigned = correctionsToApply(
      sources({ outer: { signerRole: 'office', corrections: [correction('RSC', 'A10-1')] } }),
    );
    expect(message(unassigned)).toContain('所涉的表不是该部门的任务');
  });

  it('a summary department applies corrections of its contributors’ slices routed through it', () => {
    const c = correction('XGC', 'A10-1');
    const r = correctionsToApply(
      sources({ outer: { signerRole: 'office', corrections: [c] }, here: here('summary', 'JWC') }),
    );
    expect(r.ok && r.value).toEqual([c]);
  });

  it('relayed down, a department takes only its own corrections on tables routed through the relay', () => {
    const mine = correction('XGC', 'A10-1');
    const theirs = correction('JWC', 'A10-1');
    const r = correctionsToApply(
      sources({
        outer: { signerRole: 'summary', corrections: undefined },
        relay: { addressee: 'JWC', corrections: [mine, theirs] },
        here: here('department', 'XGC'),
      }),
    );
    expect(r.ok && r.value).toEqual([mine]);
    const wrongRoute = correctionsToApply(
      sources({
        outer: { signerRole: 'summary', corrections: undefined },
        relay: { addressee: 'XYZ', corrections: [mine] },
        here: here('department', 'XGC'),
      }),
    );
    expect(message(wrongRoute)).toContain('不经 XYZ 汇总');
  });
});
