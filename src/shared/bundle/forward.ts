/**
 * Forwarding (docs/ARCHITECTURE.md §6): a summary department sends the office one bundle under
 * its own signature whose tables are the union of its contributors' slices (plus its own), and which
 * carries each contributor's signed original bundle untouched under files/. The office verifies both
 * layers: the outer bundle as usual, then every original as if it had arrived at the summary
 * department (its key in the office's trust list, addressed to that summary department, same year),
 * and finally that every contributor row appears unchanged in the union — so the office can store who
 * contributed what, and a summary department cannot alter a contributor's rows without being caught.
 */
import { ANNEX_BUNDLE_ENTRY } from '../annex/annex-bundle-entry';
import { canonicalJson } from '../canonical-json';
import { err, ok, type Result } from '../result';
import { REVIEW_ENTRY } from '../review/submission-entry';
import type { StoredRow } from '../records/record-types';
import type { BundleFileInput } from './bundle-writer';
import type { TableValidator } from './payload-check';
import { olderThanHeld, type SequenceState } from './sequence-policy';
import { unionSlices, type KeyCollision } from './slice-union';
import { tableEntryPath, type TableFile } from './table-file';
import type { KeyRole } from './trust-list';
import { verifyBundle, type VerifiedBundle, type VerifyContext } from './verify-bundle';

export const ORIGINAL_PREFIX = 'files/orig-';

/** Entry name of a contributor's original inside a forward bundle. */
export function originalEntryPath(departmentCode: string, seq: number): string {
  return `${ORIGINAL_PREFIX}${departmentCode}-${seq}.sdd`;
}

export interface ForwardSource {
  readonly departmentCode: string;
  readonly seq: number;
  /** The contributor's bundle exactly as received. */
  readonly bytes: Uint8Array;
  readonly tables: readonly TableFile[];
}

export interface ForwardPlan {
  readonly files: BundleFileInput[];
  readonly collisions: ReadonlyArray<KeyCollision & { readonly tableCode: string }>;
  readonly duplicateIds: ReadonlyArray<{ readonly tableCode: string; readonly id: string }>;
  readonly tables: ReadonlyArray<{
    readonly tableCode: string;
    readonly rows: number;
    readonly contributors: readonly string[];
  }>;
}

/**
 * The union per table (contributors in the given order, then the summary's own rows) and the payload
 * files: tables first, then the originals. Collisions are reported for the L2 reviewer, not resolved.
 */
export function planForward(
  summaryDepartment: string,
  sources: readonly ForwardSource[],
  own: ReadonlyMap<string, readonly StoredRow[]>,
  naturalKeys: ReadonlyMap<string, readonly string[]>,
): ForwardPlan {
  const codes = new Set<string>(own.keys());
  for (const s of sources) for (const t of s.tables) codes.add(t.tableCode);
  const files: BundleFileInput[] = [];
  const collisions: Array<KeyCollision & { tableCode: string }> = [];
  const duplicateIds: Array<{ tableCode: string; id: string }> = [];
  const tables: Array<{ tableCode: string; rows: number; contributors: string[] }> = [];
  for (const tableCode of [...codes].sort()) {
    const slices: Array<{ departmentCode: string; rows: readonly StoredRow[] }> = sources.flatMap((s) =>
      s.tables
        .filter((t) => t.tableCode === tableCode)
        .map((t) => ({ departmentCode: s.departmentCode, rows: t.rows })),
    );
    const mine = own.get(tableCode);
    if (mine !== undefined) slices.push({ departmentCode: summaryDepartment, rows: mine });
    const union = unionSlices(slices, naturalKeys.get(tableCode) ?? []);
    collisions.push(...union.collisions.map((c) => ({ ...c, tableCode })));
    duplicateIds.push(...union.duplicateIds.map((id) => ({ tableCode, id })));
    const file: TableFile = { tableCode, departmentCode: summaryDepartment, rows: [...union.rows] };
    files.push({
      path: tableEntryPath(tableCode),
      bytes: new TextEncoder().encode(canonicalJson(file)),
      rows: union.rows.length,
    });
    tables.push({
      tableCode,
      rows: union.rows.length,
      contributors: [...new Set(slices.map((s) => s.departmentCode))],
    });
  }
  for (const s of sources) files.push({ path: originalEntryPath(s.departmentCode, s.seq), bytes: s.bytes });
  return { files, collisions, duplicateIds, tables };
}

