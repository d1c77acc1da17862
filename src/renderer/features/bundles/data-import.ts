/**
 * 导入数据包 at a summary department or the office: full verification (verifyBundle with this station's
 * trust list and sequence state, plus the route: only slices this sender may deliver here) and the
 * second layer of a forward bundle, both in the disposable verification Worker (verify-client.ts);
 * then a preview per slice against what was received before — and nothing written until the person
 * confirms. The commit is one transaction (bundle-writes.ts mergeBundle).
 */
import { ANNEX_BUNDLE_ENTRY, planAnnexMerge } from '../../../shared/annex/annex-bundle-entry';
import { readIncomingAnnex } from '../../../shared/annex/annex-incoming';
import { departmentNamer } from '../../../shared/departments/department-names';
import type { AnnexEntry } from '../../../shared/annex/annex-entry';
import { bytesToBase64 } from '../../../shared/base64';
import type { ForwardContents } from '../../../shared/bundle/forward';
import { diffSlice } from '../../../shared/bundle/slice-diff';
import { OFFICE_ADDRESSEE } from '../../../shared/bundle/manifest';
import { MAX_SEQ_JUMP, type SequenceState } from '../../../shared/bundle/sequence-policy';
import { mayDeliver } from '../../../shared/bundle/routes';
import type { VerifiedBundle } from '../../../shared/bundle/verify-bundle';
import type { Catalog } from '../../../shared/catalog/catalog-types';
import type { StoredRow } from '../../../shared/records/record-types';
import { readSubmissionEntry } from '../../../shared/review/submission-entry';
import { err, ok, type Result } from '../../../shared/result';
import type { TaskAssignment } from '../../../shared/tasks/task-types';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import type { ExchangeState } from '../../data/records';
import type { BundleMerge, GuardedSequence, SignerClaim } from '../../data/records';
import { guardedSequence, stationAddress, verifyContextOf, type ExchangeDeps } from './exchange-context';
import { bundleRequests } from './incoming-requests';
import { sliceChecks, type SliceChecks } from './slice-checks';
import { X } from './texts';

export interface SlicePreview extends SliceChecks {
  readonly tableCode: string;
  readonly tableName: string;
  readonly departmentCode: string;
  readonly rows: number;
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  readonly cellsChanged: number;
}

export interface DataPreview {
  readonly kind: 'data' | 'forward';
  readonly status: 'new' | 'already-imported';
  readonly verified: VerifiedBundle;
  readonly slices: readonly SlicePreview[];
  /** Entered annex figures the department's bundle carries, reviewed at the office on 附表. */
  readonly annexFigures: number;
  readonly warnings: readonly string[];
  readonly merge: BundleMerge;
}

export interface ImportOptions {
  /** An office person confirmed a sequence jump past the cap (docs/SECURITY.md B10); only the office may. */
  readonly confirmSeqJump?: boolean;
  /** This year's catalog and tasks, when a batch of files already loaded them once for all. */
  readonly year?: YearData;
  /** A batch of files: verify each as a data bundle first, read its manifest alone only if it is not one. */
  readonly dataFirst?: boolean;
}

export interface YearData {
  readonly catalog: Catalog;
  readonly tasks: readonly TaskAssignment[];
}

/** The catalog and tasks an import checks against (loaded once per batch by import-batch.ts). */
export async function loadYearData(deps: ExchangeDeps, ws: Workspace): Promise<YearData> {
  const [catalog, tasks] = await Promise.all([deps.repo.loadCatalog(ws.id), deps.repo.loadTasks(ws.id)]);
  return { catalog, tasks };
}

interface Slice {
  readonly tableCode: string;
  readonly departmentCode: string;
  readonly rows: readonly StoredRow[];
}

