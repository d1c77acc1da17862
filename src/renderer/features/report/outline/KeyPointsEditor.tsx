/**
 * 重点编制内容: the year's key points from the provincial notice, each with the words that show it is
 * covered (合规审查 reports a key point none of whose words appears in the report).
 */
import { Button, Input, List, Space, Typography } from 'antd';
import { useState } from 'react';
import type { KeyPoint } from '../../../../shared/report/report-types';
import { newUuid } from '../../../../shared/ids';
import { T } from '../texts';

/** Keywords as typed: separated by 、，, ; or spaces. */
export function splitKeywords(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[、，,;；\s]+/)
        .map((w) => w.trim())
        .filter(Boolean),
    ),
  ];
}

export function KeyPointsEditor({
  keyPoints,
  disabled,
  onSave,
}: {
  keyPoints: readonly KeyPoint[];
  disabled: boolean;
  onSave(next: KeyPoint[]): Promise<boolean>;
}) {
  const [title, setTitle] = useState('');
  const [words, setWords] = useState('');
  const keywords = splitKeywords(words);
  const add = async () => {
    const t = title.trim();
    if (!t) return;
    // A key point with no words of its own is covered when its title appears.
    const next = [...keyPoints, { id: newUuid(), title: t, keywords: keywords.length ? keywords : [t] }];
    if (await onSave(next)) {
      setTitle('');
      setWords('');
    }
  };
  return (
    <div data-testid="key-points">
      <List
        size="small"
        locale={{ emptyText: T.keyPoints.empty }}
        dataSource={[...keyPoints]}
        renderItem={(k) => (
          <List.Item
            data-testid="key-point"
            actions={
              disabled
                ? []
                : [
                    <a key="remove" onClick={() => void onSave(keyPoints.filter((x) => x.id !== k.id))}>
                      {T.outline.remove}
                    </a>,
                  ]
            }
          >
            <List.Item.Meta
              title={k.title}
              description={<Typography.Text type="secondary">{k.keywords.join('、')}</Typography.Text>}
            />
          </List.Item>
        )}
      />
      {!disabled && (
        <Space orientation="vertical" style={{ width: '100%', marginTop: 8 }}>
          <Input
            value={title}
            maxLength={200}
            placeholder={T.keyPoints.placeholder}
            aria-label={T.keyPoints.placeholder}
            onChange={(e) => setTitle(e.target.value)}
          />
          <Input
            value={words}
            placeholder={T.keyPoints.keywords}
            aria-label={T.keyPoints.keywords}
            onChange={(e) => setWords(e.target.value)}
            onPressEnter={() => void add()}
          />
          <Button onClick={() => void add()} disabled={!title.trim()} data-testid="add-key-point">
            {T.keyPoints.add}
          </Button>
        </Space>
      )}
    </div>
  );
}
