/**
 * The 审定前快照: a named copy of the year's data taken before the 领导小组 signs off, so the analysis
 * note they read and the data they lock can be compared. The rows are kept beside the review snapshots;
 * the name, time and 锁定清单-style manifest go into the audit chain, which is where this reads them back.
 */
import type { JsonValue } from '../canonical-json';
import { manifestDifferences, manifestFromSummary } from '../national-export/lock-record';
import type { LockManifest } from '../national-export/locked-year';
import { err, ok, type Result } from '../result';

export const PRE_APPROVAL_EVENT = 'year.pre-approval-snapshot';
export const MAX_SNAPSHOT_NAME = 40;

export interface PreApprovalSnapshot {
  readonly name: string;
  readonly catalogVersion: number | null;
  readonly manifest: LockManifest;
}

/** The name as stored (trimmed), or why it cannot be used. */
export function checkSnapshotName(name: string): Result<string> {
  const t = name.trim();
  if (t === '') return err('name-empty', '请为审定前快照命名，例如“2026 学年审定前快照”。');
  if (t.length > MAX_SNAPSHOT_NAME)
    return err('name-long', `快照名称最多 ${MAX_SNAPSHOT_NAME} 个字（现为 ${t.length} 个）。`);
  return ok(t);
}

type EventLike = { readonly kind: string; readonly summary: { readonly [key: string]: JsonValue } };

/** Every 审定前快照 recorded in the chain (oldest first); malformed records are skipped. */
export function preApprovalSnapshots(events: readonly EventLike[]): PreApprovalSnapshot[] {
  const out: PreApprovalSnapshot[] = [];
  for (const e of events) {
    if (e.kind !== PRE_APPROVAL_EVENT) continue;
    const name = e.summary['name'];
    const version = e.summary['catalogVersion'];
    const manifest = manifestFromSummary(e.summary);
    if (typeof name !== 'string' || manifest === null) continue;
    out.push({ name, manifest, catalogVersion: typeof version === 'number' ? version : null });
  }
  return out;
}

/** The latest 审定前快照, whose rows are the ones kept; null when none was taken. */
export const latestPreApproval = (events: readonly EventLike[]): PreApprovalSnapshot | null =>
  preApprovalSnapshots(events).at(-1) ?? null;

/** How the data now (or as locked) differs from the snapshot the 领导小组 read: empty when identical. */
export const changesSinceSnapshot = (snap: PreApprovalSnapshot, now: LockManifest): string[] =>
  manifestDifferences(snap.manifest, now);
