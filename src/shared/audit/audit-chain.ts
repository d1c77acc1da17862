/**
 * The audit log is append-only and hash-chained (docs/ARCHITECTURE.md §3, docs/SECURITY.md A1):
 *   h_i = SHA-256( UTF-8(h_{i-1} as lowercase hex) ‖ UTF-8(canonicalJson(event_i without `hash`)) )
 * with h_0 = 64 zeros. Because each event also carries its own `prevHash` and `seq`, editing, deleting
 * or reordering any stored event breaks the chain at the first affected index, and the verifier names it.
 * The hash is synchronous (@noble/hashes) so the data writer can append inside an IndexedDB transaction.
 */
import { canonicalJson, type JsonValue } from '../canonical-json';
import { sha256Hex } from '../hash';

/** prevHash of the first event of every log. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * What happened. The known kinds are listed for autocompletion; later issues add their own
 * (`review.approve`, `bundle.import`, …) without touching this file.
 */
export type AuditKind =
  | 'workspace.create'
  | 'workspace.update'
  | 'workspace.delete'
  | 'catalog.save'
  | 'departments.save'
  | 'tasks.save'
  | 'rows.commit'
  | 'rows.edit'
  | (string & {});

/** A small JSON object (counts, table code, cell old/new for small edits) — never a whole table. */
export type AuditSummary = { [key: string]: JsonValue };

export interface AuditEvent {
  /** 1, 2, 3, … per log, without gaps. */
  readonly seq: number;
  readonly workspaceId: string;
  /** ISO timestamp. */
  readonly at: string;
  /** Local user name (or 'system'). */
  readonly actor: string;
  readonly kind: AuditKind;
  readonly summary: AuditSummary;
  readonly prevHash: string;
  readonly hash: string;
}

export type UnhashedAuditEvent = Omit<AuditEvent, 'hash'>;

export type AuditChainCheck =
  | { readonly ok: true; readonly head: string; readonly count: number }
  | { readonly ok: false; readonly firstBadIndex: number; readonly message: string };

/** SHA-256 of the previous hash followed by the canonical JSON of the event (without its own hash). */
export function chainHash(prevHash: string, event: UnhashedAuditEvent): string {
  // Strip a stray `hash` member in case a full event is passed where an unhashed one is meant.
  const { hash: _ignored, ...rest } = event as UnhashedAuditEvent & { hash?: string };
  return sha256Hex(prevHash + canonicalJson(rest));
}

/** Builds the next event of a log whose last event is `previous` (or none). */
export function nextAuditEvent(
  previous: Pick<AuditEvent, 'seq' | 'hash'> | null | undefined,
  fields: Omit<UnhashedAuditEvent, 'seq' | 'prevHash'>,
): AuditEvent {
  const unhashed: UnhashedAuditEvent = {
    seq: previous ? previous.seq + 1 : 1,
    workspaceId: fields.workspaceId,
    at: fields.at,
    actor: fields.actor,
    kind: fields.kind,
    summary: fields.summary,
    prevHash: previous ? previous.hash : GENESIS_HASH,
  };
  return { ...unhashed, hash: chainHash(unhashed.prevHash, unhashed) };
}

/**
 * Verifies a whole log in seq order (as stored). Returns the head hash, or the index of the first event
 * that does not link: an edited event fails its own hash, a deleted one leaves a seq gap and a broken
 * prevHash, a reordered one fails the seq check.
 */
export function verifyAuditChain(events: ReadonlyArray<AuditEvent>): AuditChainCheck {
  let prev = GENESIS_HASH;
  const workspaceId = events[0]?.workspaceId;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as AuditEvent;
    const where = `第 ${i + 1} 条审计记录（序号 ${String(e.seq)}）`;
    if (e.seq !== i + 1) {
      return bad(i, `${where}的序号应为 ${i + 1}：审计记录被删除、插入或调换了顺序。`);
    }
    if (e.workspaceId !== workspaceId) {
      return bad(i, `${where}属于另一个采集年度：审计记录被混入或替换。`);
    }
    if (e.prevHash !== prev) {
      return bad(i, `${where}与上一条记录的哈希不衔接：前面的记录被修改、删除或调换。`);
    }
    let expected: string;
    try {
      expected = chainHash(prev, e);
    } catch {
      return bad(i, `${where}的内容无法规范化（含有不允许的值），记录已损坏。`);
    }
    if (e.hash !== expected) {
      return bad(i, `${where}的内容与其哈希不符：该记录被修改过。`);
    }
    prev = e.hash;
  }
  return { ok: true, head: prev, count: events.length };
}

function bad(firstBadIndex: number, message: string): AuditChainCheck {
  return { ok: false, firstBadIndex, message };
}
