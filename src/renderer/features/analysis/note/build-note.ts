/**
 * The analysis note's model from the named 审定前快照: the workspace's indicators computed over the
 * snapshot's rows (not the live tables, which may have changed since), last year and the earlier years
 * the station holds, judged against the standards, with the open 整改 items.
 */
import type { NoteChartImage } from '../../../../shared/analysis-note/analysis-note-docx';
import {
  buildAnalysisNoteModel,
  type AnalysisNoteModel,
} from '../../../../shared/analysis-note/analysis-note-model';
import { compileIndicators, computeIndicators } from '../../../../shared/indicators';
import type { StoredRow } from '../../../../shared/records/record-types';
import { memoryDataSource, schemaFromTables } from '../../../../shared/rules';
import {
  benchmarkChartHeight,
  benchmarkChartOption,
  indicatorTrends,
  judgeIndicator,
  type BenchmarkBar,
} from '../../../../shared/standards';
import { toYyyymmdd } from '../../../../shared/tasks/my-tasks';
import type { PreApprovalSnapshot } from '../../../../shared/year-close/pre-approval';
import { repository } from '../../../data/repository-instance';
import type { WorkspaceData } from '../../../data/workspace-data-store';
import { earlierYearValues, loadEarlierYears } from '../../../rules-runtime/earlier-years';
import { needsOf } from '../../../rules-runtime/station-source';
import { renderPng } from '../../report/export/chart-render';

/** The chart's width in CSS pixels: the page's text width, so it is printed at its drawn size. */
const NOTE_CHART_WIDTH = 600;

/** The 对标 chart at print resolution, as the report export draws its charts; none without bars. */
export async function noteChart(bars: readonly BenchmarkBar[]): Promise<NoteChartImage | null> {
  if (bars.length === 0) return null;
  return renderPng(benchmarkChartOption(bars), NOTE_CHART_WIDTH, benchmarkChartHeight(bars));
}

export async function buildNoteModel(
  data: WorkspaceData,
  snapshot: PreApprovalSnapshot,
): Promise<AnalysisNoteModel> {
  const ws = data.workspace;
  const repo = repository();
  const [set, standards, records, items] = await Promise.all([
    repo.loadIndicatorSet(ws),
    repo.loadStandardSet(ws),
    repo.loadPreApprovalSnapshots(ws.id),
    repo.listRectifications(ws.id),
  ]);
  const defs = set.indicators.filter((d) => d.enabled);
  const { compiled } = compileIndicators(defs, schemaFromTables(data.catalog.tables));
  const rows: Record<string, StoredRow[]> = {};
  for (const r of records) (rows[r.tableCode] ??= []).push(...r.rows);
  const earlier = await loadEarlierYears(ws, needsOf(compiled).tables);
  const past = earlierYearValues(
    compiled.map((c) => c.def),
    earlier,
  );
  const last = earlier.at(-1);
  const source = memoryDataSource({
    tables: data.catalog.tables,
    rows,
    ...(last ? { prev: last.source } : {}),
  });
  const values = computeIndicators(compiled, source);
  const judgements = new Map(
    compiled.map((c) => [c.def.id, judgeIndicator(c.def, values.get(c.def.id)!, standards)] as const),
  );
  const trends = indicatorTrends(
    compiled.map((c) => c.def),
    [...past, { academicYearStart: ws.academicYearStart, values }],
    standards,
  );
  return buildAnalysisNoteModel({
    school: ws.school.name,
    academicYearStart: ws.academicYearStart,
    snapshot: { name: snapshot.name, at: snapshot.manifest.at, hash: snapshot.manifest.hash },
    defs: compiled.map((c) => c.def),
    values,
    prev: past.at(-1)?.values ?? null,
    judgements,
    standards,
    trends,
    items,
    departmentName: (code) => data.departments.find((d) => d.code === code)?.name ?? code,
    today: toYyyymmdd(new Date()),
  });
}
