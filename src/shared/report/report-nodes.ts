/**
 * The node and mark types a report chapter may contain (the editor's schema, by name) and, for those
 * with meaningful attributes, their validators. `parseChapterContent` is the one gate every stored or
 * received chapter passes.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import {
  caseAttrs,
  chartAttrs,
  commentAttrs,
  dataTableAttrs,
  footnoteAttrs,
  imageAttrs,
  indicatorValueAttrs,
  linkAttrs,
} from './live-attrs';
import { annexTableAttrs } from '../annex/annex-node';
import { enterpriseTableAttrs } from '../enterprise/enterprise-node';
import { pmDepth, pmNodeSchema, walkPm, type PmNode } from './pm-json';

const headingAttrs = z.looseObject({ level: z.number().int().min(1).max(4) });

/** Node types and the validator of their attributes (null: attributes are layout only, e.g. colspan). */
export const NODE_ATTRS: Readonly<Record<string, z.ZodType | null>> = {
  doc: null,
  paragraph: null,
  text: null,
  heading: headingAttrs,
  bulletList: null,
  orderedList: null,
  listItem: null,
  blockquote: null,
  hardBreak: null,
  horizontalRule: null,
  table: null,
  tableRow: null,
  tableCell: null,
  tableHeader: null,
  image: imageAttrs,
  footnote: footnoteAttrs,
  indicatorValue: indicatorValueAttrs,
  chart: chartAttrs,
  dataTable: dataTableAttrs,
  caseBlock: caseAttrs,
  annexTable: annexTableAttrs,
  enterpriseTable: enterpriseTableAttrs,
};

export const MARK_ATTRS: Readonly<Record<string, z.ZodType | null>> = {
  bold: null,
  italic: null,
  underline: null,
  strike: null,
  code: null,
  link: linkAttrs,
  comment: commentAttrs,
};

/** Deeper than any real document (lists in tables in lists); bounds recursion on hostile input. */
export const MAX_DEPTH = 40;

/** Validates a chapter's ProseMirror JSON against the report schema; refuses rather than repairs. */
export function parseChapterContent(input: unknown): Result<PmNode> {
  const shape = pmNodeSchema.safeParse(input);
  if (!shape.success) return err('chapter-invalid', '章节内容格式不正确。');
  const doc = shape.data;
  if (doc.type !== 'doc') return err('chapter-invalid', '章节内容必须是一个文档。');
  if (pmDepth(doc) > MAX_DEPTH) return err('chapter-invalid', '章节内容嵌套过深。');
  let problem: string | null = null;
  walkPm(doc, (node) => {
    if (problem) return false;
    problem = nodeProblem(node);
    return problem === null;
  });
  return problem ? err('chapter-invalid', problem) : ok(doc);
}

function nodeProblem(node: PmNode): string | null {
  // Own keys only: `in` would find "constructor" or "toString" on Object.prototype and then call it as a schema.
  if (!Object.hasOwn(NODE_ATTRS, node.type)) return `不支持的内容类型：${node.type}`;
  const attrs = NODE_ATTRS[node.type];
  if (attrs && !attrs.safeParse(node.attrs ?? {}).success) return `内容“${node.type}”的属性不正确。`;
  if (node.type === 'text' && typeof node.text !== 'string') return '文本节点缺少文字。';
  for (const m of node.marks ?? []) {
    if (!Object.hasOwn(MARK_ATTRS, m.type)) return `不支持的格式：${m.type}`;
    const ma = MARK_ATTRS[m.type];
    if (ma && !ma.safeParse(m.attrs ?? {}).success) return `格式“${m.type}”的属性不正确。`;
  }
  return null;
}
