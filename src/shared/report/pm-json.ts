/**
 * ProseMirror JSON as stored in a report chapter: the editor's `doc.toJSON()`, validated at the storage
 * boundary (zod) and walked by the pure report functions (live values, the consistency check, exports).
 * Only the node and mark types of the report schema (report-nodes.ts) are accepted, each live node's
 * attributes are checked by its own validator, and the nesting depth is bounded, so a chapter read from
 * a bundle or an old database cannot smuggle in anything the editor would not produce.
 */
import { z } from 'zod';

export interface PmMark {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
}

export interface PmNode {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
  readonly content?: readonly PmNode[];
  readonly marks?: readonly PmMark[];
  readonly text?: string;
}

export const pmMarkSchema = z.object({
  type: z.string().min(1).max(40),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

export const pmNodeSchema: z.ZodType<PmNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(40),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(pmNodeSchema).max(20000).optional(),
    marks: z.array(pmMarkSchema).max(20).optional(),
    text: z.string().max(200000).optional(),
  }),
);

/** Visits every node depth-first with its parent path; return false from `visit` to skip the children. */
export function walkPm(
  node: PmNode,
  visit: (node: PmNode, path: readonly number[]) => boolean | void,
  path: readonly number[] = [],
): void {
  if (visit(node, path) === false) return;
  node.content?.forEach((child, i) => walkPm(child, visit, [...path, i]));
}

/**
 * Plain text of a subtree; blocks are separated by newlines (for diffs and text search). `atom` gives
 * the text of a leaf without text (a live value, a chart); by default they read as nothing.
 */
export function pmText(node: PmNode, atom: (node: PmNode) => string = () => ''): string {
  if (node.text !== undefined) return node.text;
  if (!node.content) return atom(node);
  const inline = node.content.every((c) => c.text !== undefined || isInlineAtom(c));
  return node.content.map((c) => pmText(c, atom)).join(inline ? '' : '\n');
}

function isInlineAtom(node: PmNode): boolean {
  return node.type === 'hardBreak' || node.type === 'indicatorValue' || node.type === 'footnote';
}

/** Depth of the deepest node (a doc with one paragraph of text is 3). */
export function pmDepth(node: PmNode): number {
  return 1 + Math.max(0, ...(node.content ?? []).map(pmDepth));
}

/** An empty document with one heading. */
export function headingDoc(title: string, body = ''): PmNode {
  const para: PmNode = body
    ? { type: 'paragraph', content: [{ type: 'text', text: body }] }
    : { type: 'paragraph' };
  return {
    type: 'doc',
    content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: title }] }, para],
  };
}
