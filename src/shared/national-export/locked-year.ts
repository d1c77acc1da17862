/**
 * The locked year as the national export and the report read it: every expected slice frozen by the
 * 领导小组's lock, each with its row count and content hash (the 锁定清单), and one hash over that list
 * that names the lock. A year that is not wholly locked is refused with the list of what is missing.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../canonical-json';
import { codeAsName, type DepartmentName } from '../departments/department-names';
import type { StoredRow } from '../records/record-types';
import { listForMessage, sliceStateLabel } from '../review/review-text';
import type { ReviewState, Submission } from '../review/review-types';
import { contributingDepartments, type TaskAssignment } from '../tasks/task-types';
import { EXPORT_MESSAGES as M } from './export-messages';

/** One slice as the lock froze it. */
export interface LockedSlice {
  readonly tableCode: string;
  readonly departmentCode: string;
  readonly rows: readonly StoredRow[];
}

/** A line of the 锁定清单. */
export interface ManifestEntry {
  readonly tableCode: string;
  readonly departmentCode: string;
  readonly rows: number;
  /** SHA-256 (hex) of the slice's rows: sliceContentHash. */
  readonly hash: string;
}

/** The 锁定清单: what the lock froze, when and by whom, named by one hash. */
export interface LockManifest {
  readonly at: string;
  readonly by: string;
  readonly entries: readonly ManifestEntry[];
  /** SHA-256 over the canonical JSON of { at, by, entries }. */
  readonly hash: string;
}

/**
 * SHA-256 over the rows in stored order, one canonical [id, values] line each: who edited a row last
 * (by/at/src) is provenance, not content, so a re-import of the same values keeps the hash.
 */
export function sliceContentHash(rows: readonly StoredRow[]): string {
  const h = sha256.create();
  for (const r of rows) h.update(utf8ToBytes(`${canonicalJson([r.id, r.values])}\n`));
  return bytesToHex(h.digest());
}

const byKey = (a: { tableCode: string; departmentCode: string }, b: typeof a): number =>
  a.tableCode < b.tableCode
    ? -1
    : a.tableCode > b.tableCode
      ? 1
      : a.departmentCode < b.departmentCode
        ? -1
        : a.departmentCode > b.departmentCode
          ? 1
          : 0;

/** The manifest of `slices` (entries sorted by table, then department, so the hash does not depend on read order). */
export function lockManifest(slices: readonly LockedSlice[], at: string, by: string): LockManifest {
  const entries = slices
    .map((s) => ({
      tableCode: s.tableCode,
      departmentCode: s.departmentCode,
      rows: s.rows.length,
      hash: sliceContentHash(s.rows),
    }))
    .sort(byKey);
  return { at, by, entries, hash: manifestHash(at, by, entries) };
}

export function manifestHash(at: string, by: string, entries: readonly ManifestEntry[]): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson({ at, by, entries }))));
}

/** A slice the export needs but the lock did not freeze. */
export interface MissingSlice {
  readonly tableCode: string;
  readonly departmentCode: string;
  /** null: the office never received it. */
  readonly state: ReviewState | null;
  /** Locked, but its frozen rows are not on this station. */
  readonly snapshotMissing: boolean;
}

/** "A1/学院办公室（填报中）": people read the department's name, not its code (codes where no list is at hand). */
export function missingText(m: MissingSlice, name: DepartmentName = codeAsName): string {
  const state = m.snapshotMissing ? '锁定快照缺失' : sliceStateLabel(m.state);
  return `${m.tableCode}/${name(m.departmentCode)}（${state}）`;
}

export type ExportReadiness =
  | { readonly ok: true; readonly slices: LockedSlice[] }
  | { readonly ok: false; readonly missing: MissingSlice[]; readonly message: string };

/**
 * The locked slices in task order, or every expected slice that is not locked (or whose snapshot is
 * gone): an unlocked or partly locked year is never exported.
 */
export function lockedSlicesForExport(
  tasks: readonly TaskAssignment[],
  submissions: readonly Submission[],
  snapshots: readonly LockedSlice[],
  name: DepartmentName = codeAsName,
): ExportReadiness {
  const state = new Map(submissions.map((s) => [`${s.tableCode}|${s.departmentCode}`, s.state]));
  const frozen = new Map(snapshots.map((s) => [`${s.tableCode}|${s.departmentCode}`, s]));
  const missing: MissingSlice[] = [];
  const slices: LockedSlice[] = [];
  for (const task of tasks)
    for (const d of contributingDepartments(task)) {
      const key = `${task.tableCode}|${d}`;
      const s = state.get(key) ?? null;
      const snap = frozen.get(key);
      if (s === 'locked' && snap) slices.push(snap);
      else
        missing.push({
          tableCode: task.tableCode,
          departmentCode: d,
          state: s,
          snapshotMissing: s === 'locked',
        });
    }
  if (tasks.length === 0) return { ok: false, missing, message: M.noTasks };
  if (missing.length > 0) {
    const list = missing.map((m) => missingText(m, name));
    return { ok: false, missing, message: M.notLocked(missing.length, listForMessage(list, 20)) };
  }
  return { ok: true, slices };
}

/** A table's hash in the 核对单: over its manifest lines (department, rows, slice hash), in department order. */
export function tableContentHash(entries: readonly ManifestEntry[]): string {
  const lines = [...entries]
    .sort((a, b) => (a.departmentCode < b.departmentCode ? -1 : a.departmentCode > b.departmentCode ? 1 : 0))
    .map((e) => [e.departmentCode, e.rows, e.hash]);
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(lines))));
}
