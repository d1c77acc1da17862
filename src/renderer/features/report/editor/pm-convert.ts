/** Between TipTap's JSONContent (mutable, loosely typed) and the stored PmNode (validated, readonly). */
import type { JSONContent } from '@tiptap/core';
import { pmNodeSchema, type PmNode } from '../../../../shared/report/pm-json';

export function toEditorContent(node: PmNode): JSONContent {
  return {
    type: node.type,
    ...(node.attrs ? { attrs: { ...node.attrs } } : {}),
    ...(node.content ? { content: node.content.map(toEditorContent) } : {}),
    ...(node.marks
      ? { marks: node.marks.map((m) => ({ type: m.type, ...(m.attrs ? { attrs: { ...m.attrs } } : {}) })) }
      : {}),
    ...(node.text !== undefined ? { text: node.text } : {}),
  };
}

/** The editor's document as a PmNode (shape-checked; the writer checks the schema again). */
export function fromEditorContent(json: JSONContent): PmNode | null {
  const r = pmNodeSchema.safeParse(json);
  return r.success ? r.data : null;
}
