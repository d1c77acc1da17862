/**
 * The 导入 tab's decisions, apart from its rendering: open a file, route it by the kind its manifest
 * states (that claim is verified by the path it is routed to), and produce what the tab shows next.
 */
import { BUNDLE_KIND_LABELS } from '../../../shared/bundle/bundle-messages';
import type { Result } from '../../../shared/result';
import { err, ok } from '../../../shared/result';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import type { ExchangeState } from '../../db/bundle-reads';
import type { ExchangeDeps } from './exchange-context';
import { previewDataBundle, type DataPreview, type ImportOptions } from './data-import';
import { previewNoticeBundle, type NoticePreview } from './notice-import';
import { inspectSetup, type SetupInspection } from './setup-service';
import { X } from './texts';

export type ImportStep =
  | { readonly step: 'setup'; readonly bytes: Uint8Array; readonly inspection: SetupInspection }
  | { readonly step: 'data'; readonly preview: DataPreview }
  | { readonly step: 'notice'; readonly preview: NoticePreview }
  | { readonly step: 'seq-jump'; readonly bytes: Uint8Array; readonly message: string }
  | { readonly step: 'already' };

export async function routeIncoming(deps: ExchangeDeps, ws: Workspace, state: ExchangeState, bytes: Uint8Array, options: ImportOptions = {}): Promise<Result<ImportStep>> {
  const peeked = await deps.verify('peek', { bytes });
  if (!peeked.ok) return peeked;
  const kind = peeked.value.kind;
  const office = ws.station.role === 'office';
  if (kind === 'setup' && !office) {
    const inspection = await inspectSetup(deps, state, bytes);
    return inspection.ok ? ok({ step: 'setup', bytes, inspection: inspection.value }) : inspection;
  }
  if (kind === 'data' || (kind === 'forward' && office)) {
    if (ws.station.role === 'department') return err('wrong-station', `${X.notForThisKind(BUNDLE_KIND_LABELS[kind])}${X.wrongStation}`);
    const p = await previewDataBundle(deps, ws, state, bytes, options);
    // THREATS B10: a jump past the cap is neither accepted silently nor refused outright — an office
    // person confirms after checking with the sender; a summary department cannot (it asks the office).
    if (!p.ok && p.error.code === 'seq-jump') {
      return office ? ok({ step: 'seq-jump', bytes, message: p.error.message }) : err('seq-jump', `${p.error.message}${X.seqJumpNotHere}`);
    }
    if (!p.ok) return p;
    return ok(p.value.status === 'already-imported' ? { step: 'already' } : { step: 'data', preview: p.value });
  }
  if (kind === 'receipt' || kind === 'feedback') {
    const p = await previewNoticeBundle(deps, ws, state, bytes, kind);
    if (!p.ok) return p;
    return ok(p.value.kind === 'already-imported' ? { step: 'already' } : { step: 'notice', preview: p.value });
  }
  const hint = kind === 'registration' && office ? '请在“信任列表”中导入注册申请。' : X.wrongStation;
  return err('wrong-kind', `${X.notForThisKind(BUNDLE_KIND_LABELS[kind])}${hint}`);
}
