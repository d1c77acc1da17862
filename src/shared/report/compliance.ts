/**
 * 合规审查: the consistency check of a report against the status data (第十三条: the numbers agree with
 * the data). Pure: it reads the report, its chapters' head versions and the data source, and lists
 * findings, each with the chapter and node path to jump to. Blocking findings stop 终稿.
 */
import type { ReportDataSource } from './data-source';
import { liveSourceSchema } from './live-attrs';
import { formatValue, resolveIndicatorValue, resolveLiveRows } from './live-values';
import { findContradictions } from './plain-numbers';
import { pmText, walkPm, type PmNode } from './pm-json';
import { REPORT_OUTLINE } from './report-template';
import type { Report } from './report-types';
import { atomLabel } from './chapter-history';

export const FINDING_TYPES = [
  'responsibility-missing',
  'section-missing',
  'annex-missing',
  'live-value-stale',
  'indicator-deleted',
  'indicator-unavailable',
  'plain-number-contradicts',
  'image-no-caption',
  'key-point-uncovered',
] as const;
export type FindingType = (typeof FINDING_TYPES)[number];

export interface Finding {
  readonly type: FindingType;
  readonly blocking: boolean;
  readonly message: string;
  /** Where to jump: the chapter and the path of child indices to the node (empty: the chapter). */
  readonly chapterId: string | null;
  readonly path: readonly number[];
}

export interface ChapterContent {
  readonly chapterId: string;
  readonly content: PmNode;
}

/** A section reads as missing when its text, headings aside, is shorter than this. */
export const MIN_SECTION_CHARS = 20;

export function checkReport(
  report: Report,
  chapters: readonly ChapterContent[],
  source: ReportDataSource,
): Finding[] {
  const byId = new Map(chapters.map((c) => [c.chapterId, c.content]));
  const findings: Finding[] = [...structureFindings(report, byId)];
  for (const meta of report.chapters) {
    const doc = byId.get(meta.id);
    if (doc) findings.push(...nodeFindings(meta.id, meta.title, doc, source));
  }
  findings.push(...annexFindings(report, byId));
  findings.push(...keyPointFindings(report, chapters));
  return findings;
}

function bodyText(doc: PmNode): string {
  return (doc.content ?? [])
    .filter((n) => n.type !== 'heading')
    .map((n) => pmText(n, atomLabel))
    .join('')
    .replace(/\s/g, '');
}

function structureFindings(report: Report, byId: ReadonlyMap<string, PmNode>): Finding[] {
  if (report.kind === 'enterprise') return enterpriseStructure(report, byId);
  const out: Finding[] = [];
  const first = report.chapters[0];
  const resp = report.chapters.find((c) => c.kind === 'responsibility');
  const respDoc = resp ? byId.get(resp.id) : undefined;
  if (!resp || !respDoc || !bodyText(respDoc).includes('真实'))
    out.push(
      finding(
        'responsibility-missing',
        true,
        '缺少“内容真实性责任声明”页（须由法定代表人签字）。',
        resp?.id ?? null,
      ),
    );
  else if (first?.id !== resp.id)
    out.push(finding('responsibility-missing', true, '“内容真实性责任声明”必须放在报告第一页。', resp.id));
  for (const o of REPORT_OUTLINE.filter((e) => e.required && e.kind === 'section')) {
    const meta = report.chapters.find((c) => c.key === o.key);
    const doc = meta ? byId.get(meta.id) : undefined;
    if (!meta || !doc) out.push(finding('section-missing', true, `缺少必备章节“${o.title}”。`, null));
    else if (bodyText(doc).length < MIN_SECTION_CHARS)
      out.push(finding('section-missing', true, `章节“${meta.title}”尚未撰写内容。`, meta.id));
  }
  return out;
}

/**
 * An enterprise report has its own outline (src/shared/enterprise/enterprise-report.ts) and no 责任声明
 * page of the school's: each of its required chapters must be written.
 */
function enterpriseStructure(report: Report, byId: ReadonlyMap<string, PmNode>): Finding[] {
  return report.chapters
    .filter((c) => c.required && c.kind === 'section')
    .filter((c) => {
      const doc = byId.get(c.id);
      return !doc || bodyText(doc).length < MIN_SECTION_CHARS;
    })
    .map((c) => finding('section-missing', true, `章节“${c.title}”尚未撰写内容。`, c.id));
}

