/**
 * Chapter bundles at either end (docs/report-workflow.md): the office signs a department's assignments,
 * its indicator snapshot and its decisions; a department signs a chapter its 负责人 approved. Incoming
 * chapter bundles are verified in the disposable verify Worker (the common verify order plus the
 * chapter payload), then checked against this station's chapters (chapter-delivery.ts) — nothing is
 * written until the person confirms, and the commit re-checks on the stored copy in one transaction.
 */
import { OFFICE_ADDRESSEE } from '../../../shared/bundle/manifest';
import { departmentNamer } from '../../../shared/departments/department-names';
import type { BundleFileInput } from '../../../shared/bundle/bundle-writer';
import { receiptFiles } from '../../../shared/bundle/receipt';
import type { CaseRecord } from '../../../shared/report-workflow/case-library';
import { chapterAddressee, checkChapterBundle } from '../../../shared/report-workflow/chapter-delivery';
import { applyChapterAction } from '../../../shared/report-workflow/chapter-machine';
import {
  chapterFiles,
  decisionAction,
  type ChapterDecision,
  type ChapterPayload,
  type ChapterSubmission,
} from '../../../shared/report-workflow/chapter-payload';
import type { ChapterWork } from '../../../shared/report-workflow/chapter-types';
import type { EnterpriseAssignment } from '../../../shared/enterprise/enterprise-bundle';
import type { IndicatorSnapshot } from '../../../shared/report-workflow/indicator-snapshot';
import { bytesToBase64 } from '../../../shared/base64';
import { err, ok, type Result } from '../../../shared/result';
import type { PmNode } from '../../../shared/report/pm-json';
import type { BundleNote, ChapterEffect } from '../../data/records';
import {
  guardedSequence,
  receivedRecord,
  stationAddress,
  verifyContextOf,
  type Acting,
  type ExchangeDeps,
} from '../bundles/exchange-context';
import { buildOutgoing, bundleFileName, type OutgoingBundle } from '../bundles/outgoing';
import { effectOf, summaryOf } from './chapter-effect';
import { W } from './texts';

export interface ChapterOutgoing extends OutgoingBundle {
  readonly fileName: string;
  readonly effect: ChapterEffect;
}

/** Office → department: its assignments (current terms), the snapshot and `decisions`. */
export async function buildOfficeChapterBundle(
  deps: ExchangeDeps,
  acting: Acting,
  departmentCode: string,
  decisions: readonly ChapterDecision[],
  snapshot: IndicatorSnapshot | null,
): Promise<Result<ChapterOutgoing>> {
  const ws = acting.workspace;
  if (ws.station.role !== 'office') return err('wrong-station', W.officeOnly);
  // A summary department also gets the assignments it relays (to check what departments send it).
  const work = (await deps.repo.listChapterWork(ws.id)).filter(
    (w) => w.assignment.departmentCode === departmentCode || w.assignment.via === departmentCode,
  );
  // Decisions are checked against the stored chapters before anything is signed.
  for (const d of decisions) {
    const w = work.find((x) => x.assignment.id === d.assignmentId);
    if (w === undefined) return err('chapter-refused', W.unknownAssignment);
    const r = applyChapterAction(w, decisionAction(d, false), acting.actor.name, deps.now().toISOString());
    if (!r.ok) return r;
  }
  const enterprises = await enterpriseAssignmentsFor(deps, ws.id, departmentCode);
  const payload: ChapterPayload = {
    format: 'sdd-chapter',
    version: 1,
    from: 'office',
    assignments: work.map((w) => w.assignment),
    snapshot,
    decisions: [...decisions],
    ...(enterprises.length > 0 ? { enterprises } : {}),
  };
  return signChapterPayload(deps, acting, departmentCode, payload, {
    kind: 'decide',
    decisions: [...decisions],
  });
}

