/** How an 指标数值 node draws: the resolved text, marked with what it is (live-mark.ts), with a hover card. */
import { NodeViewWrapper, type NodeViewProps } from '@tiptap/react';
import { Popover, Tag } from 'antd';
import { resolveIndicatorValue } from '../../../../../shared/report/live-values';
import { liveMark } from '../../live/live-mark';
import { useLiveSource } from '../../live/source-store';
import { T } from '../../texts';

export function IndicatorValueView({ node, selected }: NodeViewProps) {
  const source = useLiveSource((s) => s.source);
  const id = String(node.attrs.indicatorId);
  const phrase =
    node.attrs.phrase === 'growth' || node.attrs.phrase === 'standard' ? node.attrs.phrase : 'value';
  const v = resolveIndicatorValue({ indicatorId: id, phrase }, source);
  const mark = liveMark(source.snapshot, 'value');
  const cls = `live-value live-${v.state}${selected ? ' is-selected' : ''}${source.snapshot.kind === 'draft' ? ' is-draft' : ''}`;
  const card =
    v.state === 'deleted' ? (
      <div>
        {T.indicator.deleted}（{id}）
      </div>
    ) : (
      <div style={{ maxWidth: 320 }} data-testid="indicator-card">
        <div>
          <b>{v.info.name}</b>
          {v.state === 'unavailable' ? `：${v.reason}` : ''}
        </div>
        <div>
          {T.indicator.definition}：{v.info.definition}
        </div>
        <div>
          {T.indicator.sources}：{v.info.sourceTables.join('、')}
        </div>
        {v.info.standard && (
          <div>
            {T.indicator.standard}：{v.info.standard.label ?? ''} {v.info.standard.op === '<=' ? '≤' : '≥'}{' '}
            {v.info.standard.value}
            {v.info.unit}（{v.info.standard.source}）
          </div>
        )}
        <div>
          {T.indicator.snapshot}：{source.snapshot.label}
        </div>
      </div>
    );
  return (
    <NodeViewWrapper as="span" className={cls} data-testid="live-value" data-indicator={id}>
      <Popover content={card} mouseEnterDelay={0.3}>
        <span>{v.text}</span>
      </Popover>
      {mark !== null && v.state === 'ok' && (
        <Tag color="orange" className="draft-tag" bordered={false} data-testid="live-mark">
          {mark}
        </Tag>
      )}
    </NodeViewWrapper>
  );
}