function annexFindings(report: Report, byId: ReadonlyMap<string, PmNode>): Finding[] {
  const annex = report.chapters.find((c) => c.kind === 'annex');
  const doc = annex ? byId.get(annex.id) : undefined;
  const names: string[] = [];
  if (doc)
    walkPm(doc, (n) => {
      if (n.type === 'dataTable')
        names.push(`${String(n.attrs?.title ?? '')}${String(n.attrs?.caption ?? '')}`);
      if (n.type === 'annexTable') names.push(String(n.attrs?.title ?? ''));
      if (n.type === 'table' || n.type === 'heading' || n.type === 'paragraph') names.push(pmText(n));
      return n.type === 'doc';
    });
  return report.requiredAnnexes
    .filter((name) => !names.some((t) => t.includes(name)))
    .map((name) => finding('annex-missing', true, `附表中缺少“${name}”。`, annex?.id ?? null));
}

function keyPointFindings(report: Report, chapters: readonly ChapterContent[]): Finding[] {
  const all = chapters.map((c) => pmText(c.content, atomLabel)).join('\n');
  return report.keyPoints
    .filter((k) => !k.keywords.some((w) => all.includes(w)))
    .map((k) =>
      finding(
        'key-point-uncovered',
        true,
        `重点编制内容“${k.title}”未覆盖（未出现：${k.keywords.join('、')}）。`,
        null,
      ),
    );
}

function nodeFindings(chapterId: string, title: string, doc: PmNode, source: ReportDataSource): Finding[] {
  const out: Finding[] = [];
  const at = (type: FindingType, blocking: boolean, message: string, path: readonly number[]) =>
    out.push({ type, blocking, message: `【${title}】${message}`, chapterId, path });
  walkPm(doc, (node, path) => {
    const a = node.attrs ?? {};
    if (node.type === 'indicatorValue') {
      const v = resolveIndicatorValue({ indicatorId: String(a.indicatorId), phrase: 'value' }, source);
      if (v.state === 'deleted')
        at('indicator-deleted', true, `引用的指标“${String(a.indicatorId)}”已删除。`, path);
      else if (v.state === 'unavailable')
        at('indicator-unavailable', false, `指标“${v.info.name}”${v.reason}。`, path);
      else
        staleCheck(a.seen, v.value, v.info.precision, v.info.unit, v.info.name, source, (m) =>
          at('live-value-stale', true, m, path),
        );
    } else if (node.type === 'chart' || node.type === 'dataTable') {
      const src = liveSourceSchema.safeParse(a.source);
      if (src.success) {
        const rows = resolveLiveRows(src.data, source);
        const what = node.type === 'chart' ? '图表' : '数据表';
        if (rows.state === 'unavailable')
          at('indicator-unavailable', false, `${what}“${String(a.title)}”无法生成：${rows.reason}。`, path);
        else if (rows.missing.some((m) => m.includes('指标已删除')))
          at(
            'indicator-deleted',
            true,
            `${what}“${String(a.title)}”引用的指标已删除：${rows.missing.join('；')}。`,
            path,
          );
      }
    } else if (node.type === 'image' && !String(a.caption ?? '').trim()) {
      at('image-no-caption', false, '图片缺少图题。', path);
    } else if (isTextBlock(node)) {
      for (const c of findContradictions(pmText(node, atomLabel), source))
        at('plain-number-contradicts', true, c, path);
    }
    return true;
  });
  return out;
}

function isTextBlock(node: PmNode): boolean {
  return node.type === 'paragraph' || node.type === 'heading';
}

function staleCheck(
  seen: unknown,
  value: number,
  precision: number,
  unit: string,
  name: string,
  source: ReportDataSource,
  report: (message: string) => void,
): void {
  if (source.snapshot.kind !== 'lock' || typeof seen !== 'object' || seen === null) return;
  const s = seen as { value?: unknown; snapshot?: unknown };
  if (typeof s.value !== 'number') return;
  const before = formatValue(s.value, precision);
  const now = formatValue(value, precision);
  if (before !== now)
    report(
      `指标“${name}”保存时为 ${before}${unit}（${String(s.snapshot)}），当前锁定数据为 ${now}${unit}，请重新核对上下文。`,
    );
}

function finding(type: FindingType, blocking: boolean, message: string, chapterId: string | null): Finding {
  return { type, blocking, message, chapterId, path: [] };
}