/** Department → office (or its summary department): the approved draft as the next revision. */
export async function buildChapterSubmission(
  deps: ExchangeDeps,
  acting: Acting,
  work: ChapterWork,
  content: PmNode,
  note: string,
): Promise<Result<ChapterOutgoing>> {
  const at = deps.now().toISOString();
  const checked = applyChapterAction(
    work,
    { action: 'submit', draft: content, approvedBy: acting.actor.name },
    acting.actor.name,
    at,
  );
  if (!checked.ok) return checked;
  const submission: ChapterSubmission = {
    format: 'sdd-chapter',
    version: 1,
    from: 'department',
    assignmentId: work.assignment.id,
    revision: checked.value.revision,
    title: work.assignment.title,
    content,
    approvedBy: acting.actor.name,
    approvedAt: at,
    note: note.slice(0, 500),
  };
  return signChapterPayload(deps, acting, chapterAddressee(work), submission, { kind: 'submit', submission });
}

/** The college's enterprise reports of the rotation, with their enterprises, for its chapter bundle. */
async function enterpriseAssignmentsFor(
  deps: ExchangeDeps,
  workspaceId: string,
  college: string,
): Promise<EnterpriseAssignment[]> {
  const [links, roster] = await Promise.all([
    deps.repo.listEnterpriseReports(workspaceId),
    deps.repo.listEnterprises(workspaceId),
  ]);
  return links.flatMap((l) => {
    const enterprise = roster.find((e) => e.id === l.enterpriseId);
    // A summary department named on the route also gets the reports it relays.
    if ((l.collegeCode !== college && l.via !== college) || enterprise === undefined) return [];
    const { revision: _held, original: _o, relayed: _r, ...link } = l;
    return [{ link, enterprise }];
  });
}

/** Signs a chapter payload to `addressee` with this station's key; the effect is recorded once saved. */
export function signChapterPayload(
  deps: ExchangeDeps,
  acting: Acting,
  addressee: string,
  payload: ChapterPayload,
  effect: ChapterEffect,
): Promise<Result<ChapterOutgoing>> {
  return signChapterBundle(deps, acting, addressee, chapterFiles(payload), effect);
}

/** Signs a chapter bundle of `files` (a relay carries the department's original beside its payload). */
export async function signChapterBundle(
  deps: ExchangeDeps,
  acting: Acting,
  addressee: string,
  files: BundleFileInput[],
  effect: ChapterEffect,
): Promise<Result<ChapterOutgoing>> {
  const state = await deps.repo.loadExchange(acting.workspace.id);
  const out = await buildOutgoing(deps, acting, state, { kind: 'chapter', addressee, files });
  return out.ok
    ? ok({
        ...out.value,
        fileName: await bundleFileName(deps, acting, out.value.manifest, W.bundleLabel),
        effect,
      })
    : out;
}

/** Department → office: typical cases for the 案例库. */
export function buildCasesBundle(
  deps: ExchangeDeps,
  acting: Acting,
  cases: readonly CaseRecord[],
): Promise<Result<ChapterOutgoing>> {
  const payload: ChapterPayload = { format: 'sdd-chapter', version: 1, from: 'cases', cases: [...cases] };
  return signChapterPayload(deps, acting, OFFICE_ADDRESSEE, payload, { kind: 'cases', cases: [...cases] });
}

/** Records a signed chapter bundle as sent, with its effect on this station's chapters. */
export function recordChapterBundle(deps: ExchangeDeps, acting: Acting, out: ChapterOutgoing) {
  return deps.repo.recordBundle(
    acting.workspace.id,
    { bundle: out.record, chapter: out.effect },
    acting.actor,
  );
}

export type ChapterPreview =
  | { readonly status: 'already-imported' }
  | {
      readonly status: 'new';
      readonly payload: ChapterPayload;
      readonly note: BundleNote;
      /** What the person confirms, in words. */
      readonly summary: string;
    };

