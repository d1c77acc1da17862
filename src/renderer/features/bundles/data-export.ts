/**
 * 导出数据包: the department's slices grouped by where they travel (summary department or office), each
 * group one signed data bundle with the review record of each slice (files/review.json); a summary
 * department's forward bundle (contributors' originals + the union + the review records); and the feedback envelope the review feature fills (exportFeedbackBundle).
 */
import { ANNEX_BUNDLE_ENTRY, annexBundleEntryBytes } from '../../../shared/annex/annex-bundle-entry';
import { base64ToBytes } from '../../../shared/base64';
import { canonicalJson } from '../../../shared/canonical-json';
import { peekBundle } from '../../../shared/bundle/bundle-peek';
import { planForward, type ForwardPlan, type ForwardSource } from '../../../shared/bundle/forward';
import { newestPerContributor } from '../../../shared/bundle/key-order';
import { annexRoute, forwardedTables, outgoingRoutes } from '../../../shared/bundle/routes';
import { canonicalTableBytes, tableEntryPath, type TableFile } from '../../../shared/bundle/table-file';
import type { StoredRow } from '../../../shared/records/record-types';
import { FEEDBACK_ENTRY, type FeedbackPayload } from '../../../shared/review/feedback-payload';
import { relayEntryPath } from '../../../shared/review/feedback-relay';
import type { Submission } from '../../../shared/review/review-types';
import type { UpdateRequest } from '../../../shared/review/update-request';
import type { RectificationItem } from '../../../shared/rectification/rectification-types';
import { OFFICE_ADDRESSEE } from '../../../shared/bundle/manifest';
import { REVIEW_ENTRY, submissionEntryBytes } from '../../../shared/review/submission-entry';
import type { BundleFileInput } from '../../../shared/bundle/bundle-writer';
import { err, ok, type Result } from '../../../shared/result';
import { contributingDepartments } from '../../../shared/tasks/task-types';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import type { ExchangeState } from '../../data/records';
import type { Acting, ExchangeDeps } from './exchange-context';
import { buildOutgoing, bundleFileName, type OutgoingBundle } from './outgoing';
import { withOfficeLockList } from './lock-list-payload';
import { X } from './texts';

export type SavedBundle = OutgoingBundle & { readonly fileName: string };

/** Addressee → the department's table codes routed there. */
export async function dataRoutes(deps: ExchangeDeps, ws: Workspace): Promise<Map<string, string[]>> {
  if (ws.station.departmentCode === null) return new Map();
  return outgoingRoutes(await deps.repo.loadTasks(ws.id), ws.station.departmentCode);
}

/**
 * The station's own entered annex figures (files/annex.json), when its bundle to `addressee` is their one
 * channel (routes.ts annexRoute): the office directly, or the summary department the department sends through.
 */
async function ownAnnexEntry(
  deps: ExchangeDeps,
  ws: Workspace,
  addressee: string,
): Promise<BundleFileInput[]> {
  const dept = ws.station.departmentCode;
  if (dept === null || annexRoute(await deps.repo.loadTasks(ws.id), dept) !== addressee) return [];
  const figures = (await deps.repo.listAnnexEntries(ws.id)).filter((e) => e.departmentCode === dept);
  return figures.length === 0 ? [] : [{ path: ANNEX_BUNDLE_ENTRY, bytes: annexBundleEntryBytes(figures) }];
}

