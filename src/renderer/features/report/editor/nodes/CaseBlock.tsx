/** 典型案例: a case (title, department, text, photos, tags) placed as one block. */
import { NodeViewWrapper, type NodeViewProps } from '@tiptap/react';
import { Tag } from 'antd';
import { caseAttrs } from '../../../../../shared/report/live-attrs';
import { liveBlockNode } from './live-block';

function CaseView({ node, selected }: NodeViewProps) {
  const parsed = caseAttrs.safeParse(node.attrs);
  if (!parsed.success) return <NodeViewWrapper className="live-block">案例内容无效</NodeViewWrapper>;
  const c = parsed.data;
  return (
    <NodeViewWrapper
      className={`live-block case-block${selected ? ' is-selected' : ''}`}
      data-testid="case-node"
      data-case-id={c.caseId}
    >
      <div className="case-title">【案例】{c.title}</div>
      {c.department && <div className="case-dept">{c.department}</div>}
      <div className="case-text">{c.text}</div>
      <div className="case-photos">
        {c.photos.map((p, i) => (
          <img key={i} src={p} alt={`${c.title} 照片 ${i + 1}`} />
        ))}
      </div>
      <div>
        {c.tags.map((t) => (
          <Tag key={t}>{t}</Tag>
        ))}
      </div>
    </NodeViewWrapper>
  );
}

export const CaseBlock = liveBlockNode(
  'caseBlock',
  { caseId: '', title: '', department: '', text: '', tags: [], photos: [] },
  CaseView,
);
