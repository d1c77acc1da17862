/**
 * Chapters relayed through a summary department (docs/report-workflow.md, docs/bundle-rules.md "Bundles
 * inside bundles"): when the office's assignment names a summary department, the department signs its
 * chapter to that summary department, which reviews it and sends the office a chapter bundle under its
 * own signature carrying the department's signed bundle unchanged as `files/orig-chapter-<dept>-<seq>.sdd`.
 * The office verifies the original as if it had arrived at the summary department — a trusted,
 * unrevoked department key, addressed to that summary department, this year, its sequence per
 * (department key, summary department) including "older than held" — so the summary department can
 * neither forge nor alter a department's chapter, nor replay an older one. Whether the relaying station
 * is the one the assignment names is checked against the office's assignment (chapter-delivery.ts). A
 * college's enterprise report relays the same way, its report id in place of the assignment id.
 */
import { olderThanHeld, type SequenceState } from '../bundle/sequence-policy';
import { verifyBundle, type VerifiedBundle, type VerifyContext } from '../bundle/verify-bundle';
import type { BundleFileInput } from '../bundle/bundle-writer';
import type { EnterpriseSubmission } from '../enterprise/enterprise-bundle';
import { err, ok, type Result } from '../result';
import {
  CHAPTER_ENTRY,
  chapterFiles,
  readChapterPayload,
  type ChapterRelayPayload,
  type ChapterSubmission,
} from './chapter-payload';

export const CHAPTER_ORIGINAL_PREFIX = 'files/orig-chapter-';

/** Entry name of the department's chapter bundle inside a summary department's relay. */
export function chapterOriginalPath(departmentCode: string, seq: number): string {
  return `${CHAPTER_ORIGINAL_PREFIX}${departmentCode}-${seq}.sdd`;
}

/** The summary department's review record of the revision it relays (`id`: the assignment, or the enterprise report). */
export function relayPayload(
  id: string,
  revision: number,
  reviewer: { readonly by: string; readonly at: string; readonly note: string },
): ChapterRelayPayload {
  return {
    format: 'sdd-chapter',
    version: 1,
    from: 'relay',
    assignmentId: id,
    revision,
    reviewedBy: reviewer.by,
    reviewedAt: reviewer.at,
    note: reviewer.note.trim().slice(0, 2000),
  };
}

/** The relay's files: the summary department's review, then the department's bundle as received. */
export function relayFiles(
  payload: ChapterRelayPayload,
  original: { readonly departmentCode: string; readonly seq: number; readonly bytes: Uint8Array },
): BundleFileInput[] {
  return [
    ...chapterFiles(payload),
    { path: chapterOriginalPath(original.departmentCode, original.seq), bytes: original.bytes },
  ];
}

export interface RelayedChapter {
  /** The department key that signed the original, and its trust-list entry (re-checked at the commit). */
  readonly keyId: string;
  readonly signer: { readonly role: 'department' | 'summary'; readonly departmentCode: string };
  /** The summary department the department addressed it to (the relaying station). */
  readonly addressee: string;
  readonly seq: number;
  readonly bundleHash: string;
  /** The department's chapter, or a college's enterprise report. */
  readonly submission: ChapterSubmission | EnterpriseSubmission;
  /** Sequence state for (department key, summary department) when the original is new here. */
  readonly nextSequenceState?: SequenceState;
}

const refused = (why: string) => err('chapter-relay', `转报的章节${why}，已拒绝。`);

/** Second layer of a verified relay: the department's original, checked whole. */
export function verifyChapterRelay(
  outer: VerifiedBundle,
  relay: ChapterRelayPayload,
  ctx: VerifyContext,
): Result<RelayedChapter> {
  const summary = outer.manifest.sender.departmentCode;
  if (outer.signer.role !== 'summary') return refused('只能由汇总部门转报');
  const originals = [...outer.files.keys()].filter((p) => p.startsWith(CHAPTER_ORIGINAL_PREFIX));
  const other = [...outer.files.keys()].find(
    (p) => p !== CHAPTER_ENTRY && !p.startsWith(CHAPTER_ORIGINAL_PREFIX),
  );
  if (other !== undefined) return refused(`中有无法识别的文件 ${other}`);
  if (originals.length !== 1) return refused('须附且只附一份部门签名的原始章节包');
  const path = originals[0]!;
  const inner = verifyBundle(outer.files.get(path)!, {
    ...ctx,
    station: { role: 'summary', departmentCode: summary },
    acceptKinds: ['chapter'],
  });
  if (!inner.ok)
    return err(inner.error.code, `转报的章节中 ${path} 的部门原件未通过校验：${inner.error.message}`);
  const v = inner.value;
  const role = v.signer.role;
  if (role !== 'department' && role !== 'summary') return refused('原件不是部门签名的');
  if (v.signer.departmentCode === summary) return refused('原件不能是汇总部门自己签发的');
  const m = v.manifest;
  const older = olderThanHeld(v.status, m.seq, ctx.sequenceState(m.keyId, summary));
  if (older !== null) return err('replay', `转报的章节原件${older}`);
  const payload = readChapterPayload(v.files);
  if (!payload.ok) return payload;
  const p = payload.value;
  if (p.from !== 'department' && p.from !== 'enterprise') return refused('原件不是部门提交的章节稿');
  // A college's enterprise report relays the same way; its report id stands where a chapter's assignment does.
  const id = p.from === 'department' ? p.assignmentId : p.reportId;
  if (id !== relay.assignmentId || p.revision !== relay.revision)
    return refused(`审核记录（第 ${relay.revision} 稿）与所附原件（第 ${p.revision} 稿）不符`);
  return ok({
    keyId: m.keyId,
    signer: { role, departmentCode: v.signer.departmentCode },
    addressee: summary,
    seq: m.seq,
    bundleHash: v.bundleHash,
    submission: p,
    ...(v.nextSequenceState === undefined ? {} : { nextSequenceState: v.nextSequenceState }),
  });
}
