import { describe, expect, it } from 'vitest';
import { currentAnnexDefs, editAnnexDefs } from './annex-defs';
import type { AnnexRowDef } from './annex-types';
import { BUILTIN_ANNEXES } from './builtin-annexes';

const KNOWN = new Set(['basic.student-teacher-ratio', 'basic.full-time-students']);
const row = (over: Partial<AnnexRowDef> = {}): AnnexRowDef => ({
  id: 'service.volunteer-hours',
  name: '志愿服务时长',
  unit: '小时',
  source: { kind: 'entered', document: '团委志愿服务台账' },
  verified: false,
  note: '',
  ...over,
});
const rowsOf = (tables: readonly { id: string; rows: readonly AnnexRowDef[] }[], id: string) =>
  tables.find((t) => t.id === id)?.rows ?? [];

describe('editing annex rows', () => {
  it('uses the shipped rows until a version is saved', () => {
    expect(currentAnnexDefs(undefined)).toBe(BUILTIN_ANNEXES);
  });

  it('adds an entered row at the end of its table and keeps the others', () => {
    const r = editAnnexDefs(BUILTIN_ANNEXES, { kind: 'add', tableId: 'service', row: row() }, KNOWN);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(rowsOf(r.value, 'service').at(-1)).toEqual(row());
    expect(rowsOf(r.value, 'resources')).toEqual(rowsOf(BUILTIN_ANNEXES, 'resources'));
  });

  it('changes a row (name, unit, verified, indicator) and removes one', () => {
    const changed = editAnnexDefs(
      BUILTIN_ANNEXES,
      {
        kind: 'update',
        tableId: 'resources',
        row: row({
          id: 'resources.student-teacher-ratio',
          name: '生师比（折合）',
          unit: '',
          source: { kind: 'indicator', indicatorId: 'basic.student-teacher-ratio' },
          verified: true,
        }),
      },
      KNOWN,
    );
    expect(changed.ok && rowsOf(changed.value, 'resources')[0]).toMatchObject({
      name: '生师比（折合）',
      verified: true,
    });
    const removed = editAnnexDefs(
      BUILTIN_ANNEXES,
      { kind: 'remove', tableId: 'resources', rowId: 'resources.student-teacher-ratio' },
      KNOWN,
    );
    expect(
      removed.ok &&
        rowsOf(removed.value, 'resources').some((r) => r.id === 'resources.student-teacher-ratio'),
    ).toBe(false);
  });

  it('refuses an id used in any table, an unknown indicator, an empty name or source, and a bad id', () => {
    const twin = editAnnexDefs(
      BUILTIN_ANNEXES,
      { kind: 'add', tableId: 'service', row: row({ id: 'scorecard.monthly-income' }) },
      KNOWN,
    );
    expect(!twin.ok && twin.error.message).toContain('已用于“月收入”');
    const unknown = editAnnexDefs(
      BUILTIN_ANNEXES,
      {
        kind: 'add',
        tableId: 'service',
        row: row({ source: { kind: 'indicator', indicatorId: 'no.such' } }),
      },
      KNOWN,
    );
    expect(!unknown.ok && unknown.error.message).toContain('不在本年度的指标中');
    const noName = editAnnexDefs(
      BUILTIN_ANNEXES,
      { kind: 'add', tableId: 'service', row: row({ name: ' ' }) },
      KNOWN,
    );
    expect(!noName.ok && noName.error.message).toContain('名称');
    const noSource = editAnnexDefs(
      BUILTIN_ANNEXES,
      { kind: 'add', tableId: 'service', row: row({ source: { kind: 'entered', document: '' } }) },
      KNOWN,
    );
    expect(!noSource.ok && noSource.error.message).toContain('数据来源');
    const badId = editAnnexDefs(
      BUILTIN_ANNEXES,
      { kind: 'add', tableId: 'service', row: row({ id: '中文' }) },
      KNOWN,
    );
    expect(!badId.ok && badId.error.message).toContain('行编号');
  });

  it('refuses an unknown table or row, and removing the last row of a table', () => {
    expect(editAnnexDefs(BUILTIN_ANNEXES, { kind: 'add', tableId: 'x', row: row() }, KNOWN).ok).toBe(false);
    expect(
      editAnnexDefs(
        BUILTIN_ANNEXES,
        { kind: 'update', tableId: 'service', row: row({ id: 'service.none' }) },
        KNOWN,
      ).ok,
    ).toBe(false);
    const one = [{ ...BUILTIN_ANNEXES[0]!, rows: [BUILTIN_ANNEXES[0]!.rows[0]!] }];
    const last = editAnnexDefs(
      one,
      { kind: 'remove', tableId: one[0]!.id, rowId: one[0]!.rows[0]!.id },
      KNOWN,
    );
    expect(!last.ok && last.error.message).toContain('至少要保留一行');
  });
});
