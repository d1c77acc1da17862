import { describe, expect, it } from 'vitest';
import type { IndicatorInfo } from '../report/data-source';
import { createStaticSource } from '../report/static-source';
import { NOT_SENT_REASON, departmentSource, takeSnapshot } from './indicator-snapshot';

const info = (id: string, name: string): IndicatorInfo => ({
  id,
  name,
  unit: '%',
  precision: 1,
  definition: '',
  sourceTables: [],
  standard: null,
});
const office = createStaticSource({ kind: 'draft', id: 'draft', label: '草稿数据' }, [
  { info: info('employment', '就业率'), reading: { value: 96.5, previous: 95 } },
  { info: info('ratio', '生师比'), reading: { reason: '缺少 毕业生数' } },
]);

describe('indicator snapshot: school values at a department', () => {
  it('the office snapshot carries values and reasons as the office read them', () => {
    const s = takeSnapshot(office, '2026-04-01T08:00:00.000Z');
    expect(s.values).toEqual([
      expect.objectContaining({ id: 'employment', value: 96.5, previous: 95, reason: '' }),
      expect.objectContaining({ id: 'ratio', value: null, reason: '缺少 毕业生数' }),
    ]);
  });

  it('a department reads the snapshot’s value marked with its date, or 由督导室汇总', () => {
    const s = takeSnapshot(office, '2026-04-01T08:00:00.000Z');
    const known = [info('employment', '就业率'), info('seats', '座位数')];
    const dept = departmentSource(s, known, () => ({ ok: false, reason: 'none' }));
    expect(dept.value('employment')).toMatchObject({ ok: true, value: 96.5 });
    expect(dept.snapshot.label).toBe('督导室 2026-04-01 下发（草稿数据）');
    // The editor's marks say what the numbers are, not just 草稿数据.
    expect(dept.snapshot.marks).toEqual({ value: '督导室快照 2026-04-01（草稿）', aggregate: '本部门数据' });
    const locked = departmentSource({ ...s, source: 'lock', label: '2026年度锁定' }, known, () => ({
      ok: false,
      reason: 'none',
    }));
    expect(locked.snapshot.marks?.value).toBe('督导室快照 2026-04-01');
    expect(dept.value('seats')).toEqual({ ok: false, reason: NOT_SENT_REASON });
    expect(dept.value('ratio')).toEqual({ ok: false, reason: '缺少 毕业生数' });
    const none = departmentSource(null, known, () => ({ ok: false, reason: 'none' }));
    expect(none.value('employment')).toEqual({ ok: false, reason: '由督导室汇总' });
  });

  it('grouped queries still compute from the department’s own tables', () => {
    const dept = departmentSource(null, [], (q) => ({
      ok: true,
      rows: [{ group: q.groupBy, value: 3 }],
      snapshot: { kind: 'draft', id: 'draft', label: '' },
    }));
    const r = dept.aggregate({
      type: 'aggregate',
      tableCode: 'A1',
      groupBy: '专业',
      measure: 'count',
      label: '',
    });
    expect(r).toMatchObject({ ok: true, rows: [{ group: '专业', value: 3 }] });
  });
});
