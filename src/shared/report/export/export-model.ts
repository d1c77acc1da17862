/**
 * The report as the exports see it: chapters of plain blocks with every live node already resolved
 * against one data source (so the .docx and the HTML say the same numbers, and which snapshot they
 * came from). Comments are left out; characters XML cannot hold are stripped here, once (docs/SECURITY.md W1).
 */
import type { AggregateRow, ReportDataSource } from '../data-source';
import { caseAttrs, chartAttrs, dataTableAttrs, type ChartKind } from '../live-attrs';
import { formatValue, resolveIndicatorValue, resolveLiveRows, withUnit } from '../live-values';
import type { PmNode } from '../pm-json';
import type { Report } from '../report-types';
import { annexBlocks } from '../../annex/annex-export';
import { enterpriseTableBlocks } from '../../enterprise/enterprise-node';
import { HeadingNumberer } from './heading-numbers';

export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** A footnote's text: the run is its reference mark. */
  readonly footnote?: string;
}

export type Block =
  | { readonly kind: 'heading'; readonly level: number; readonly runs: readonly Run[] }
  | {
      readonly kind: 'paragraph';
      readonly runs: readonly Run[];
      /** A note under a table (its reasons, its data source): small, unindented, kept by the table. */
      readonly role?: 'tableNote';
    }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly (readonly Run[])[] }
  | {
      readonly kind: 'table';
      readonly rows: readonly { readonly header: boolean; readonly cells: readonly string[] }[];
      /** An unnumbered title above the table (附表, 企业数据表); a table typed in the text has none. */
      readonly title?: string;
      /** Relative column widths; absent: equal columns. */
      readonly widths?: readonly number[];
      /** Columns of figures, centred (an annex's 单位 and its two figure columns). */
      readonly centred?: readonly number[];
    }
  | { readonly kind: 'image'; readonly src: string; readonly caption: string }
  | {
      readonly kind: 'chart';
      readonly chartId: string;
      readonly chart: ChartKind;
      readonly title: string;
      readonly caption: string;
      readonly rows: readonly AggregateRow[];
      readonly note: string;
    }
  | {
      readonly kind: 'dataTable';
      readonly title: string;
      readonly caption: string;
      readonly head: readonly [string, string];
      readonly rows: readonly (readonly [string, string])[];
      readonly note: string;
    }
  | {
      readonly kind: 'case';
      readonly title: string;
      readonly department: string;
      readonly text: string;
      readonly photos: readonly string[];
    };

export interface ExportChapter {
  readonly title: string;
  readonly blocks: readonly Block[];
  /** The 内容真实性责任声明 page: its heading stands centred, as a declaration's title. */
  readonly declaration?: boolean;
}

export interface ExportDoc {
  readonly title: string;
  readonly school: string;
  readonly year: number;
  readonly snapshotLabel: string;
  readonly draft: boolean;
  readonly chapters: readonly ExportChapter[];
}

/** The cover's data line: the snapshot, and that it is a draft unless its label already says so. */
export function sourceLine(doc: Pick<ExportDoc, 'snapshotLabel' | 'draft'>): string {
  return doc.draft && !doc.snapshotLabel.includes('草稿')
    ? `${doc.snapshotLabel}（草稿数据，未经锁定）`
    : doc.snapshotLabel;
}

// Tab, LF and CR are the only C0 characters XML 1.0 allows; U+FFFE/U+FFFF and lone surrogates never.
const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

function runsOf(node: PmNode, source: ReportDataSource): Run[] {
  const out: Run[] = [];
  for (const c of node.content ?? []) {
    if (c.type === 'text') {
      const marks = new Set((c.marks ?? []).map((m) => m.type));
      out.push({
        text: xmlSafe(c.text ?? ''),
        ...(marks.has('bold') ? { bold: true } : {}),
        ...(marks.has('italic') ? { italic: true } : {}),
        ...(marks.has('underline') ? { underline: true } : {}),
      });
    } else if (c.type === 'indicatorValue') {
      const phrase =
        c.attrs?.phrase === 'growth' || c.attrs?.phrase === 'standard' ? c.attrs.phrase : 'value';
      out.push({
        text: xmlSafe(
          resolveIndicatorValue({ indicatorId: String(c.attrs?.indicatorId), phrase }, source).text,
        ),
      });
    } else if (c.type === 'footnote') {
      out.push({ text: '', footnote: xmlSafe(String(c.attrs?.text ?? '')) });
    } else if (c.type === 'hardBreak') {
      out.push({ text: '\n' });
    }
  }
  return out;
}

