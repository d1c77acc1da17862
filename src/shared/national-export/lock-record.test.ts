import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/builtin-catalog';
import {
  latestLockManifest,
  latestLockRecord,
  manifestDifferences,
  manifestFromSummary,
  manifestSummary,
} from './lock-record';
import { lockManifest } from './locked-year';
import { sampleRows } from './testing/sample-rows';

const table = builtInCatalog().tables.find((t) => t.code === 'A10-1')!;
const slices = [
  { tableCode: 'A10-1', departmentCode: 'JWC', rows: sampleRows(table, 5) },
  { tableCode: 'A1', departmentCode: 'DDS', rows: [] },
];
const m = lockManifest(slices, '2026-10-20T00:00:00Z', '郑校长');

describe('锁定清单 in the audit chain', () => {
  it('reads back what the lock recorded', () => {
    expect(manifestFromSummary({ tables: 2, manifest: manifestSummary(m) })).toEqual(m);
  });

  it('refuses a summary whose lines do not give its hash, or that is malformed', () => {
    const s = manifestSummary(m);
    const entries = s['entries'] as [string, string, number, string][];
    const edited = { ...s, entries: entries.map((e, i) => (i === 0 ? [e[0], e[1], e[2] + 1, e[3]] : e)) };
    expect(manifestFromSummary({ manifest: edited })).toBeNull();
    expect(manifestFromSummary({ manifest: { ...s, entries: [['A1']] } })).toBeNull();
    expect(manifestFromSummary({ tables: 2 })).toBeNull();
  });

  it('finds the latest lock, and none after a reopen', () => {
    const lock = { kind: 'review.lock-year', summary: { manifest: manifestSummary(m) } };
    const reopen = { kind: 'review.reopen-year', summary: { reason: 'x' } };
    const other = { kind: 'rows.edit', summary: {} };
    expect(latestLockManifest([lock, other])?.hash).toBe(m.hash);
    expect(latestLockManifest([lock, reopen])).toBeNull();
    expect(latestLockManifest([lock, reopen, lock, other])?.hash).toBe(m.hash);
    expect(latestLockManifest([])).toBeNull();
  });

  it('reads the catalog version the lock was taken under, null for older records', () => {
    const withVersion = {
      kind: 'review.lock-year',
      summary: { catalogVersion: 3, manifest: manifestSummary(m) },
    };
    const lock = { kind: 'review.lock-year', summary: { manifest: manifestSummary(m) } };
    expect(latestLockRecord([withVersion])).toEqual({ manifest: m, catalogVersion: 3 });
    expect(latestLockRecord([lock])).toEqual({ manifest: m, catalogVersion: null });
  });

  it('names the slices whose frozen rows no longer match', () => {
    const changed = lockManifest(
      [
        { ...slices[0]!, rows: sampleRows(table, 6) },
        { tableCode: 'A2', departmentCode: 'DDS', rows: [] },
      ],
      m.at,
      m.by,
    );
    expect(manifestDifferences(m, m)).toEqual([]);
    expect(manifestDifferences(m, changed)).toEqual([
      'A1/DDS（快照缺失）',
      'A10-1/JWC（内容已变化）',
      'A2/DDS（锁定清单中没有）',
    ]);
  });
});