export async function buildDataBundle(
  deps: ExchangeDeps,
  acting: Acting,
  state: ExchangeState,
  addressee: string,
): Promise<Result<SavedBundle>> {
  const ws = acting.workspace;
  const dept = ws.station.departmentCode;
  if (dept === null) return err('wrong-station', X.wrongStation);
  const codes = (await dataRoutes(deps, ws)).get(addressee) ?? [];
  if (codes.length === 0) return err('nothing-to-send', '没有报送至该处的表。');
  const files = [];
  const slices = [];
  for (const tableCode of codes) {
    const rows = await deps.repo.loadTableRows({ workspaceId: ws.id, tableCode, departmentCode: dept });
    const file: TableFile = { tableCode, departmentCode: dept, rows };
    files.push({ path: tableEntryPath(tableCode), bytes: canonicalTableBytes(file), rows: rows.length });
    slices.push({ tableCode, departmentCode: dept, rows: rows.length });
  }
  // The department's 整改 answers travel to the office beside the review record.
  const answers =
    addressee === OFFICE_ADDRESSEE
      ? (await deps.repo.listRectifications(ws.id)).filter((i) => i.departmentCode === dept)
      : [];
  // Its pending 申请更新 travel the route of their slice (update-request-route.ts).
  const requests = await pendingRequests(deps, ws, codes);
  files.push(
    ...(await reviewEntry(
      deps,
      ws,
      (s) => s.departmentCode === dept && codes.includes(s.tableCode),
      answers,
      requests,
    )),
  );
  files.push(...(await ownAnnexEntry(deps, ws, addressee)));
  const out = await buildOutgoing(deps, acting, state, { kind: 'data', addressee, files, slices });
  return out.ok
    ? ok({ ...out.value, fileName: await bundleFileName(deps, acting, out.value.manifest, '数据包') })
    : out;
}

/** What a summary department would forward now: the latest original per contributor, the union and its collisions. */
export async function planForwardNow(
  deps: ExchangeDeps,
  ws: Workspace,
  state: ExchangeState,
): Promise<Result<ForwardPlan>> {
  const me = ws.station.departmentCode;
  if (ws.station.role !== 'summary' || me === null) return err('wrong-station', X.wrongStation);
  const [tasks, catalog] = await Promise.all([deps.repo.loadTasks(ws.id), deps.repo.loadCatalog(ws.id)]);
  const mine = forwardedTables(tasks, me);
  const codes = new Set(mine.map((t) => t.tableCode));
  if (state.trustList === null) return err('not-set-up', X.notSetUp);
  // Per contributor the newest key's latest original: numbers never compare across keys.
  const received = state.bundles
    .filter((b) => b.direction === 'received' && b.kind === 'data' && b.bytesBase64 !== undefined)
    .map((b) => ({ ...b, departmentCode: b.sender.departmentCode }));
  const latest = newestPerContributor(state.trustList.list, received);
  const sources: ForwardSource[] = [];
  for (const [dept, b] of [...latest].sort(([a], [c]) => a.localeCompare(c))) {
    const original = base64ToBytes(b.bytesBase64!) ?? new Uint8Array();
    const peeked = peekBundle(original);
    if (!peeked.ok) return err(peeked.error.code, `${dept} 的原始数据包无法读取：${peeked.error.message}`);
    const tables = [...peeked.value.tables.values()].filter((t) => codes.has(t.tableCode));
    if (tables.length > 0) sources.push({ departmentCode: dept, seq: b.seq, bytes: original, tables });
  }
  const own = new Map<string, StoredRow[]>();
  for (const t of mine)
    if (contributingDepartments(t).includes(me))
      own.set(
        t.tableCode,
        await deps.repo.loadTableRows({ workspaceId: ws.id, tableCode: t.tableCode, departmentCode: me }),
      );
  const naturalKeys = new Map(catalog.tables.map((t) => [t.code, t.naturalKey]));
  return ok(planForward(me, sources, own, naturalKeys));
}