/** Verifies and previews a data or forward bundle. Pure reads: the database is not touched. */
export async function previewDataBundle(
  deps: ExchangeDeps,
  ws: Workspace,
  state: ExchangeState,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<Result<DataPreview>> {
  const { catalog, tasks } = options.year ?? (await loadYearData(deps, ws));
  const ctx = verifyContextOf(ws, state, tasks, deps.now());
  if (!ctx.ok) return ctx;
  const here = stationAddress(ws);
  const byCode = new Map(tasks.map((t) => [t.tableCode, t]));
  const tableNames = new Map(catalog.tables.map((t) => [t.code, t.name]));
  // The untrusted bytes are verified (both layers of a forward bundle) in a disposable Worker.
  const verified = await deps.verify('verify', {
    bytes,
    ctx: {
      ...ctx.value,
      acceptKinds: here === 'OFFICE' ? ['data', 'forward'] : ['data'],
      confirmSeqJump: options.confirmSeqJump === true && here === OFFICE_ADDRESSEE,
    },
    delivery: { here, tasks, catalogTables: catalog.tables.map((t) => t.code) },
    forward: true,
    // The Worker measures every received slice too, so the page never validates each cell itself.
    quality: catalog.tables.filter((t) => byCode.has(t.code)),
  });
  if (!verified.ok) return verified;
  const v = verified.value.verified;
  const kind = v.manifest.kind === 'forward' ? 'forward' : 'data';
  for (const t of v.tables.values()) {
    if (!mayDeliver(byCode.get(t.tableCode)!, t.departmentCode, here, kind)) {
      return err(
        'table-invalid',
        `${t.departmentCode} 不负责以${kind === 'forward' ? '汇总转报' : '数据包'}方式报送 ${t.tableCode} 表，已拒绝。`,
      );
    }
  }
  const sequences: GuardedSequence[] = [];
  const guard = (keyId: string, addressee: string, next: SequenceState) =>
    sequences.push(guardedSequence(ws, state, keyId, addressee, next));
  if (v.nextSequenceState) guard(v.manifest.keyId, v.manifest.addressee, v.nextSequenceState);
  let slices: Slice[] = [...v.tables.values()];
  let contributors: BundleMerge['bundle']['contributors'];
  if (kind === 'forward') {
    const inner = verified.value.forward;
    if (inner === undefined) return err('forward-invalid', '汇总转报包的原始数据包未能校验，已拒绝。');
    slices = [];
    for (const c of inner.contributors) {
      slices.push(...c.tables);
      if (c.nextSequenceState) guard(c.keyId, v.manifest.sender.departmentCode, c.nextSequenceState);
    }
    for (const [tableCode, rows] of inner.own) {
      if (rows.length > 0 || contributesTo(byCode.get(tableCode), v.manifest.sender.departmentCode))
        slices.push({ tableCode, departmentCode: v.manifest.sender.departmentCode, rows });
    }
    contributors = inner.contributors.map((c) => ({
      departmentCode: c.departmentCode,
      keyId: c.keyId,
      seq: c.seq,
      bundleHash: c.bundleHash,
      auditHead: c.auditHead,
    }));
  }
  // The senders' review records (files/review.json), checked against the slices and routes just verified.
  const sender = v.manifest.sender.departmentCode;
  const review = readSubmissionEntry(
    v.files,
    slices.map((s) => ({
      tableCode: s.tableCode,
      departmentCode: s.departmentCode,
      viaSummary: kind === 'forward' && s.departmentCode !== sender,
    })),
    tasks,
  );
  if (!review.ok) return review;
  const requests = bundleRequests(ws, sender, review.value.updateRequests, verified.value.forward, tasks);
  if (!requests.ok) return requests;
  const annex = await incomingAnnex(deps, ws, v, verified.value.forward, tasks);
  if (!annex.ok) return annex;
  const checks = sliceChecks(slices, verified.value.qualities ?? [], review.value.submissions, catalog);
  if (!checks.ok) return checks;
  const previews = await Promise.all(
    slices.map((s, i) => previewSlice(deps, ws, catalog, tableNames, s, checks.value[i]!)),
  );
  const at = deps.now().toISOString();
  const m = v.manifest;
  // Past the cap only with the office's confirmation; the bundle's record says so for the audit.
  // (an inner original's jump too: the office's confirmation covers it).
  const jumpNote = sequences
    .filter((s) => s.record.lastSeq - s.expectLastSeq > MAX_SEQ_JUMP)
    .map((s) => X.seqJumpConfirmed(s.record.lastSeq, s.expectLastSeq));
  // The keys the merge rests on, re-checked inside the commit's transaction.
  const signers: SignerClaim[] = [
    { keyId: m.keyId, departmentCode: v.signer.departmentCode, role: v.signer.role, addressee: m.addressee },
    ...(verified.value.forward?.contributors ?? []).map((c) => ({
      keyId: c.keyId,
      departmentCode: c.departmentCode,
      role: c.role,
      addressee: m.sender.departmentCode,
    })),
  ];
  return ok({
    kind,
    status: v.status,
    verified: v,
    slices: previews,
    annexFigures: annex.value.length,
    warnings: [...jumpNote, ...v.warnings.map((w) => w.message), ...review.value.warnings],
    merge: {
      slices: slices.map((s) => ({ tableCode: s.tableCode, departmentCode: s.departmentCode, rows: s.rows })),
      sequences,
      signers,
      submissions: review.value.submissions,
      ...(review.value.updates.length > 0 ? { updates: review.value.updates } : {}),
      // 申请更新 are the office's to answer (a summary department only checks them).
      ...(requests.value.length > 0 ? { updateRequests: requests.value } : {}),
      ...(annex.value.length > 0 && ws.station.role === 'office' ? { annexEntries: annex.value } : {}),
      // A department's 整改 answers are the office's to merge (the items were created there).
      ...(ws.station.role === 'office' && kind === 'data' && review.value.rectifications.length > 0
        ? { rectifications: review.value.rectifications }
        : {}),
      bundle: {
        workspaceId: ws.id,
        bundleHash: v.bundleHash,
        receivedAt: at,
        direction: 'received',
        kind: m.kind,
        keyId: m.keyId,
        sender: m.sender,
        addressee: m.addressee,
        seq: m.seq,
        createdAt: m.createdAt,
        auditHead: m.auditHead,
        status: 'imported',
        slices: previews.map((p) => ({
          tableCode: p.tableCode,
          departmentCode: p.departmentCode,
          rows: p.rows,
          added: p.added,
          changed: p.changed,
          removed: p.removed,
        })),
        warnings: [...jumpNote, ...v.warnings.map((w) => w.message)],
        // A summary station keeps the signed original to forward it to the office unchanged.
        ...(ws.station.role === 'summary' ? { bytesBase64: bytesToBase64(bytes) } : {}),
        ...(contributors === undefined ? {} : { contributors }),
      },
    },
  });
}

/**
 * The entered annex figures the bundle brings (annex-incoming.ts): the sender's own and, in a forward, each
 * original's, checked against this station's annex definitions and, at the office, against what it holds.
 * A summary station only checks them: it forwards the originals unchanged and merges nothing.
 */
async function incomingAnnex(
  deps: ExchangeDeps,
  ws: Workspace,
  v: VerifiedBundle,
  forward: ForwardContents | undefined,
  tasks: readonly TaskAssignment[],
): Promise<Result<readonly AnnexEntry[]>> {
  const own = v.files.get(ANNEX_BUNDLE_ENTRY);
  const contributors = forward?.contributors ?? [];
  if (own === undefined && contributors.every((c) => c.annexEntry === undefined)) return ok([]);
  const [defs, departments] = await Promise.all([
    deps.repo.loadAnnexDefs(ws.id),
    deps.repo.loadDepartments(ws.id),
  ]);
  const name = departmentNamer(departments);
  const read = readIncomingAnnex({
    here: stationAddress(ws),
    kind: v.manifest.kind === 'forward' ? 'forward' : 'data',
    sender: v.manifest.sender.departmentCode,
    ...(own === undefined ? {} : { own }),
    contributors,
    tasks,
    defs,
    name,
  });
  if (!read.ok || ws.station.role !== 'office') return read;
  const plan = planAnnexMerge(await deps.repo.listAnnexEntries(ws.id), read.value, name);
  return plan.ok ? read : plan;
}

function contributesTo(task: TaskAssignment | undefined, dept: string): boolean {
  return (
    task !== undefined && (task.responsibleDepartment === dept || task.cooperatingDepartments.includes(dept))
  );
}

async function previewSlice(
  deps: ExchangeDeps,
  ws: Workspace,
  catalog: Catalog,
  names: ReadonlyMap<string, string>,
  s: Slice,
  checks: SliceChecks,
): Promise<SlicePreview> {
  const before = await deps.repo.loadTableRows({
    workspaceId: ws.id,
    tableCode: s.tableCode,
    departmentCode: s.departmentCode,
  });
  const naturalKey = catalog.tables.find((t) => t.code === s.tableCode)?.naturalKey ?? [];
  const d = diffSlice(before, s.rows, naturalKey);
  return {
    tableCode: s.tableCode,
    tableName: names.get(s.tableCode) ?? s.tableCode,
    departmentCode: s.departmentCode,
    rows: s.rows.length,
    added: d.added,
    changed: d.changed,
    removed: d.removed,
    cellsChanged: d.cellsChanged,
    ...checks,
  };
}
