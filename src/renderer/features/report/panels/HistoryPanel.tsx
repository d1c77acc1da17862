/** 版本历史: the chapter's saved versions and, for one, a readable diff against the one before. */
import { List, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { chapterDiff, type DiffLine } from '../../../../shared/report/chapter-history';
import type { ChapterVersion } from '../../../../shared/report/report-types';
import { repository } from '../../../data/repository-instance';
import { T } from '../texts';
import { formatLocalTime } from '../../../ui/local-time';

function Line({ line }: { line: DiffLine }) {
  const cls = `diff-line diff-${line.kind}`;
  const sign = line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '− ' : '  ';
  return (
    <div className={cls}>
      {sign}
      {line.parts
        ? line.parts.map((p, i) =>
            p.changed ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
          )
        : line.text}
    </div>
  );
}

export function HistoryPanel({
  workspaceId,
  reportId,
  chapterId,
  head,
}: {
  workspaceId: string;
  reportId: string;
  chapterId: string;
  head: number;
}) {
  const [versions, setVersions] = useState<ChapterVersion[]>([]);
  const [shown, setShown] = useState<number | null>(null);
  useEffect(() => {
    void repository()
      .listChapterVersions(workspaceId, reportId, chapterId)
      .then((v) => {
        setVersions(v.reverse());
        setShown(null);
      });
  }, [workspaceId, reportId, chapterId, head]);
  const current = versions.find((v) => v.version === shown);
  const before = versions.find((v) => v.version === (shown ?? 0) - 1);
  return (
    <div data-testid="history-panel">
      <List
        size="small"
        dataSource={versions}
        renderItem={(v) => (
          <List.Item
            onClick={() => setShown(v.version)}
            style={{ cursor: 'pointer', background: v.version === shown ? '#e6f4ff' : undefined }}
          >
            <span>
              {T.history.version(v.version)} · {v.by} · {formatLocalTime(v.at)} {v.note && `· ${v.note}`}
            </span>
          </List.Item>
        )}
      />
      {current && before && (
        <div className="diff" data-testid="chapter-diff">
          <Typography.Text strong>{T.history.compare}</Typography.Text>
          {chapterDiff(before.content, current.content)
            .filter((l) => l.kind !== 'same')
            .map((l, i) => (
              <Line key={i} line={l} />
            ))}
        </div>
      )}
    </div>
  );
}
