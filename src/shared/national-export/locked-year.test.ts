import { describe, expect, it } from 'vitest';
import type { Submission } from '../review/review-types';
import type { TaskAssignment } from '../tasks/task-types';
import {
  lockManifest,
  lockedSlicesForExport,
  missingText,
  sliceContentHash,
  tableContentHash,
  type LockedSlice,
} from './locked-year';
import { sampleRows } from './testing/sample-rows';
import { builtInCatalog } from '../catalog/builtin-catalog';
import { departmentNamer } from '../departments/department-names';

const table = builtInCatalog().tables.find((t) => t.code === 'A10-1')!;
const rows = sampleRows(table, 20);
const task = (tableCode: string, cooperating: string[] = []): TaskAssignment => ({
  tableCode,
  responsibleDepartment: 'JWC',
  cooperatingDepartments: cooperating,
  summaryDepartment: null,
  deadline: '20261031',
});
const sub = (tableCode: string, departmentCode: string, state: Submission['state']): Submission => ({
  tableCode,
  departmentCode,
  summaryDepartment: null,
  state,
  justifications: {},
  history: [],
});
const slice = (tableCode: string, departmentCode: string, r = rows): LockedSlice => ({
  tableCode,
  departmentCode,
  rows: r,
});

describe('slice and manifest hashes', () => {
  it('cover ids and values, not who edited a row last', () => {
    const h = sliceContentHash(rows);
    expect(
      sliceContentHash(
        rows.map((r) => ({ ...r, by: '别人', at: '2027-01-01T00:00:00Z', src: 'bundle' as const })),
      ),
    ).toBe(h);
    const changed = rows.map((r, i) => (i === 5 ? { ...r, values: { ...r.values, name: '改' } } : r));
    expect(sliceContentHash(changed)).not.toBe(h);
    expect(sliceContentHash([...rows].reverse())).not.toBe(h);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names the lock by one hash that does not depend on the order slices were read', () => {
    const a = [slice('A1', 'DDS', rows.slice(0, 3)), slice('A10-1', 'JWC'), slice('A10-1', 'C01', [])];
    const m = lockManifest(a, '2026-10-20T00:00:00Z', '李校长');
    expect(lockManifest([...a].reverse(), '2026-10-20T00:00:00Z', '李校长').hash).toBe(m.hash);
    expect(m.entries.map((e) => `${e.tableCode}/${e.departmentCode}/${e.rows}`)).toEqual([
      'A1/DDS/3',
      'A10-1/C01/0',
      'A10-1/JWC/20',
    ]);
    expect(lockManifest(a, '2026-10-21T00:00:00Z', '李校长').hash).not.toBe(m.hash);
    const t = m.entries.filter((e) => e.tableCode === 'A10-1');
    expect(tableContentHash(t)).toBe(tableContentHash([...t].reverse()));
  });
});

describe('lockedSlicesForExport', () => {
  const tasks = [task('A1'), task('A10-1', ['C01'])];
  it('gives the locked slices in task order when every expected slice is locked', () => {
    const r = lockedSlicesForExport(
      tasks,
      [sub('A10-1', 'C01', 'locked'), sub('A1', 'JWC', 'locked'), sub('A10-1', 'JWC', 'locked')],
      [slice('A10-1', 'JWC'), slice('A1', 'JWC'), slice('A10-1', 'C01')],
    );
    expect(r.ok && r.slices.map((s) => `${s.tableCode}/${s.departmentCode}`)).toEqual([
      'A1/JWC',
      'A10-1/JWC',
      'A10-1/C01',
    ]);
  });

  it('refuses an unlocked or partly locked year with the list of what is missing', () => {
    const r = lockedSlicesForExport(
      tasks,
      [sub('A1', 'JWC', 'locked'), sub('A10-1', 'JWC', 'school-approved')],
      [slice('A1', 'JWC')],
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.missing.map((m) => `${m.tableCode}/${m.departmentCode}/${m.state}`)).toEqual([
      'A10-1/JWC/school-approved',
      'A10-1/C01/null',
    ]);
    expect(r.message).toContain('还缺 2 项');
    expect(r.message).toContain('A10-1/JWC（学校已审核）');
    expect(r.message).toContain('A10-1/C01（填报中）');
  });

  it('names the departments of what is missing when it is given their names', () => {
    const name = departmentNamer([
      { code: 'JWC', name: '教务处' },
      { code: 'C01', name: '机电学院' },
    ]);
    const r = lockedSlicesForExport(tasks, [sub('A10-1', 'JWC', 'school-approved')], [], name);
    expect(!r.ok && r.message).toContain('A10-1/教务处（学校已审核）');
    expect(!r.ok && r.message).toContain('A10-1/机电学院（填报中）');
    expect(!r.ok && r.message).not.toContain('JWC');
    expect(!r.ok && r.missing[0] && missingText(r.missing[0], name)).toBe('A1/教务处（填报中）');
  });

  it('refuses a locked slice whose frozen rows are not on this station', () => {
    const r = lockedSlicesForExport([task('A1')], [sub('A1', 'JWC', 'locked')], []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('A1/JWC（锁定快照缺失）');
  });

  it('refuses a year with no tasks', () => {
    const r = lockedSlicesForExport([], [], []);
    expect(r.ok).toBe(false);
  });
});
