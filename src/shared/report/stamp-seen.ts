/**
 * Before a chapter is saved, each 指标数值 node records the value it shows and the snapshot it came from
 * (`seen`). The number is never read back into the text — the node stays a reference — but the record
 * lets the consistency check spot a value that changed since (a re-lock) and tells a reader of any
 * saved version what it showed.
 */
import type { ReportDataSource } from './data-source';
import { indicatorValueAttrs } from './live-attrs';
import { resolveIndicatorValue } from './live-values';
import type { PmNode } from './pm-json';

export function stampSeen(doc: PmNode, source: ReportDataSource): PmNode {
  const visit = (node: PmNode): PmNode => {
    if (node.type === 'indicatorValue') {
      const a = indicatorValueAttrs.safeParse(node.attrs ?? {});
      if (!a.success) return node;
      const v = resolveIndicatorValue(a.data, source);
      const seen = v.state === 'ok' ? { value: v.value, snapshot: v.snapshot.id } : null;
      return { ...node, attrs: { ...a.data, seen } };
    }
    return node.content ? { ...node, content: node.content.map(visit) } : node;
  };
  return visit(doc);
}
