/**
 * The submission set (报送材料) for the province and the Ministry: the school's quality report, every
 * enterprise report of the year, the annexes and a cover list. This module decides what belongs in it
 * and whether it is complete — each report 终稿/审定, every entered annex figure approved — and writes
 * the cover list; the renderer packs the files. docs/annexes.md ("Submission set").
 */
import type { AnnexTableResult } from './annex-compute';

export interface SubmissionReport {
  readonly title: string;
  readonly kind: 'school' | 'enterprise';
  readonly final: boolean;
}

export interface SubmissionInput {
  readonly school: string;
  readonly year: number;
  /** null when the year's quality report was never created. */
  readonly schoolReport: SubmissionReport | null;
  readonly enterpriseReports: readonly SubmissionReport[];
  readonly annexes: readonly AnnexTableResult[];
  /** Entered figures typed but not yet approved (row names). */
  readonly unapproved: readonly string[];
}

export interface SubmissionCheck {
  readonly complete: boolean;
  readonly problems: readonly string[];
}

export function checkSubmission(s: SubmissionInput): SubmissionCheck {
  const problems: string[] = [];
  if (!s.schoolReport) problems.push('本年度尚未创建质量年报');
  else if (!s.schoolReport.final) problems.push(`《${s.schoolReport.title}》尚未定稿`);
  for (const r of s.enterpriseReports) if (!r.final) problems.push(`《${r.title}》尚未经负责人审定`);
  let missing = 0;
  for (const t of s.annexes)
    for (const r of t.rows) if (r.def.source.kind === 'entered' && !r.cells[1].ok) missing++;
  if (missing > 0) problems.push(`附表中有 ${missing} 项填报数据尚未填报`);
  if (s.unapproved.length > 0)
    problems.push(
      `附表中有 ${s.unapproved.length} 项填报数据尚未审核：${s.unapproved.slice(0, 5).join('、')}`,
    );
  return { complete: problems.length === 0, problems };
}

/** File names inside the set, in cover-list order (the caller writes the files under these names). */
export function submissionFiles(s: SubmissionInput): { readonly name: string; readonly what: string }[] {
  const files: { name: string; what: string }[] = [];
  if (s.schoolReport) {
    files.push({ name: `01-${s.schoolReport.title}.docx`, what: '学校质量年度报告（Word）' });
    files.push({
      name: `01-${s.schoolReport.title}.html`,
      what: '学校质量年度报告（可打印网页，打印为 PDF）',
    });
  }
  s.enterpriseReports.forEach((r, i) => {
    const n = String(i + 2).padStart(2, '0');
    files.push({ name: `${n}-${r.title}.docx`, what: '企业年度报告（Word）' });
  });
  files.push({ name: `${s.school}${s.year}年度质量报告附表.xlsx`, what: '附表（年报管理系统上传格式）' });
  return files;
}

const esc = (t: string) =>
  t.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** The cover list: what is handed in, and what is still missing. */
export function coverListHtml(s: SubmissionInput, at: string): string {
  const check = checkSubmission(s);
  const rows = submissionFiles(s)
    .map((f, i) => `<tr><td>${i + 1}</td><td>${esc(f.name)}</td><td>${esc(f.what)}</td></tr>`)
    .join('');
  const problems = check.complete
    ? '<p>材料齐全。</p>'
    : `<p>以下事项尚未完成：</p><ul>${check.problems.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>报送清单</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font-family:'仿宋_GB2312',serif}table{border-collapse:collapse}td,th{border:1px solid #000;padding:4pt 8pt}</style></head>
<body><h1>${esc(s.school)}${s.year}年度高等职业教育质量年度报告报送清单</h1>
<p>生成时间：${esc(at)}</p>
<table><thead><tr><th>序号</th><th>文件</th><th>内容</th></tr></thead><tbody>${rows}</tbody></table>
${problems}</body></html>`;
}
