import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../canonical-json';
import type { StoredRow } from '../records/record-types';
import { manifestSummary } from '../national-export/lock-record';
import { lockManifest } from '../national-export/locked-year';
import {
  changesSinceSnapshot,
  checkSnapshotName,
  latestPreApproval,
  PRE_APPROVAL_EVENT,
  preApprovalSnapshots,
} from './pre-approval';

const rows = (n: number): StoredRow[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    values: { x: String(i) },
    by: '张三',
    at: '2026-10-01T00:00:00.000Z',
    src: 'typed' as const,
  }));
const m1 = lockManifest(
  [
    { tableCode: 'A1', departmentCode: 'DDS', rows: rows(1) },
    { tableCode: 'A3', departmentCode: 'RSC', rows: rows(3) },
  ],
  '2026-10-18T00:00:00.000Z',
  '督导室',
);
const event = (name: string, m = m1) => ({
  kind: PRE_APPROVAL_EVENT,
  summary: { name, catalogVersion: 2, manifest: manifestSummary(m) },
});

describe('审定前快照', () => {
  it('needs a name of at most 40 characters, trimmed', () => {
    expect(checkSnapshotName('  审定前快照 ')).toEqual({ ok: true, value: '审定前快照' });
    expect(checkSnapshotName('  ').ok).toBe(false);
    expect(checkSnapshotName('快'.repeat(41))).toMatchObject({ ok: false, error: { code: 'name-long' } });
  });

  it('reads every snapshot from the chain, the latest last, skipping malformed records', () => {
    const events: { kind: string; summary: { [key: string]: JsonValue } }[] = [
      event('第一次'),
      { kind: 'rows.commit', summary: {} },
      { kind: PRE_APPROVAL_EVENT, summary: { name: '坏的' } },
      event('第二次'),
    ];
    expect(preApprovalSnapshots(events).map((s) => s.name)).toEqual(['第一次', '第二次']);
    expect(latestPreApproval(events)).toEqual({ name: '第二次', catalogVersion: 2, manifest: m1 });
    expect(latestPreApproval([])).toBeNull();
  });

  it('names the slices changed since the snapshot, and none when the lock froze the same rows', () => {
    const snap = latestPreApproval([event('审定前')])!;
    const same = lockManifest(
      [
        { tableCode: 'A3', departmentCode: 'RSC', rows: rows(3) },
        { tableCode: 'A1', departmentCode: 'DDS', rows: rows(1) },
      ],
      '2026-10-20T00:00:00.000Z',
      '郑校长',
    );
    expect(changesSinceSnapshot(snap, same)).toEqual([]);
    const changed = lockManifest(
      [
        { tableCode: 'A1', departmentCode: 'DDS', rows: rows(1) },
        { tableCode: 'A3', departmentCode: 'RSC', rows: rows(4) },
      ],
      '2026-10-20T00:00:00.000Z',
      '郑校长',
    );
    expect(changesSinceSnapshot(snap, changed)).toEqual(['A3/RSC（内容已变化）']);
  });
});
