/**
 * 生成报送材料: assembles the submission set as one .zip — the school report (.docx and the print-ready
 * HTML), every enterprise report of the year (.docx), the annexes (.xlsx) and the cover list — each
 * resolved against the current data source (the lock once locked). What is in it and whether it is
 * complete is decided in src/shared/annex/submission-set.ts.
 */
import { strToU8, zipSync } from 'fflate';
import type { AnnexTableResult } from '../../../shared/annex/annex-compute';
import { ENTERPRISE_SOURCE_TABLES } from '../../../shared/enterprise/enterprise-rows';
import { coverListHtml, submissionFiles, type SubmissionInput } from '../../../shared/annex/submission-set';
import type { Report } from '../../../shared/report/report-types';
import type { WorkspaceData } from '../../data/workspace-data-store';
import { repository } from '../../data/repository-instance';
import { exportDocx, exportHtml, exportModel } from '../report/export/export-report';
import { useLiveSource } from '../report/live/source-store';
import { annexWorkbook } from './annex-xlsx';
import { useAnnexStore, withAnnexes } from './annex-store';
import { formatNow } from '../../../shared/format/display-format';

export interface AssembledSet {
  readonly input: SubmissionInput;
  readonly zip: Uint8Array;
  readonly name: string;
  /** The names of the files inside the .zip, in order. */
  readonly files: readonly string[];
  /** The report year the set is for (the workflow board's year). */
  readonly year: number;
}

async function chapters(report: Report) {
  return new Map((await repository().loadReportChapters(report)).map((v) => [v.chapterId, v.content]));
}

export async function assembleSubmission(
  data: WorkspaceData,
  annexes: (source: ReturnType<typeof withAnnexes>) => readonly AnnexTableResult[],
): Promise<AssembledSet> {
  const ws = data.workspace;
  const year = ws.academicYearStart + 1;
  const codes = ENTERPRISE_SOURCE_TABLES.filter((c) => data.catalog.tables.some((t) => t.code === c));
  await useLiveSource.getState().load(ws, data.catalog, [...codes]);
  const live = useLiveSource.getState();
  const annex = useAnnexStore.getState();
  const source = withAnnexes(live.source, annex, { catalog: data.catalog, rows: live.tables });
  const reports = await repository().listReports(ws.id);
  const school = reports.find((r) => r.year === year && !r.kind) ?? null;
  const links = (await repository().listEnterpriseReports(ws.id)).filter(
    (l) => l.year === ws.academicYearStart,
  );
  const enterprise = links.flatMap((l) => reports.filter((r) => r.id === l.reportId));
  const tables = annexes(source);
  const input: SubmissionInput = {
    school: ws.school.name,
    year,
    schoolReport: school && { title: school.title, kind: 'school', final: school.status === 'final' },
    enterpriseReports: enterprise.map((r) => ({
      title: r.title,
      kind: 'enterprise',
      final: r.status === 'final',
    })),
    annexes: tables,
    unapproved: annex.entries
      .filter((e) => e.state === 'submitted')
      .flatMap((e) =>
        tables.flatMap((t) => t.rows.filter((r) => r.def.id === e.rowId).map((r) => r.def.name)),
      ),
  };
  const names = submissionFiles(input);
  const files: Record<string, Uint8Array> = {};
  let i = 0;
  if (school) {
    const doc = exportModel(school, await chapters(school), source);
    files[names[i++]!.name] = await exportDocx(doc);
    files[names[i++]!.name] = strToU8(await exportHtml(doc));
  }
  for (const r of enterprise)
    files[names[i++]!.name] = await exportDocx(exportModel(r, await chapters(r), source));
  files[names[i]!.name] = await annexWorkbook(tables, `${ws.school.name}${year}年度质量报告附表`);
  files['00-报送清单.html'] = strToU8(coverListHtml(input, formatNow()));
  return {
    input,
    zip: zipSync(files, { level: 6 }),
    name: `${ws.school.name}${year}年度质量报告报送材料.zip`,
    files: Object.keys(files),
    year,
  };
}
