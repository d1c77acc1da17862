/** Draws a 企业数据表 node from the rows the live source has loaded (the lock once locked). */
import { NodeViewWrapper, type NodeViewProps } from '@tiptap/react';
import { enterpriseTableAttrs } from '../../../../shared/enterprise/enterprise-node';
import { enterpriseRows } from '../../../../shared/enterprise/enterprise-rows';
import { useWorkspaceData } from '../../../data/workspace-data-store';
import { useLiveSource } from '../../report/live/source-store';

export function EnterpriseTableView({ node, selected }: NodeViewProps) {
  const tables = useLiveSource((s) => s.tables);
  const snapshot = useLiveSource((s) => s.source.snapshot);
  const catalog = useWorkspaceData((s) => s.data?.catalog);
  const a = enterpriseTableAttrs.safeParse(node.attrs);
  const cls = `live-block table-block${selected ? ' is-selected' : ''}`;
  if (!a.success || !catalog)
    return (
      <NodeViewWrapper className={cls} data-testid="enterprise-table-node">
        <div className="live-warning">企业数据表设置无效</div>
      </NodeViewWrapper>
    );
  const r = enterpriseRows(
    catalog.tables.find((t) => t.code === a.data.tableCode),
    tables.get(a.data.tableCode),
    a.data.names,
  );
  return (
    <NodeViewWrapper className={cls} data-testid="enterprise-table-node">
      <div className="live-caption">{a.data.title}</div>
      {r.ok ? (
        <table className="live-table">
          <thead>
            <tr>
              {r.head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {r.rows.map((row, i) => (
              <tr key={i}>
                {row.map((c, j) => (
                  <td key={j}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <div className="live-warning">{r.reason}</div>
      )}
      <div className="draft-note">数据来源：{snapshot.label}</div>
    </NodeViewWrapper>
  );
}
