/** Draws a 数据表 node as a real table of the rows its source resolves to. */
import { NodeViewWrapper, type NodeViewProps } from '@tiptap/react';
import { dataTableAttrs } from '../../../../../shared/report/live-attrs';
import { formatValue, resolveLiveRows, withUnit } from '../../../../../shared/report/live-values';
import { liveMark } from '../../live/live-mark';
import { useLiveSource } from '../../live/source-store';
import { T } from '../../texts';

export function DataTableView({ node, selected }: NodeViewProps) {
  const source = useLiveSource((s) => s.source);
  const parsed = dataTableAttrs.safeParse(node.attrs);
  if (!parsed.success)
    return (
      <NodeViewWrapper className="live-block">
        <div className="live-warning">{T.chart.unavailable('数据表设置无效')}</div>
      </NodeViewWrapper>
    );
  const a = parsed.data;
  const rows = resolveLiveRows(a.source, source);
  const mark = liveMark(source.snapshot, a.source.type === 'aggregate' ? 'aggregate' : 'value');
  const valueHead = a.source.type === 'aggregate' && a.source.label ? a.source.label : T.table.value;
  return (
    <NodeViewWrapper
      className={`live-block table-block${selected ? ' is-selected' : ''}`}
      data-testid="data-table-node"
    >
      <div className="live-caption">{a.title}</div>
      {rows.state === 'ok' ? (
        <table className="live-table">
          <thead>
            <tr>
              <th scope="col">{T.table.group}</th>
              <th scope="col">{valueHead}</th>
            </tr>
          </thead>
          <tbody>
            {rows.rows.map((r) => (
              <tr key={r.group}>
                <td>{r.group}</td>
                <td className="num">{withUnit(formatValue(r.value, r.precision), r.unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <div className="live-warning">{T.chart.unavailable(rows.reason)}</div>
      )}
      {rows.state === 'ok' && rows.missing.length > 0 && (
        <div className="live-warning">{rows.missing.join('；')}</div>
      )}
      {mark !== null && (
        <div className="draft-note" data-testid="live-mark">
          {mark}
        </div>
      )}
    </NodeViewWrapper>
  );
}
