import { describe, expect, it } from 'vitest';
import { backupsToPrune, formatBackupName, parseBackupName } from './backup-names';

const WS = '6f1d2c3b-4a59-4e8f-9a0b-1c2d3e4f5a6b';
const OTHER = '11111111-2222-4333-8444-555555555555';

describe('backup file names', () => {
  it('round-trips workspace, time and operation', () => {
    const name = formatBackupName(WS, '2025-09-03T01:02:03.004Z', 'catalog-change');
    expect(name).toBe(`${WS}__20250903T010203004Z__catalog-change.sddbak`);
    expect(parseBackupName(name)).toEqual({
      workspaceId: WS,
      createdAt: '2025-09-03T01:02:03.004Z',
      operation: 'catalog-change',
    });
  });

  it('rejects paths, traversal, unknown operations and other files', () => {
    for (const bad of [
      `../${WS}__20250903T010203004Z__manual.sddbak`,
      `${WS}__20250903T010203004Z__evil.sddbak`,
      'sentinel.json',
      `${WS}__20250903T010203004Z__manual.sddbak/x`,
      `${WS}__20259903T010203004Z__manual.sddbak`,
      '',
    ]) {
      expect(parseBackupName(bad)).toBeNull();
    }
  });

  it('prunes the oldest backups of one workspace only, always keeping at least one', () => {
    const names = ['2025-09-01', '2025-09-03', '2025-09-02'].map((d) =>
      formatBackupName(WS, `${d}T00:00:00.000Z`, 'daily'),
    );
    const other = formatBackupName(OTHER, '2020-01-01T00:00:00.000Z', 'daily');
    expect(backupsToPrune([...names, other, 'readme.txt'], WS, 2)).toEqual([names[0]]);
    expect(backupsToPrune(names, WS, 0)).toHaveLength(2);
  });
});
