/** Draws a 附表 node as the annex grid computed now: the same grid the exports and the .xlsx write. */
import { NodeViewWrapper, type NodeViewProps } from '@tiptap/react';
import { useMemo } from 'react';
import { annexGrid } from '../../../../shared/annex/annex-grid';
import { annexTableAttrs } from '../../../../shared/annex/annex-node';
import { useLiveSource } from '../../report/live/source-store';
import { annexResolver, useAnnexData } from '../annex-store';
import { T } from './texts';

export function AnnexTableNodeView({ node, selected }: NodeViewProps) {
  const source = useLiveSource((s) => s.source);
  const annex = useAnnexData();
  const resolver = useMemo(() => annexResolver(source, annex), [source, annex]);
  const a = annexTableAttrs.safeParse(node.attrs);
  const result = a.success ? resolver.table(a.data.annexId) : null;
  const cls = `live-block table-block${selected ? ' is-selected' : ''}`;
  if (!result)
    return (
      <NodeViewWrapper className={cls} data-testid="annex-node">
        <div className="live-warning">{T.deleted(a.success ? a.data.title || a.data.annexId : '')}</div>
      </NodeViewWrapper>
    );
  const grid = annexGrid(result);
  return (
    <NodeViewWrapper className={cls} data-testid="annex-node">
      <div className="live-caption">{T.caption(grid.title)}</div>
      <table className="live-table">
        <thead>
          <tr>
            {grid.head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((r, i) => (
            <tr key={result.rows[i]!.def.id}>
              {r.map((c, j) => (
                <td key={j} className={j === 2 || j === 3 ? 'num' : undefined}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {grid.notes.map((n) => (
        <div key={n} className="draft-note">
          {n}
        </div>
      ))}
    </NodeViewWrapper>
  );
}
