/**
 * One chapter in TipTap: the report schema, paste from Word/WPS cleaned with a notice of what was
 * dropped, and the chapter's save (live values stamped with what they show). Recreated per chapter
 * version, so what is edited is always the stored head.
 */
import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { Alert, Button, Input, Space, Typography, message } from 'antd';
import { useEffect, useState } from 'react';
import { stampSeen } from '../../../../shared/report/stamp-seen';
import type { ChapterVersion } from '../../../../shared/report/report-types';
import { useLiveSource } from '../live/source-store';
import { T } from '../texts';
import { EditorToolbar } from './EditorToolbar';
import { cleanPastedHtml, droppedAnything, type PasteDropped } from './paste-clean';
import { fromEditorContent, toEditorContent } from './pm-convert';
import { reportExtensions } from './report-extensions';

export interface ReportEditorProps {
  readonly chapter: ChapterVersion;
  readonly readOnly: boolean;
  readonly author: string;
  readonly departments: readonly string[];
  onReady(editor: Editor | null): void;
  onSave(content: unknown, note: string): Promise<boolean>;
}

function describeDropped(d: PasteDropped): string {
  const parts = [
    d.scripts && T.paste.scripts(d.scripts),
    d.remoteImages && T.paste.remoteImages(d.remoteImages),
    d.bigImages && T.paste.bigImages(d.bigImages),
    d.badImages && T.paste.badImages(d.badImages),
    d.objects && T.paste.objects(d.objects),
  ].filter((p): p is string => typeof p === 'string');
  return T.paste.dropped(parts.join('、'));
}

export function ReportEditor({ chapter, readOnly, author, departments, onReady, onSave }: ReportEditorProps) {
  const [dirty, setDirty] = useState(false);
  const [note, setNote] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const editor = useEditor(
    {
      extensions: reportExtensions(),
      content: toEditorContent(chapter.content),
      editable: !readOnly,
      immediatelyRender: true,
      editorProps: {
        attributes: { class: 'report-doc', 'aria-label': '章节正文', 'data-testid': 'report-editor' },
        transformPastedHTML: (html) => {
          const r = cleanPastedHtml(html);
          setNotice(droppedAnything(r.dropped) ? describeDropped(r.dropped) : null);
          return r.html;
        },
      },
      onUpdate: () => setDirty(true),
    },
    [chapter.chapterId, chapter.version, readOnly],
  );
  useEffect(() => {
    onReady(editor);
    return () => onReady(null);
  }, [editor, onReady]);

  const save = async () => {
    if (!editor) return;
    setSaving(true);
    const doc = fromEditorContent(editor.getJSON());
    const ok = doc !== null && (await onSave(stampSeen(doc, useLiveSource.getState().source), note));
    setSaving(false);
    if (ok) {
      setDirty(false);
      setNote('');
      void message.success(T.saved);
    }
  };

  if (!editor) return null;
  return (
    <div className="report-editor">
      {!readOnly && <EditorToolbar editor={editor} author={author} departments={departments} />}
      {notice && (
        <Alert
          type="warning"
          showIcon
          closable
          title={notice}
          onClose={() => setNotice(null)}
          data-testid="paste-notice"
        />
      )}
      <EditorContent editor={editor} />
      {!readOnly && (
        <Space className="report-save">
          <Input
            size="small"
            style={{ width: 260 }}
            placeholder={T.saveNote}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <Button
            type="primary"
            size="small"
            loading={saving}
            onClick={() => void save()}
            data-testid="save-chapter"
          >
            {T.save}
          </Button>
          {dirty && <Typography.Text type="warning">{T.unsaved}</Typography.Text>}
        </Space>
      )}
    </div>
  );
}
