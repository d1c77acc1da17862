/**
 * A new enterprise report: a report document (the same model and editor as the school's report) with
 * the outline of the enterprise annual report — 企业概况, 参与办学总体情况, 资源投入, 参与教育教学改革,
 * 助推企业发展, 问题与展望 (docs/domain.md §4) — marked as an enterprise report.
 */
import {
  REPORT_SCHEMA_VERSION,
  type ChapterMeta,
  type ChapterVersion,
  type Report,
} from '../report/report-types';
import type { PmNode } from '../report/pm-json';

export const ENTERPRISE_OUTLINE = [
  { key: 'overview', title: '企业概况' },
  { key: 'participation', title: '参与办学总体情况' },
  { key: 'resources', title: '资源投入' },
  { key: 'reform', title: '参与教育教学改革' },
  { key: 'development', title: '助推企业发展' },
  { key: 'outlook', title: '问题与展望' },
] as const;

export interface NewEnterpriseReportInput {
  readonly id: string;
  readonly workspaceId: string;
  readonly year: number;
  readonly enterpriseName: string;
  readonly school: string;
  readonly at: string;
  readonly by: string;
}

const heading = (title: string): PmNode => ({
  type: 'doc',
  content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: title }] }],
});

export function enterpriseReportTitle(enterpriseName: string, year: number): string {
  return `${enterpriseName}参与${year}年度高等职业教育人才培养年度报告`;
}

export function newEnterpriseReport(input: NewEnterpriseReportInput): {
  report: Report;
  versions: ChapterVersion[];
} {
  const chapters: ChapterMeta[] = ENTERPRISE_OUTLINE.map((o) => ({
    id: o.key,
    key: o.key,
    title: o.title,
    kind: 'section',
    required: true,
    head: 1,
  }));
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    id: input.id,
    workspaceId: input.workspaceId,
    year: input.year,
    title: enterpriseReportTitle(input.enterpriseName, input.year),
    school: input.school,
    status: 'draft',
    chapters,
    keyPoints: [],
    requiredAnnexes: [],
    lockRef: null,
    createdAt: input.at,
    updatedAt: input.at,
    updatedBy: input.by,
    finalizedAt: null,
    kind: 'enterprise',
  };
  const versions = chapters.map((c) => ({
    reportId: input.id,
    chapterId: c.id,
    version: 1,
    at: input.at,
    by: input.by,
    note: '由企业年报模板创建',
    content: heading(c.title),
  }));
  return { report, versions };
}
