/**
 * A summary department relays a department's chapter to the office (docs/report-workflow.md): its
 * reviewer's name and note, and the department's signed bundle of the revision held, unchanged, under
 * the summary department's signature (src/shared/report-workflow/chapter-relay.ts).
 */
import { base64ToBytes } from '../../../shared/base64';
import { OFFICE_ADDRESSEE } from '../../../shared/bundle/manifest';
import { relayFiles, relayPayload } from '../../../shared/report-workflow/chapter-relay';
import type { ChapterWork } from '../../../shared/report-workflow/chapter-types';
import { err, type Result } from '../../../shared/result';
import type { Acting, ExchangeDeps } from '../bundles/exchange-context';
import { signChapterBundle, type ChapterOutgoing } from './chapter-exchange';
import { W } from './texts';

/** Whether this station relays `work` (the summary department the assignment names). */
export function relaysHere(work: ChapterWork, acting: Acting): boolean {
  return work.assignment.via !== null && work.assignment.via === acting.workspace.station.departmentCode;
}

/** The revision held was already relayed to the office. */
export function relayed(work: ChapterWork): boolean {
  return work.history.some((h) => h.action === 'relay' && h.revision === work.revision);
}

export async function buildChapterRelay(
  deps: ExchangeDeps,
  acting: Acting,
  work: ChapterWork,
  note: string,
): Promise<Result<ChapterOutgoing>> {
  if (!relaysHere(work, acting)) return err('chapter-route', W.notRelayStation);
  if (work.state !== 'submitted' || work.original === undefined)
    return err('chapter-state', W.nothingToRelay);
  const state = await deps.repo.loadExchange(acting.workspace.id);
  const held = state.bundles.find((b) => b.bundleHash === work.original?.bundleHash);
  const bytes = held?.bytesBase64 === undefined ? null : base64ToBytes(held.bytesBase64);
  if (held === undefined || bytes === null) return err('chapter-relay', W.originalMissing);
  const payload = relayPayload(work.assignment.id, work.revision, {
    by: acting.actor.name,
    at: deps.now().toISOString(),
    note,
  });

  const files = relayFiles(payload, { departmentCode: work.assignment.departmentCode, seq: held.seq, bytes });
  return signChapterBundle(deps, acting, OFFICE_ADDRESSEE, files, {
    kind: 'relay',
    assignmentId: work.assignment.id,
    revision: work.revision,
  });
}
