/** Side-panel settings of the selected chart, data table or image. */
import type { Editor } from '@tiptap/core';
import { Form, Input, Select, Typography } from 'antd';
import type { Catalog } from '../../../../shared/catalog/catalog-types';
import { CHART_KINDS, liveSourceSchema, type LiveSource } from '../../../../shared/report/live-attrs';
import { T } from '../texts';
import { LiveSourceFields } from './LiveSourceFields';
import { setNodeAttrs, type SelectedNode } from './use-selected-node';

export function NodePanel({
  editor,
  node,
  catalog,
}: {
  editor: Editor;
  node: SelectedNode;
  catalog: Catalog;
}) {
  const set = (patch: Record<string, unknown>) => setNodeAttrs(editor, node.pos, { ...node.attrs, ...patch });
  const source = liveSourceSchema.safeParse(node.attrs.source);
  return (
    <div data-testid="node-panel">
      <Typography.Title level={5}>
        {node.type === 'chart' ? T.chart.panel : node.type === 'dataTable' ? T.table.panel : T.toolbar.image}
      </Typography.Title>
      <Form layout="vertical" size="small">
        {node.type === 'chart' && (
          <Form.Item label={T.chart.kind}>
            <Select
              value={String(node.attrs.kind)}
              onChange={(kind: string) => set({ kind })}
              options={CHART_KINDS.map((k) => ({ value: k, label: T.chart.kinds[k] }))}
              data-testid="chart-kind"
            />
          </Form.Item>
        )}
        {node.type !== 'image' && (
          <Form.Item label={T.chart.title}>
            <Input
              value={String(node.attrs.title ?? '')}
              onChange={(e) => set({ title: e.target.value })}
              data-testid="node-title"
            />
          </Form.Item>
        )}
        <Form.Item label={T.chart.caption}>
          <Input
            value={String(node.attrs.caption ?? '')}
            onChange={(e) => set({ caption: e.target.value })}
            data-testid="node-caption"
          />
        </Form.Item>
        {node.type !== 'image' && source.success && (
          <Form.Item label={T.chart.source}>
            <LiveSourceFields
              value={source.data}
              catalog={catalog}
              onChange={(s: LiveSource) => set({ source: s })}
            />
          </Form.Item>
        )}
      </Form>
    </div>
  );
}
