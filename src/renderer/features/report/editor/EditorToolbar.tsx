/** The editor's toolbar: text structure, tables, images, footnotes, comments and the live nodes. */
import type { Editor } from '@tiptap/core';
import { Button, Divider, Space, Tooltip, Upload, message } from 'antd';
import { useState } from 'react';
import type { CaseAttrs, Phrase } from '../../../../shared/report/live-attrs';
import { newUuid } from '../../../../shared/ids';
import { useLiveSource } from '../live/source-store';
import { T } from '../texts';
import { CaseModal } from './CaseModal';
import { InsertIndicatorModal } from './InsertIndicatorModal';
import { readImageFile } from './image-file';
import { TextPrompt } from './TextPrompt';
import { InsertAnnexButton } from '../../annex/editor/InsertAnnexButton';

type Prompt = 'footnote' | 'comment' | null;

export function EditorToolbar({
  editor,
  author,
  departments,
}: {
  editor: Editor;
  author: string;
  departments: readonly string[];
}) {
  const [indicatorOpen, setIndicatorOpen] = useState(false);
  const [caseOpen, setCaseOpen] = useState(false);
  const [prompt, setPrompt] = useState<Prompt>(null);
  const firstIndicator = useLiveSource((s) => s.source.list()[0]?.id);
  const chain = () => editor.chain().focus();
  const btn = (label: string, run: () => void, testId?: string) => (
    <Tooltip title={label}>
      <Button size="small" onMouseDown={(e) => e.preventDefault()} onClick={run} data-testid={testId}>
        {label}
      </Button>
    </Tooltip>
  );
  const insertLive = (type: 'chart' | 'dataTable') => {
    const source = { type: 'indicators', indicatorIds: firstIndicator ? [firstIndicator] : ['—'] };
    const attrs =
      type === 'chart'
        ? { chartId: newUuid(), kind: 'bar', title: T.chart.newTitle, caption: '', source }
        : { tableId: newUuid(), title: T.table.newTitle, caption: '', source };
    // After the selection, never over it: a selected chart must not be replaced by the new block.
    const at = editor.state.selection.to;
    chain().insertContentAt(at, { type, attrs }).run();
    // Select the new block so its settings open in the side panel.
    for (const pos of [at, at + 1])
      if (editor.state.doc.nodeAt(pos)?.type.name === type) {
        editor.commands.setNodeSelection(pos);
        break;
      }
  };
  const onPrompt = (text: string | null) => {
    if (text && prompt === 'footnote') chain().insertContent({ type: 'footnote', attrs: { text } }).run();
    if (text && prompt === 'comment')
      chain().setMark('comment', { commentId: newUuid(), text, author, at: new Date().toISOString() }).run();
    setPrompt(null);
  };
  return (
    <div className="report-toolbar" role="toolbar" aria-label="编辑工具">
      <Space wrap size={4}>
        {btn(T.toolbar.h1, () => chain().toggleHeading({ level: 1 }).run())}
        {btn(T.toolbar.h2, () => chain().toggleHeading({ level: 2 }).run())}
        {btn(T.toolbar.h3, () => chain().toggleHeading({ level: 3 }).run())}
        {btn(T.toolbar.paragraph, () => chain().setParagraph().run())}
        {btn(T.toolbar.bold, () => chain().toggleBold().run())}
        {btn(T.toolbar.italic, () => chain().toggleItalic().run())}
        {btn(T.toolbar.bullet, () => chain().toggleBulletList().run())}
        {btn(T.toolbar.ordered, () => chain().toggleOrderedList().run())}
        {btn(T.toolbar.table, () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run())}
        <Upload
          accept="image/png,image/jpeg,image/gif,image/webp"
          showUploadList={false}
          beforeUpload={(f) => {
            void readImageFile(f).then((r) =>
              r.ok ? chain().setImage({ src: r.src }).run() : void message.error(r.message),
            );
            return false;
          }}
        >
          <Button size="small" data-testid="insert-image">
            {T.toolbar.image}
          </Button>
        </Upload>
        {btn(T.toolbar.footnote, () => setPrompt('footnote'))}
        {btn(T.toolbar.comment, () =>
          editor.state.selection.empty ? void message.info('请先选中要批注的文字') : setPrompt('comment'),
        )}
        <Divider orientation="vertical" />
        {btn(T.toolbar.indicator, () => setIndicatorOpen(true), 'insert-indicator')}
        {btn(T.toolbar.chart, () => insertLive('chart'), 'insert-chart')}
        {btn(T.toolbar.dataTable, () => insertLive('dataTable'), 'insert-data-table')}
        {btn(T.toolbar.caseBlock, () => setCaseOpen(true))}
        <InsertAnnexButton editor={editor} />
        <Divider orientation="vertical" />
        {btn(T.toolbar.undo, () => chain().undo().run())}
        {btn(T.toolbar.redo, () => chain().redo().run())}
      </Space>
      <InsertIndicatorModal
        open={indicatorOpen}
        onDone={(v: { indicatorId: string; phrase: Phrase } | null) => {
          setIndicatorOpen(false);
          if (v)
            chain()
              .insertContent({ type: 'indicatorValue', attrs: { ...v, seen: null } })
              .run();
        }}
      />
      <CaseModal
        open={caseOpen}
        departments={departments}
        onDone={(c: CaseAttrs | null) => {
          setCaseOpen(false);
          if (c) chain().insertContent({ type: 'caseBlock', attrs: c }).run();
        }}
      />
      <TextPrompt
        title={prompt === 'footnote' ? T.footnotePrompt : prompt === 'comment' ? T.commentPrompt : null}
        onDone={onPrompt}
      />
    </div>
  );
}
