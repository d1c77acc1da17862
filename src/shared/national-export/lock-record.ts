/**
 * The 锁定清单 as the year lock's audit event carries it, and read back: the export and the sign-off
 * page find the latest lock in the audit chain and check the frozen slices still give its hash.
 */
import type { JsonValue } from '../canonical-json';
import { lockCorrectionsFrom, type LockCorrection } from '../review/lock-corrections';
import { manifestHash, type LockManifest, type ManifestEntry } from './locked-year';

/** The audit summary's `manifest` member: compact lines [table, department, rows, hash]. */
export function manifestSummary(m: LockManifest): { [key: string]: JsonValue } {
  return {
    at: m.at,
    by: m.by,
    hash: m.hash,
    entries: m.entries.map((e) => [e.tableCode, e.departmentCode, e.rows, e.hash]),
  };
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** The manifest recorded in an audit summary, or null when the event carries none (or a malformed one). */
export function manifestFromSummary(summary: { readonly [key: string]: JsonValue }): LockManifest | null {
  const m = summary['manifest'];
  if (m === null || typeof m !== 'object' || Array.isArray(m)) return null;
  const { at, by, hash, entries } = m;
  if (!isString(at) || !isString(by) || !isString(hash) || !Array.isArray(entries)) return null;
  const out: ManifestEntry[] = [];
  for (const e of entries) {
    if (!Array.isArray(e) || e.length !== 4) return null;
    const [tableCode, departmentCode, rows, h] = e;
    if (!isString(tableCode) || !isString(departmentCode) || typeof rows !== 'number' || !isString(h))
      return null;
    out.push({ tableCode, departmentCode, rows, hash: h });
  }
  // A summary whose lines do not give its hash is not a manifest.
  return manifestHash(at, by, out) === hash ? { at, by, hash, entries: out } : null;
}

type EventLike = { readonly kind: string; readonly summary: { readonly [key: string]: JsonValue } };

/** The latest year lock's manifest among audit events (oldest first), or null when the year was never locked. */
export function latestLockManifest(events: readonly EventLike[]): LockManifest | null {
  return latestLockRecord(events)?.manifest ?? null;
}

export interface LockRecord {
  readonly manifest: LockManifest;
  /** The catalog version in force when the lock was taken; null for locks recorded before it was kept. */
  readonly catalogVersion: number | null;
  /** The 校级更正 written into frozen slices before the lock (absent when there were none). */
  readonly corrections?: readonly LockCorrection[];
}

/** The latest year lock with its manifest and catalog version, or null (never locked, reopened since, malformed). */
export function latestLockRecord(events: readonly EventLike[]): LockRecord | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e?.kind === 'review.reopen-year') return null;
    if (e?.kind === 'review.lock-year') {
      const manifest = manifestFromSummary(e.summary);
      const v = e.summary['catalogVersion'];
      const corrections = lockCorrectionsFrom(e.summary);
      if (!manifest) return null;
      return {
        manifest,
        catalogVersion: typeof v === 'number' ? v : null,
        ...(corrections.length > 0 ? { corrections } : {}),
      };
    }
  }
  return null;
}

/** Slices whose frozen rows no longer give the recorded line (changed, missing or added). */
export function manifestDifferences(recorded: LockManifest, current: LockManifest): string[] {
  const key = (e: ManifestEntry) => `${e.tableCode}/${e.departmentCode}`;
  const now = new Map(current.entries.map((e) => [key(e), e]));
  const out: string[] = [];
  for (const e of recorded.entries) {
    const c = now.get(key(e));
    if (!c) out.push(`${key(e)}（快照缺失）`);
    else if (c.hash !== e.hash || c.rows !== e.rows) out.push(`${key(e)}（内容已变化）`);
    now.delete(key(e));
  }
  for (const k of now.keys()) out.push(`${k}（锁定清单中没有）`);
  return out;
}