function plain(node: PmNode): string {
  if (node.text !== undefined) return xmlSafe(node.text);
  return (node.content ?? []).map(plain).join('');
}

function block(node: PmNode, source: ReportDataSource): Block[] {
  const a = node.attrs ?? {};
  switch (node.type) {
    case 'heading':
      return [{ kind: 'heading', level: Number(a.level ?? 1), runs: runsOf(node, source) }];
    case 'paragraph':
      return [{ kind: 'paragraph', runs: runsOf(node, source) }];
    case 'blockquote':
      return (node.content ?? []).flatMap((c) => block(c, source));
    case 'bulletList':
    case 'orderedList':
      return [
        {
          kind: 'list',
          ordered: node.type === 'orderedList',
          items: (node.content ?? []).map((li) =>
            (li.content ?? []).flatMap((p) =>
              p.type === 'paragraph' ? runsOf(p, source) : [{ text: plain(p) }],
            ),
          ),
        },
      ];
    case 'table':
      return [
        {
          kind: 'table',
          rows: (node.content ?? []).map((tr) => ({
            header: (tr.content ?? []).every((c) => c.type === 'tableHeader'),
            cells: (tr.content ?? []).map((c) => (c.content ?? []).map(plain).join('\n')),
          })),
        },
      ];
    case 'image':
      return typeof a.src === 'string'
        ? [{ kind: 'image', src: a.src, caption: xmlSafe(String(a.caption ?? '')) }]
        : [];
    case 'chart': {
      const c = chartAttrs.safeParse(a);
      if (!c.success) return [];
      const r = resolveLiveRows(c.data.source, source);
      return [
        {
          kind: 'chart',
          chartId: c.data.chartId,
          chart: c.data.kind,
          title: xmlSafe(c.data.title),
          caption: xmlSafe(c.data.caption || c.data.title),
          rows: r.state === 'ok' ? r.rows.map((x) => ({ group: xmlSafe(x.group), value: x.value })) : [],
          note: xmlSafe(r.state === 'ok' ? r.missing.join('；') : r.reason),
        },
      ];
    }
    case 'dataTable': {
      const t = dataTableAttrs.safeParse(a);
      if (!t.success) return [];
      const r = resolveLiveRows(t.data.source, source);
      const valueHead =
        t.data.source.type === 'aggregate' && t.data.source.label ? t.data.source.label : '数值';
      return [
        {
          kind: 'dataTable',
          title: xmlSafe(t.data.title),
          caption: xmlSafe(t.data.caption || t.data.title),
          head: ['项目', xmlSafe(valueHead)],
          rows:
            r.state === 'ok'
              ? r.rows.map(
                  (x) => [xmlSafe(x.group), withUnit(formatValue(x.value, x.precision), x.unit)] as const,
                )
              : [],
          note: xmlSafe(r.state === 'ok' ? r.missing.join('；') : r.reason),
        },
      ];
    }
    case 'caseBlock': {
      const c = caseAttrs.safeParse(a);
      if (!c.success) return [];
      return [
        {
          kind: 'case',
          title: xmlSafe(c.data.title),
          department: xmlSafe(c.data.department),
          text: xmlSafe(c.data.text),
          photos: c.data.photos,
        },
      ];
    }
    case 'annexTable':
      return annexBlocks(a, source);
    case 'enterpriseTable':
      return enterpriseTableBlocks(a, source);
    default:
      return [];
  }
}

export function buildExportModel(
  report: Report,
  chapters: ReadonlyMap<string, PmNode>,
  source: ReportDataSource,
): ExportDoc {
  const numberer = new HeadingNumberer();
  return {
    title: xmlSafe(report.title),
    school: xmlSafe(report.school),
    year: report.year,
    snapshotLabel: source.snapshot.label,
    draft: source.snapshot.kind === 'draft',
    chapters: report.chapters.map((meta) => ({
      title: xmlSafe(meta.title),
      ...(meta.kind === 'responsibility' ? { declaration: true } : {}),
      // The report's own chapters are numbered 一、（一）1． in the exports (heading-numbers.ts).
      blocks: (chapters.get(meta.id)?.content ?? [])
        .flatMap((n) => block(n, source))
        .map((b) => (b.kind === 'heading' && meta.kind === 'section' ? numberer.next(b) : b)),
    })),
  };
}
