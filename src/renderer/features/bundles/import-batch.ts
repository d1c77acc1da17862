/**
 * Several bundles imported at once (e.g. the office's twenty department bundles): every file is
 * verified and previewed in order on ONE disposable verify Worker (withVerifySession; a file that
 * crashes it or times out is refused alone and the next file gets a fresh Worker), and the person
 * sees one list — each file ready (with its preview), already imported, or refused with its Chinese
 * cause — before anything is written. The commit then goes through the files in the same order, one
 * transaction each, exactly as a single import would.
 */
import type { Result } from '../../../shared/result';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import type { ExchangeState } from '../../data/records';
import { commitDataBundle } from './data-commit';
import { loadYearData, type DataPreview } from './data-import';
import { withVerifySession, type Acting, type ExchangeDeps } from './exchange-context';
import { routeIncoming, type ImportStep } from './import-flow';
import { commitNoticeBundle, type NoticePreview } from './notice-import';
import type { OutgoingBundle } from './outgoing';
import { X } from './texts';

export interface IncomingFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type Ready =
  | { readonly step: 'data'; readonly preview: DataPreview }
  | { readonly step: 'notice'; readonly preview: NoticePreview };

export type BatchItem =
  | { readonly name: string; readonly status: 'ready'; readonly ready: Ready }
  | { readonly name: string; readonly status: 'already' }
  | { readonly name: string; readonly status: 'refused'; readonly message: string };

/** Verifies and previews every file, in order, on one verify session. Nothing is written. */
export function previewBatch(
  deps: ExchangeDeps,
  ws: Workspace,
  state: ExchangeState,
  files: readonly IncomingFile[],
): Promise<BatchItem[]> {
  return withVerifySession(deps, async (session) => {
    // All files are routed at once: the session still asks its Worker one request at a time, in order,
    // while the page previews (database reads, diff) the files already verified — the two overlap.
    const year = await loadYearData(deps, ws);
    const routed = await Promise.all(
      files.map((f) => routeIncoming(session, ws, state, f.bytes, { year, dataFirst: true })),
    );
    // Sequence scopes (signing key → addressee) already claimed by an earlier file of this batch.
    const scopes = new Map<string, string>();
    return files.map((f, i) => itemOf(f.name, routed[i]!, scopes));
  });
}

function itemOf(name: string, r: Result<ImportStep>, scopes: Map<string, string>): BatchItem {
  if (!r.ok) return { name, status: 'refused', message: r.error.message };
  const step = r.value;
  switch (step.step) {
    case 'already':
      return { name, status: 'already' };
    case 'setup':
      return { name, status: 'refused', message: X.batchSetupAlone };
    case 'seq-jump':
      return { name, status: 'refused', message: `${step.message}${X.batchOpenAlone}` };
    case 'data':
    case 'notice': {
      // Each preview was made against the sequence state before the batch: a second bundle of the same
      // scope would be checked against a number the first one is about to move, so it waits its turn.
      const guarded = step.step === 'data' ? step.preview.merge.sequences : [step.preview.note.sequence];
      const keys = guarded.flatMap((s) => (s === undefined ? [] : [s.record]));
      const clash = keys.map((k) => scopes.get(`${k.keyId}|${k.addressee}`)).find((n) => n !== undefined);
      if (clash !== undefined) return { name, status: 'refused', message: X.batchSameScope(clash) };
      for (const k of keys) scopes.set(`${k.keyId}|${k.addressee}`, name);
      return { name, status: 'ready', ready: step };
    }
  }
}

export type CommitResult =
  | { readonly name: string; readonly ok: true; readonly message: string }
  | { readonly name: string; readonly ok: false; readonly message: string };

/** Where a data import's receipt goes (saved and recorded by the page); returns a note or a failure. */
export type SaveReceipt = (
  receipt: OutgoingBundle & { readonly fileName: string },
) => Promise<{ ok: true; note: string } | { ok: false; message: string }>;

/** Commits the ready files in order, each in its own transaction; one failure does not stop the rest. */
export async function commitBatch(
  deps: ExchangeDeps,
  acting: Acting,
  items: readonly BatchItem[],
  saveReceipt: SaveReceipt,
): Promise<CommitResult[]> {
  const results: CommitResult[] = [];
  for (const item of items) {
    if (item.status !== 'ready') continue;
    results.push({ name: item.name, ...(await commitOne(deps, acting, item.ready, saveReceipt)) });
  }
  return results;
}

async function commitOne(
  deps: ExchangeDeps,
  acting: Acting,
  ready: Ready,
  saveReceipt: SaveReceipt,
): Promise<{ ok: boolean; message: string }> {
  if (ready.step === 'notice') {
    const r = await commitNoticeBundle(deps, acting, ready.preview);
    if (!r.ok) return { ok: false, message: r.error.message };
    return {
      ok: true,
      message:
        ready.preview.kind === 'receipt'
          ? X.receiptImported(ready.preview.receipt.bundleHash)
          : X.feedbackImported,
    };
  }
  const r = await commitDataBundle(deps, acting, ready.preview);
  if (!r.ok) return { ok: false, message: r.error.message };
  if (r.value.status === 'already-imported') return { ok: true, message: X.alreadyImported };
  const receipt = r.value.receipt;
  if (!receipt.ok) return { ok: true, message: `${X.imported}；回执未生成：${receipt.error.message}` };
  const saved = await saveReceipt(receipt.value);
  return {
    ok: true,
    message: saved.ok ? `${X.imported}；${saved.note}` : `${X.imported}；回执未保存：${saved.message}`,
  };
}
