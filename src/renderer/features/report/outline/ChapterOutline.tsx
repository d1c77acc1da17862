/**
 * 章节: the report's chapters as the outline has them, each renamable; the office adds its own chapters
 * (placed before 附表 and 典型案例) and removes only those — template chapters are what the notice asks for.
 */
import { Button, Input, List, Popconfirm, Space, Tag } from 'antd';
import { useState } from 'react';
import type { ChapterMeta } from '../../../../shared/report/report-types';
import type { ReportPatch } from '../../../../shared/report/report-settings';
import { newUuid } from '../../../../shared/ids';
import { T } from '../texts';

export function ChapterOutline({
  chapters,
  disabled,
  onPatch,
}: {
  chapters: readonly ChapterMeta[];
  disabled: boolean;
  onPatch(patch: ReportPatch): Promise<boolean>;
}) {
  const [editing, setEditing] = useState<{ id: string; title: string } | null>(null);
  const [adding, setAdding] = useState('');
  const rename = async () => {
    if (!editing) return;
    const title = editing.title.trim();
    const was = chapters.find((c) => c.id === editing.id)?.title;
    if (title && title !== was && !(await onPatch({ chapterTitles: { [editing.id]: title } }))) return;
    setEditing(null);
  };
  const add = async () => {
    const title = adding.trim();
    if (title && (await onPatch({ addChapter: { id: newUuid(), title } }))) setAdding('');
  };
  return (
    <div data-testid="chapter-outline">
      <List
        size="small"
        dataSource={[...chapters]}
        renderItem={(c) => (
          <List.Item
            data-testid="outline-chapter"
            actions={
              disabled || editing?.id === c.id
                ? []
                : [
                    <a key="rename" onClick={() => setEditing({ id: c.id, title: c.title })}>
                      {T.outline.rename}
                    </a>,
                    ...(c.key === 'custom'
                      ? [
                          <Popconfirm
                            key="remove"
                            title={T.outline.removeConfirm(c.title)}
                            onConfirm={() => void onPatch({ removeChapter: c.id })}
                          >
                            <a>{T.outline.remove}</a>
                          </Popconfirm>,
                        ]
                      : []),
                  ]
            }
          >
            {editing?.id === c.id ? (
              <Space.Compact style={{ width: '100%' }}>
                <Input
                  autoFocus
                  value={editing.title}
                  maxLength={100}
                  aria-label={T.outline.chapterTitle}
                  onChange={(e) => setEditing({ id: c.id, title: e.target.value })}
                  onPressEnter={() => void rename()}
                />
                <Button type="primary" onClick={() => void rename()}>
                  {T.outline.ok}
                </Button>
                <Button onClick={() => setEditing(null)}>{T.outline.cancel}</Button>
              </Space.Compact>
            ) : (
              <Space>
                <span>{c.title}</span>
                {c.required ? <Tag>{T.outline.required}</Tag> : null}
                {c.key === 'custom' ? <Tag color="blue">{T.outline.custom}</Tag> : null}
              </Space>
            )}
          </List.Item>
        )}
      />
      {!disabled && (
        <Space.Compact style={{ width: '100%', marginTop: 8 }}>
          <Input
            value={adding}
            maxLength={100}
            placeholder={T.outline.addPlaceholder}
            aria-label={T.outline.addPlaceholder}
            onChange={(e) => setAdding(e.target.value)}
            onPressEnter={() => void add()}
          />
          <Button onClick={() => void add()} disabled={!adding.trim()} data-testid="add-chapter">
            {T.outline.add}
          </Button>
        </Space.Compact>
      )}
    </div>
  );
}
