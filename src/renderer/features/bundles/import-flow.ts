/**
 * The 导入 tab's decisions, apart from its rendering: open a file, route it by the kind its manifest
 * states (that claim is verified by the path it is routed to), and produce what the tab shows next.
 */
import { BUNDLE_KIND_LABELS } from '../../../shared/bundle/bundle-messages';
import type { Result } from '../../../shared/result';
import { err, ok } from '../../../shared/result';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import type { ExchangeState } from '../../data/records';
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

export async function routeIncoming(
  deps: ExchangeDeps,
  ws: Workspace,
  state: ExchangeState,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<Result<ImportStep>> {
  const office = ws.station.role === 'office';
  // A batch at an office or summary department is mostly data bundles: each is verified at once,
  // without a first request that only reads its manifest; a file of another kind is refused as
  // 'wrong-kind' right after its manifest is read (verifyBundle's order) and routed by its kind below.
  if (
    options.dataFirst === true &&
    ws.station.role !== 'department' &&
    state.officePin !== null &&
    state.officePin.awaitingYear !== true &&
    state.trustList !== null
  ) {
    const p = await previewDataBundle(deps, ws, state, bytes, options);
    if (p.ok || p.error.code !== 'wrong-kind') return dataStep(p, bytes, office);
  }
  const peeked = await deps.verify('peek', { bytes });
  if (!peeked.ok) return peeked;
  const kind = peeked.value.kind;
  if (kind === 'setup' && !office) {
    const inspection = await inspectSetup(deps, state, bytes);
    return inspection.ok ? ok({ step: 'setup', bytes, inspection: inspection.value }) : inspection;
  }
  if (kind === 'data' || (kind === 'forward' && office)) {
    if (ws.station.role === 'department')
      return err('wrong-station', `${X.notForThisKind(BUNDLE_KIND_LABELS[kind])}${X.wrongStation}`);
    return dataStep(await previewDataBundle(deps, ws, state, bytes, options), bytes, office);
  }
  if (kind === 'receipt' || kind === 'feedback') {
    const p = await previewNoticeBundle(deps, ws, state, bytes, kind);
    if (!p.ok) return p;
    return ok(
      p.value.kind === 'already-imported' ? { step: 'already' } : { step: 'notice', preview: p.value },
    );
  }
  const hint =
    kind === 'registration' && office
      ? '请在“信任列表”中导入注册申请。'
      : kind === 'chapter'
        ? X.chapterElsewhere
        : X.wrongStation;
  return err('wrong-kind', `${X.notForThisKind(BUNDLE_KIND_LABELS[kind])}${hint}`);
}

function dataStep(p: Result<DataPreview>, bytes: Uint8Array, office: boolean): Result<ImportStep> {
  // docs/SECURITY.md B10: a jump past the cap is neither accepted silently nor refused outright — an office
  // person confirms after checking with the sender; a summary department cannot (it asks the office).
  if (!p.ok && p.error.code === 'seq-jump') {
    return office
      ? ok({ step: 'seq-jump', bytes, message: p.error.message })
      : err('seq-jump', `${p.error.message}${X.seqJumpNotHere}`);
  }
  if (!p.ok) return p;
  return ok(p.value.status === 'already-imported' ? { step: 'already' } : { step: 'data', preview: p.value });
}
