/**
 * The school report's template outline (学校年报): the 内容真实性责任声明 page first, then the usual
 * chapters of recent years' notices, the annex tables and the cases. Chapter titles are the office's to
 * change; `key` and `kind` stay, so the consistency check still knows what each chapter is for.
 */
import type { PmNode } from './pm-json';
import { headingDoc } from './pm-json';
import {
  REPORT_SCHEMA_VERSION,
  type ChapterKind,
  type ChapterMeta,
  type ChapterVersion,
  type Report,
} from './report-types';

interface OutlineEntry {
  readonly key: string;
  readonly title: string;
  readonly kind: ChapterKind;
  readonly required: boolean;
}

export const REPORT_OUTLINE: readonly OutlineEntry[] = [
  { key: 'responsibility', title: '内容真实性责任声明', kind: 'responsibility', required: true },
  { key: 'students', title: '学生发展', kind: 'section', required: true },
  { key: 'teaching', title: '教学改革', kind: 'section', required: true },
  { key: 'service', title: '服务贡献', kind: 'section', required: true },
  { key: 'culture', title: '文化传承', kind: 'section', required: true },
  { key: 'international', title: '国际合作', kind: 'section', required: true },
  { key: 'industry', title: '产教融合', kind: 'section', required: true },
  { key: 'support', title: '发展保障', kind: 'section', required: true },
  { key: 'challenges', title: '面临挑战', kind: 'section', required: true },
  { key: 'annex', title: '附表', kind: 'annex', required: true },
  { key: 'cases', title: '典型案例', kind: 'cases', required: false },
];

/** The five annex tables of recent notices (计分卡、资源表、服务贡献表、落实政策表、国际影响表). */
export const DEFAULT_ANNEXES: readonly string[] = [
  '计分卡',
  '资源表',
  '服务贡献表',
  '落实政策表',
  '国际影响表',
];

/** The first page's wording; the legal representative signs the printed copy. */
export function responsibilityDoc(school: string, year: number): PmNode {
  const p = (text: string): PmNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '内容真实性责任声明' }] },
      p(
        `${school}郑重承诺：本校《${year}年度高等职业教育质量年度报告》所述内容真实、准确，所引数据均来自学校人才培养工作状态数据及相关统计资料，不存在虚假记载、误导性陈述或重大遗漏。如有不实，本校愿承担相应责任。`,
      ),
      p('法定代表人（签字）：'),
      p('学校（盖章）：'),
      p('\u3000\u3000年\u3000\u3000月\u3000\u3000日'),
    ],
  };
}

export interface NewReportInput {
  readonly id: string;
  readonly workspaceId: string;
  readonly year: number;
  readonly school: string;
  readonly at: string;
  readonly by: string;
}

/** A new report from the template: its record and each chapter's version 1. */
export function newReport(input: NewReportInput): { report: Report; versions: ChapterVersion[] } {
  const chapters: ChapterMeta[] = REPORT_OUTLINE.map((o) => ({
    id: o.key,
    key: o.key,
    title: o.title,
    kind: o.kind,
    required: o.required,
    head: 1,
  }));
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    id: input.id,
    workspaceId: input.workspaceId,
    year: input.year,
    title: `${input.school}${input.year}年度高等职业教育质量年度报告`,
    school: input.school,
    status: 'draft',
    chapters,
    keyPoints: [],
    requiredAnnexes: [...DEFAULT_ANNEXES],
    lockRef: null,
    createdAt: input.at,
    updatedAt: input.at,
    updatedBy: input.by,
    finalizedAt: null,
  };
  const versions = chapters.map((c) => ({
    reportId: input.id,
    chapterId: c.id,
    version: 1,
    at: input.at,
    by: input.by,
    note: '由模板创建',
    content: c.kind === 'responsibility' ? responsibilityDoc(input.school, input.year) : headingDoc(c.title),
  }));
  return { report, versions };
}