/** Verifies an incoming chapter bundle and checks it against this station's chapters; writes nothing. */
export async function previewChapterBundle(
  deps: ExchangeDeps,
  acting: Acting,
  bytes: Uint8Array,
): Promise<Result<ChapterPreview>> {
  const ws = acting.workspace;
  const [state, tasks, work, links, reports, departments] = await Promise.all([
    deps.repo.loadExchange(ws.id),
    deps.repo.loadTasks(ws.id),
    deps.repo.listChapterWork(ws.id),
    deps.repo.listEnterpriseReports(ws.id),
    deps.repo.listReports(ws.id),
    deps.repo.loadDepartments(ws.id),
  ]);
  const name = departmentNamer(departments);
  const ctx = verifyContextOf(ws, state, tasks, deps.now());
  if (!ctx.ok) return ctx;
  const v = await deps.verify('verify', {
    bytes,
    ctx: { ...ctx.value, acceptKinds: ['chapter'] },
    payload: 'chapter',
  });
  if (!v.ok) return v;
  const { verified, chapter } = v.value;
  const m = verified.manifest;
  if (verified.status === 'already-imported') return ok({ status: 'already-imported' });
  if (chapter === undefined) return err('chapter-invalid', W.noPayload);
  const here = stationAddress(ws);
  const relayed = v.value.chapterRelay;
  const checked = checkChapterBundle(
    chapter,
    m.sender,
    here,
    (id) => work.find((w) => w.assignment.id === id),
    (id) => ({ link: links.find((l) => l.reportId === id), report: reports.find((r) => r.id === id) }),
    relayed,
    name,
  );
  if (!checked.ok) return checked;
  const effect = effectOf(chapter, m.sender.departmentCode, here, verified.bundleHash, m.seq, relayed);
  if (!effect.ok) return effect;
  const record = receivedRecord(ws.id, verified, deps.now().toISOString());
  const next = verified.nextSequenceState;
  const inner = relayed?.nextSequenceState;
  return ok({
    payload: chapter,
    status: 'new',
    summary: summaryOf(chapter, m.sender.departmentCode, here, relayed, name),
    note: {
      // A summary department keeps a department's signed chapter to relay it to the office unchanged.
      bundle: holds(effect.value) ? { ...record, bytesBase64: bytesToBase64(bytes) } : record,
      chapter: effect.value,
      signers: [
        {
          keyId: m.keyId,
          departmentCode: verified.signer.departmentCode,
          role: verified.signer.role,
          addressee: m.addressee,
        },
        ...(relayed === undefined
          ? []
          : [{ keyId: relayed.keyId, ...relayed.signer, addressee: relayed.addressee }]),
      ],
      ...(next === undefined ? {} : { sequence: guardedSequence(ws, state, m.keyId, m.addressee, next) }),
      ...(relayed === undefined || inner === undefined
        ? {}
        : { innerSequences: [guardedSequence(ws, state, relayed.keyId, relayed.addressee, inner)] }),
    },
  });
}

/** A summary department keeps what it will relay: a department's chapter or a college's enterprise report. */
const holds = (e: ChapterEffect): boolean =>
  e.kind === 'hold' || (e.kind === 'enterprise' && e.direction === 'held');

/**
 * Commits a previewed chapter bundle. At the office, a chapter received is answered with a signed
 * receipt for its sender (a failure to sign it leaves the import in place).
 */
export async function commitChapterBundle(
  deps: ExchangeDeps,
  acting: Acting,
  preview: ChapterPreview,
): Promise<Result<{ receipt: Result<OutgoingBundle & { fileName: string }> | null }>> {
  if (preview.status === 'already-imported') return ok({ receipt: null });
  const rec = await deps.repo.recordBundle(acting.workspace.id, preview.note, acting.actor);
  if (!rec.ok) return rec;
  const from = preview.payload.from;
  if (from !== 'department' && from !== 'enterprise' && from !== 'relay') return ok({ receipt: null });
  const b = preview.note.bundle;
  const state = await deps.repo.loadExchange(acting.workspace.id);
  const out = await buildOutgoing(deps, acting, state, {
    kind: 'receipt',
    addressee: b.sender.departmentCode,
    files: receiptFiles({
      format: 'sdd-receipt',
      version: 1,
      bundleHash: b.bundleHash,
      kind: 'chapter',
      seq: b.seq,
      senderKeyId: b.keyId,
      senderDepartment: b.sender.departmentCode,
      importedAt: deps.now().toISOString(),
      slices: [],
    }),
  });
  return ok({
    receipt: out.ok
      ? ok({ ...out.value, fileName: await bundleFileName(deps, acting, out.value.manifest, '回执') })
      : out,
  });
}
