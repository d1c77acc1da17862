/**
 * Sequence policy for incoming bundles (docs/ARCHITECTURE.md §6; docs/SECURITY.md B5, B6, B7, B10). Sequence numbers count
 * per (signing key, addressee): the same number with the same hash is the same bundle (a no-op), with
 * another hash a fork (hard error); an older number is a replay or rollback; a gap is accepted with a
 * warning; a jump past the cap (a stolen key fast-forwarding) needs the office's confirmation.
 * Pure: the caller loads the state and stores `next` in the same transaction as the merge.
 */
import { err, ok, type Result } from '../result';
import type { BundleKind } from './manifest';

/**
 * Which counter a bundle kind numbers on (docs/bundle-rules.md). Receipts are acknowledgements: they
 * have their own counter per (key, addressee) at the sender and are order-free at the receiver
 * (idempotent by the bundle hash they confirm), so a receipt and a feedback bundle written at one sitting
 * import in either order. Every other kind shares the strict counter, so an older one is a rollback.
 */
export type SequenceChannel = 'strict' | 'receipt';

export function sequenceChannelOf(kind: BundleKind): SequenceChannel {
  return kind === 'receipt' ? 'receipt' : 'strict';
}

/** The sender's counter scope for a bundle of `kind` to `addressee` (the strict one is the plain addressee). */
export function counterAddressee(kind: BundleKind, addressee: string): string {
  return sequenceChannelOf(kind) === 'receipt' ? `${addressee}:receipt` : addressee;
}

/** Largest forward step accepted without confirmation. */
export const MAX_SEQ_JUMP = 1000;

export interface SequenceState {
  readonly lastSeq: number;
  /** bundleHash of every sequence number imported from this (key, addressee). */
  readonly hashes: ReadonlyMap<number, string>;
}

export const EMPTY_SEQUENCE_STATE: SequenceState = { lastSeq: 0, hashes: new Map() };

export interface IncomingSequence {
  readonly seq: number;
  readonly bundleHash: string;
  readonly prevBundleHash: string | null;
}

export type SequenceErrorCode = 'conflicting-bundle' | 'replay' | 'seq-jump';

export type SequenceWarning = {
  readonly code: 'gap';
  readonly message: string;
  readonly missing: readonly [number, number];
};

export type SequenceDecision =
  | { readonly kind: 'already-imported' }
  | {
      readonly kind: 'accept';
      readonly warnings: readonly SequenceWarning[];
      /** The state to store; undefined for an order-free kind (receipts), which keeps none. */
      readonly next: SequenceState | undefined;
    };

export function decideSequence(
  state: SequenceState,
  incoming: IncomingSequence,
  options: { readonly confirmed?: boolean } = {},
): Result<SequenceDecision, SequenceErrorCode> {
  const { seq, bundleHash } = incoming;
  const recorded = state.hashes.get(seq);
  if (recorded !== undefined) {
    return recorded === bundleHash
      ? ok({ kind: 'already-imported' })
      : err(
          'conflicting-bundle',
          `第 ${seq} 号数据包已导入过另一个不同的版本：同一序号出现两个不同的数据包，已拒绝，请联系发送方核实。`,
          { seq },
        );
  }
  if (seq === state.lastSeq) {
    return err(
      'conflicting-bundle',
      `第 ${seq} 号数据包与已导入的同号数据包不同，已拒绝，请联系发送方核实。`,
      { seq },
    );
  }
  if (seq < state.lastSeq) {
    return err(
      'replay',
      `第 ${seq} 号数据包早于已导入的第 ${state.lastSeq} 号，可能是旧包被重复导入，已拒绝。`,
      {
        seq,
        lastSeq: state.lastSeq,
      },
    );
  }
  const jump = seq - state.lastSeq;
  if (jump > MAX_SEQ_JUMP && options.confirmed !== true) {
    return err(
      'seq-jump',
      `第 ${seq} 号数据包比上次导入的第 ${state.lastSeq} 号跳过了 ${jump - 1} 个序号，超过 ${MAX_SEQ_JUMP} 的上限；确认发送方无误后，需由督导室确认才能导入。`,
      { seq, lastSeq: state.lastSeq },
    );
  }
  // The sender names its previous bundle; if we hold that number under another hash, the key has forked.
  const lastHash = state.hashes.get(state.lastSeq);
  if (
    jump === 1 &&
    incoming.prevBundleHash !== null &&
    lastHash !== undefined &&
    incoming.prevBundleHash !== lastHash
  ) {
    return err(
      'conflicting-bundle',
      `第 ${seq} 号数据包声明的上一个数据包与本站导入的第 ${state.lastSeq} 号不是同一个：同一序号存在两个不同的数据包，已拒绝。`,
      { seq },
    );
  }
  const warnings: SequenceWarning[] = [];
  if (jump > 1) {
    const from = state.lastSeq + 1;
    const to = seq - 1;
    const which = from === to ? `第 ${from} 号` : `第 ${from}–${to} 号（共 ${to - from + 1} 个）`;
    warnings.push({
      code: 'gap',
      message: `缺少${which}数据包：本包仍可导入，缺少的数据包以后到达时将因序号较旧而被拒绝。`,
      missing: [from, to],
    });
  }
  const hashes = new Map(state.hashes);
  hashes.set(seq, bundleHash);
  return ok({ kind: 'accept', warnings, next: { lastSeq: seq, hashes } });
}

/**
 * A bundle carried inside another (a forward's original, a relayed office feedback) that this station
 * already imported passes decideSequence as a no-op — but it would still replace newer content, so one
 * older than the latest held from that key is refused: the message's tail, or null when it is not older.
 */
export function olderThanHeld(
  status: 'new' | 'already-imported',
  seq: number,
  held: SequenceState | undefined,
): string | null {
  if (status !== 'already-imported' || held === undefined || seq >= held.lastSeq) return null;
  return `是第 ${seq} 号，早于本站已持有的第 ${held.lastSeq} 号，转来的旧数据会覆盖较新的数据，已拒绝。`;
}