export interface ForwardContributor {
  readonly departmentCode: string;
  readonly keyId: string;
  /** The role the trust list registers the contributor's key under (re-checked at the commit). */
  readonly role: KeyRole;
  readonly seq: number;
  readonly bundleHash: string;
  readonly auditHead: string;
  readonly tables: readonly TableFile[];
  /**
   * The contributor's entered annex figures as it signed them (files/annex.json of its original), still
   * unread: the office checks them against its annex definitions and the figures it holds.
   */
  readonly annexEntry?: Uint8Array;
  /**
   * The contributor's review entry as it signed it (files/review.json of its original), still unread:
   * the office takes the contributor's 申请更新 from it (update-request-route.ts).
   */
  readonly reviewEntry?: Uint8Array;
  /** Sequence state to store for (contributor key, summary department), when the original is new here. */
  readonly nextSequenceState?: SequenceState;
}

export interface ForwardContents {
  readonly contributors: readonly ForwardContributor[];
  /** The summary department's own rows per table: union rows not accounted for by any original. */
  readonly own: ReadonlyMap<string, StoredRow[]>;
}

/**
 * Second layer of a verified forward bundle. `ctx` is the office's context; sequences are per (key,
 * summary). Every original gets the checks an outer bundle gets (docs/bundle-rules.md "Bundles inside
 * bundles"): signer, addressee and year, `route` (the tables its sender may send that summary
 * department), the sequence cap (confirmed only by the office's own confirmation), and "older than held".
 */
export function verifyForwardContents(
  outer: VerifiedBundle,
  ctx: VerifyContext,
  route?: (summaryDepartment: string) => TableValidator,
): Result<ForwardContents> {
  const summary = outer.manifest.sender.departmentCode;
  const remaining = new Map<string, Map<string, string>>();
  for (const t of outer.tables.values())
    remaining.set(t.tableCode, new Map(t.rows.map((r) => [r.id, canonicalJson(r)])));
  const contributors: ForwardContributor[] = [];
  const seen = new Set<string>();
  for (const [path, bytes] of outer.files) {
    if (!path.startsWith(ORIGINAL_PREFIX))
      return err('forward-invalid', `汇总转报包中有无法识别的文件 ${path}，已拒绝。`);
    const inner = verifyBundle(bytes, {
      ...ctx,
      station: { role: 'summary', departmentCode: summary },
      acceptKinds: ['data'],
      confirmSeqJump: ctx.confirmSeqJump === true,
      ...(route === undefined ? {} : { validateTable: route(summary) }),
    });
    if (!inner.ok)
      return err(inner.error.code, `汇总转报包中 ${path} 的原始数据包未通过校验：${inner.error.message}`);
    const m0 = inner.value.manifest;
    const older = olderThanHeld(inner.value.status, m0.seq, ctx.sequenceState(m0.keyId, summary));
    if (older !== null) return err('replay', `汇总转报包中 ${path} 的原始数据包${older}`);
    const m = inner.value.manifest;
    if (m.sender.departmentCode === summary || seen.has(m.sender.departmentCode)) {
      return err(
        'forward-invalid',
        `汇总转报包中 ${m.sender.departmentCode} 的原始数据包重复或来源不符，已拒绝。`,
      );
    }
    seen.add(m.sender.departmentCode);
    for (const t of inner.value.tables.values()) {
      const union = remaining.get(t.tableCode);
      if (union === undefined)
        return err(
          'forward-mismatch',
          `${m.sender.departmentCode} 的 ${t.tableCode} 表不在汇总数据中，已拒绝。`,
        );
      for (const row of t.rows) {
        if (union.get(row.id) !== canonicalJson(row)) {
          return err(
            'forward-mismatch',
            `汇总数据中 ${m.sender.departmentCode} 的 ${t.tableCode} 表记录 ${row.id} 与其签名原件不一致，已拒绝。`,
          );
        }
        union.delete(row.id);
      }
    }
    contributors.push({
      departmentCode: m.sender.departmentCode,
      keyId: m.keyId,
      role: inner.value.signer.role,
      seq: m.seq,
      bundleHash: inner.value.bundleHash,
      auditHead: m.auditHead,
      tables: [...inner.value.tables.values()],
      ...annexOf(inner.value.files),
      ...reviewOf(inner.value.files),
      ...(inner.value.nextSequenceState === undefined
        ? {}
        : { nextSequenceState: inner.value.nextSequenceState }),
    });
  }
  const own = new Map<string, StoredRow[]>();
  for (const t of outer.tables.values()) {
    const left = remaining.get(t.tableCode)!;
    own.set(
      t.tableCode,
      t.rows.filter((r) => left.has(r.id)),
    );
  }
  return ok({ contributors, own });
}

function reviewOf(files: ReadonlyMap<string, Uint8Array>): { reviewEntry?: Uint8Array } {
  const bytes = files.get(REVIEW_ENTRY);
  return bytes === undefined ? {} : { reviewEntry: bytes };
}

function annexOf(files: ReadonlyMap<string, Uint8Array>): { annexEntry?: Uint8Array } {
  const bytes = files.get(ANNEX_BUNDLE_ENTRY);
  return bytes === undefined ? {} : { annexEntry: bytes };
}
