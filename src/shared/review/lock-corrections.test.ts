import { describe, expect, it } from 'vitest';
import { lockCorrectionLines, lockCorrectionsFrom } from './lock-corrections';
import type { SliceCorrection } from './slice-correction';

const c = (id: string, at: string): SliceCorrection => ({
  id,
  departmentCode: 'TW',
  tableCode: 'A9-6-1',
  rowId: '00000000-0000-4000-8000-00000000a001',
  field: 'xmmc',
  oldValue: '挑战杯',
  newValue: null,
  reason: '重复记录',
  actor: { name: '吴督导', role: 'supervisor', station: { role: 'office', departmentCode: null } },
  at,
});

describe('the corrections a year lock records', () => {
  it('round-trips through the audit summary, oldest first', () => {
    const lines = lockCorrectionLines([
      c('00000000-0000-4000-8000-000000000002', '2025-10-09'),
      c('00000000-0000-4000-8000-000000000001', '2025-10-08'),
    ]);
    expect(lockCorrectionsFrom({ corrections: lines }).map((x) => x.at)).toEqual([
      '2025-10-08',
      '2025-10-09',
    ]);
    expect(lockCorrectionsFrom({ corrections: lines })[0]).toEqual({
      tableCode: 'A9-6-1',
      departmentCode: 'TW',
      rowId: '00000000-0000-4000-8000-00000000a001',
      field: 'xmmc',
      oldValue: '挑战杯',
      newValue: null,
      by: '吴督导',
      at: '2025-10-08',
      reason: '重复记录',
    });
  });

  it('reads a line recorded before the row id was kept, with no row', () => {
    const old = ['A1', 'TW', 'f', 'a', 'b', '吴督导', '2025-10-08', '核对'];
    expect(lockCorrectionsFrom({ corrections: [old] })).toEqual([
      {
        tableCode: 'A1',
        departmentCode: 'TW',
        rowId: null,
        field: 'f',
        oldValue: 'a',
        newValue: 'b',
        by: '吴督导',
        at: '2025-10-08',
        reason: '核对',
      },
    ]);
  });

  it('reads nothing from a lock without corrections and drops malformed lines', () => {
    expect(lockCorrectionsFrom({ tables: 3 })).toEqual([]);
    expect(
      lockCorrectionsFrom({
        corrections: [
          ['A1', 'TW'],
          ['A1', 'TW', 'f', {}, 1, 'a', 'b', 'c'],
        ],
      }),
    ).toEqual([]);
  });
});