export async function buildForwardBundle(
  deps: ExchangeDeps,
  acting: Acting,
  state: ExchangeState,
): Promise<Result<SavedBundle & { plan: ForwardPlan }>> {
  const plan = await planForwardNow(deps, acting.workspace, state);
  if (!plan.ok) return plan;
  if (plan.value.tables.length === 0) return err('nothing-to-send', X.nothingToForward);
  if (plan.value.duplicateIds.length > 0) {
    const d = plan.value.duplicateIds[0]!;
    return err(
      'duplicate-row-id',
      `${d.tableCode} 表中有两个部门使用了同一记录编号 ${d.id}，无法合并转报，请联系相关部门。`,
    );
  }
  const me = acting.workspace.station.departmentCode ?? '';
  const slices = plan.value.tables.map((t) => ({ tableCode: t.tableCode, departmentCode: me, rows: t.rows }));
  // The review records of every forwarded slice: the contributors' after this station's L2, and its own.
  const forwarded = new Set(
    plan.value.tables.flatMap((t) => t.contributors.map((d) => `${d}|${t.tableCode}`)),
  );
  // The contributors' 申请更新 ride in their originals; beside them, this station's own.
  const review = await reviewEntry(
    deps,
    acting.workspace,
    (s) => forwarded.has(`${s.departmentCode}|${s.tableCode}`),
    [],
    await pendingRequests(
      deps,
      acting.workspace,
      plan.value.tables.filter((t) => t.contributors.includes(me)).map((t) => t.tableCode),
    ),
  );
  const out = await buildOutgoing(deps, acting, state, {
    kind: 'forward',
    addressee: 'OFFICE',
    // The originals carry the contributors' figures; beside them, the summary department's own.
    files: [
      ...plan.value.files,
      ...review,
      ...(await ownAnnexEntry(deps, acting.workspace, OFFICE_ADDRESSEE)),
    ],
    slices,
  });
  return out.ok
    ? ok({
        ...out.value,
        fileName: await bundleFileName(deps, acting, out.value.manifest, '汇总转报包'),
        plan: plan.value,
      })
    : out;
}

/** This station's own pending 申请更新 on the given tables. */
async function pendingRequests(
  deps: ExchangeDeps,
  ws: Workspace,
  codes: readonly string[],
): Promise<UpdateRequest[]> {
  const mine = ws.station.departmentCode;
  return (await deps.repo.listUpdateRequests(ws.id)).filter(
    (r) => r.status === 'pending' && r.departmentCode === mine && codes.includes(r.tableCode),
  );
}

/** The review entry (files/review.json) with this station's copies of the slices it sends, if any. */
async function reviewEntry(
  deps: ExchangeDeps,
  ws: Workspace,
  sends: (s: Submission) => boolean,
  rectifications: readonly RectificationItem[] = [],
  requests: readonly UpdateRequest[] = [],
): Promise<BundleFileInput[]> {
  const mine = (await deps.repo.listSubmissions(ws.id)).filter(sends);
  return mine.length === 0 && rectifications.length === 0 && requests.length === 0
    ? []
    : [{ path: REVIEW_ENTRY, bytes: submissionEntryBytes(mine, rectifications, requests) }];
}

/**
 * The feedback envelope (Feedback): the review feature builds the payload and calls this;
 * the bundle goes down the route to `addresseeDept`, signed by this station's key.
 */
export async function exportFeedbackBundle(
  deps: ExchangeDeps,
  acting: Acting,
  addresseeDept: string,
  payload: FeedbackPayload,
): Promise<Result<SavedBundle>> {
  if (acting.workspace.station.role === 'department') return err('wrong-station', X.wrongStation);
  const state = await deps.repo.loadExchange(acting.workspace.id);
  const full = await withOfficeLockList(deps, acting, state, payload, addresseeDept);
  if (!full.ok) return full;
  const out = await buildOutgoing(deps, acting, state, {
    kind: 'feedback',
    addressee: addresseeDept,
    files: [
      { path: FEEDBACK_ENTRY, bytes: new TextEncoder().encode(canonicalJson(full.value)) },
      ...latestOfficeFeedback(acting.workspace, state),
    ],
  });
  return out.ok
    ? ok({ ...out.value, fileName: await bundleFileName(deps, acting, out.value.manifest, '反馈包') })
    : out;
}

/** At a summary department: the office's latest feedback bundle, relayed down unchanged (its decisions). */
function latestOfficeFeedback(ws: Workspace, state: ExchangeState): BundleFileInput[] {
  if (ws.station.role !== 'summary') return [];
  let best: (typeof state.bundles)[number] | undefined;
  for (const b of state.bundles)
    if (
      b.direction === 'received' &&
      b.kind === 'feedback' &&
      b.sender.stationRole === 'office' &&
      b.bytesBase64 !== undefined &&
      (best === undefined || b.seq > best.seq)
    )
      best = b;
  const bytes = best?.bytesBase64 === undefined ? null : base64ToBytes(best.bytesBase64);
  return best === undefined || bytes === null ? [] : [{ path: relayEntryPath(best.seq), bytes }];
}
