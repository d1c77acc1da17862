/**
 * Reads of the review feature: submissions, the versioned ruleset, the rows approved at each level,
 * received bundle heads and last year's workspace. Stored records are validated on the way out only
 * where another station wrote them (bundles); our own writer validated everything on the way in.
 */
import Dexie from 'dexie';
import { BUNDLE_KIND_LABELS } from '../../shared/bundle/bundle-messages';
import type { SliceKey } from '../../shared/records/record-types';
import type { Submission } from '../../shared/review/review-types';
import { starterRuleset, type Ruleset } from '../../shared/rules/ruleset';
import { STATION_ROLE_LABELS, type Workspace } from '../../shared/workspace/workspace-types';
import {
  LOCK_SNAPSHOT_LEVEL,
  PRE_APPROVAL_SNAPSHOT_LEVEL,
  type ReviewSnapshotRecord,
} from './review-records';
import { workspaceRange } from './key-ranges';
import type { StatusDb } from './schema';

function strip<T extends { workspaceId: string }>(r: T): Omit<T, 'workspaceId'> {
  const { workspaceId: _w, ...rest } = r;
  return rest;
}

export async function listSubmissions(db: StatusDb, workspaceId: string): Promise<Submission[]> {
  const [lo, hi] = workspaceRange(workspaceId);
  const all = await db.submissions.where(':id').between(lo, hi).toArray();
  return all.map(strip);
}

export async function getSubmission(db: StatusDb, key: SliceKey): Promise<Submission | undefined> {
  const r = await db.submissions.get([key.workspaceId, key.departmentCode, key.tableCode]);
  return r ? strip(r) : undefined;
}

/** The latest stored ruleset; a year whose office never edited its rules runs the shipped version 1. */
export async function getLatestRuleset(
  db: StatusDb,
  workspace: Pick<Workspace, 'id' | 'createdAt'>,
): Promise<Ruleset> {
  const last = await db.rulesets
    .where(':id')
    .between([workspace.id, Dexie.minKey], [workspace.id, Dexie.maxKey])
    .last();
  return last ? strip(last) : starterRuleset(workspace.createdAt);
}

export async function listRulesetVersions(
  db: StatusDb,
  workspaceId: string,
): Promise<Array<{ version: number; updatedAt: string; updatedBy: string }>> {
  const all = await db.rulesets
    .where(':id')
    .between([workspaceId, Dexie.minKey], [workspaceId, Dexie.maxKey])
    .toArray();
  return all.map((r) => ({ version: r.version, updatedAt: r.updatedAt, updatedBy: r.updatedBy }));
}

/** Every stored snapshot of one slice, lowest level first. */
export async function getReviewSnapshots(db: StatusDb, key: SliceKey): Promise<ReviewSnapshotRecord[]> {
  const { workspaceId, departmentCode, tableCode } = key;
  return db.reviewSnapshots
    .where(':id')
    .between(
      [workspaceId, departmentCode, tableCode, Dexie.minKey],
      [workspaceId, departmentCode, tableCode, Dexie.maxKey],
    )
    .toArray();
}

/** Every slice's frozen rows of the year lock (the national export's only source). */
export async function listLockSnapshots(db: StatusDb, workspaceId: string): Promise<ReviewSnapshotRecord[]> {
  const [lo, hi] = workspaceRange(workspaceId);
  return db.reviewSnapshots
    .where(':id')
    .between(lo, hi)
    .filter((r) => r.level === LOCK_SNAPSHOT_LEVEL)
    .toArray();
}

/** Every slice's rows in the named 审定前快照 (the analysis note's source). */
export async function listPreApprovalSnapshots(
  db: StatusDb,
  workspaceId: string,
): Promise<ReviewSnapshotRecord[]> {
  const [lo, hi] = workspaceRange(workspaceId);
  return db.reviewSnapshots
    .where(':id')
    .between(lo, hi)
    .filter((r) => r.level === PRE_APPROVAL_SNAPSHOT_LEVEL)
    .toArray();
}

/** A received bundle's record as far as the audit page needs it (labels in Chinese); the bundle feature owns the rest. */
export interface BundleHead {
  readonly bundleHash: string;
  readonly receivedAt: string;
  readonly kind: string;
  readonly sender: string;
  /** The sender's audit-log head carried in the manifest, when recorded. */
  readonly auditHead: string | null;
}

/**
 * Bundles this station received (newest first), with the audit head each carried (docs/SECURITY.md A1); a
 * forward bundle also lists the head of every contributor's original it carried.
 */
export async function listBundleHeads(db: StatusDb, workspaceId: string): Promise<BundleHead[]> {
  const [lo, hi] = workspaceRange(workspaceId);
  const all = await db.bundles.where(':id').between(lo, hi).toArray();
  const out: BundleHead[] = [];
  for (const b of all) {
    if (b.direction !== 'received') continue;
    const sender = `${STATION_ROLE_LABELS[b.sender.stationRole] ?? b.sender.stationRole} · ${b.sender.departmentCode}`;
    out.push({
      bundleHash: b.bundleHash,
      receivedAt: b.receivedAt,
      kind: BUNDLE_KIND_LABELS[b.kind] ?? b.kind,
      sender,
      auditHead: b.auditHead || null,
    });
    for (const c of b.contributors ?? [])
      out.push({
        bundleHash: c.bundleHash,
        receivedAt: b.receivedAt,
        kind: ORIGINAL_VIA(b.sender.departmentCode),
        sender: `${STATION_ROLE_LABELS.department} · ${c.departmentCode}`,
        auditHead: c.auditHead || null,
      });
  }
  return out.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
}

const ORIGINAL_VIA = (summary: string) => `原始数据包（经 ${summary} 转报）`;

/**
 * Workspaces that can serve as last year for `ws`: the same school, academic year one earlier — this
 * station's earlier workspace, or an archive of one imported on this PC (备份与恢复 → 导入年度存档),
 * possibly of another station (an office archive holds every department's rows). Same station first,
 * then the most recently updated (a restored copy).
 */
export async function listPreviousYearWorkspaces(db: StatusDb, ws: Workspace): Promise<Workspace[]> {
  const sameStation = (w: Workspace) =>
    w.station.role === ws.station.role && w.station.departmentCode === ws.station.departmentCode;
  const all = await db.workspaces.toArray();
  return all
    .filter(
      (w) =>
        w.id !== ws.id &&
        w.school.code === ws.school.code &&
        w.academicYearStart === ws.academicYearStart - 1,
    )
    .sort(
      (a, b) => Number(sameStation(b)) - Number(sameStation(a)) || b.updatedAt.localeCompare(a.updatedAt),
    );
}

/** Last year's workspace for `ws`: the one the user chose when it is still a candidate, else the first candidate. */
export async function findPreviousYearWorkspace(
  db: StatusDb,
  ws: Workspace,
  chosenId?: string | null,
): Promise<Workspace | undefined> {
  const candidates = await listPreviousYearWorkspaces(db, ws);
  return candidates.find((w) => w.id === chosenId) ?? candidates[0];
}
