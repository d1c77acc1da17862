/**
 * The office sends a department its chapter bundle: the assignments as they stand, a fresh snapshot of
 * the school indicators read from the office's own data, and the decisions taken now (a return carries
 * the report chapter as it stands, with the office's comments).
 */
import type { Catalog } from '../../../shared/catalog/catalog-types';
import type { ChapterDecision } from '../../../shared/report-workflow/chapter-payload';
import type { ChapterWork } from '../../../shared/report-workflow/chapter-types';
import { takeSnapshot } from '../../../shared/report-workflow/indicator-snapshot';
import { err, type Result } from '../../../shared/result';
import { repository } from '../../data/repository-instance';
import type { Acting, ExchangeDeps } from '../bundles/exchange-context';
import { useLiveSource } from '../report/live/source-store';
import { buildOfficeChapterBundle } from './chapter-exchange';
import { saveChapterBundle } from './chapter-save';
import { W } from './texts';

export type OfficeDecision =
  | { readonly action: 'accept'; readonly work: ChapterWork }
  | { readonly action: 'return'; readonly work: ChapterWork; readonly reason: string };

async function decisionOf(acting: Acting, d: OfficeDecision, at: string): Promise<Result<ChapterDecision>> {
  const base = {
    assignmentId: d.work.assignment.id,
    revision: d.work.revision,
    at,
    by: acting.actor.name,
  };
  if (d.action === 'accept')
    return { ok: true, value: { ...base, action: 'accept', reason: '', content: null } };
  const ws = acting.workspace.id;
  const report = (await repository().listReports(ws)).find((r) => r.year === d.work.assignment.year);
  const head = report
    ? (await repository().loadReportChapters(report)).find((v) => v.chapterId === d.work.assignment.chapterId)
    : undefined;
  if (head === undefined) return err('no-report', W.noReport);
  return { ok: true, value: { ...base, action: 'return', reason: d.reason, content: head.content } };
}

/** Signs and saves the department's chapter bundle; the saved location, or null when cancelled. */
export async function sendChapterBundle(
  deps: ExchangeDeps,
  acting: Acting,
  catalog: Catalog,
  departmentCode: string,
  decisions: readonly OfficeDecision[],
): Promise<Result<string | null>> {
  const at = deps.now().toISOString();
  const built: ChapterDecision[] = [];
  for (const d of decisions) {
    const r = await decisionOf(acting, d, at);
    if (!r.ok) return r;
    built.push(r.value);
  }
  const live = useLiveSource.getState();
  await live.load(acting.workspace, catalog, []);
  const snapshot = takeSnapshot(useLiveSource.getState().source, at);
  const out = await buildOfficeChapterBundle(deps, acting, departmentCode, built, snapshot);
  if (!out.ok) return out;
  return saveChapterBundle(deps, acting, out.value);
}
