/**
 * 章节分工 at the office: every chapter assigned to a department with where it stands, who holds it, what
 * is next and whether it is late; the office assigns, signs each department's bundle down (assignments
 * and the indicator snapshot), accepts a submitted chapter or returns it with a reason — a return
 * carries the report chapter with the office's comments.
 */
import { App as AntApp, Button, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { chapterLate, chapterNext } from '../../../shared/report-workflow/chapter-machine';
import { CHAPTER_STATE_LABELS, type ChapterWork } from '../../../shared/report-workflow/chapter-types';
import type { Department } from '../../../shared/departments/department-types';
import type { Result } from '../../../shared/result';
import { TextPrompt } from '../report/editor/TextPrompt';
import type { OfficeDecision } from './office-send';
import { W } from './texts';

const STATE_COLORS = {
  drafting: 'default',
  submitted: 'blue',
  accepted: 'green',
  returned: 'orange',
} as const;

export function ChapterBoard({
  work,
  departments,
  today,
  onSend,
}: {
  work: readonly ChapterWork[];
  departments: readonly Department[];
  today: string;
  onSend(departmentCode: string, decisions: readonly OfficeDecision[]): Promise<Result<string | null>>;
}) {
  const { message } = AntApp.useApp();
  const [returning, setReturning] = useState<ChapterWork | null>(null);
  const [busy, setBusy] = useState(false);
  const name = (code: string) => departments.find((d) => d.code === code)?.name ?? code;
  const send = async (dept: string, decisions: readonly OfficeDecision[]) => {
    setBusy(true);
    const r = await onSend(dept, decisions);
    setBusy(false);
    if (!r.ok) message.error({ content: r.error.message, duration: 10 });
    else if (r.value !== null) message.success(W.saved(r.value));
  };
  // A summary department a chapter travels through gets its bundle too (the assignments it relays).
  const depts = [
    ...new Set(
      work.flatMap((w) => [w.assignment.departmentCode, ...(w.assignment.via ? [w.assignment.via] : [])]),
    ),
  ].sort();

  return (
    <div data-testid="chapter-board">
      <Table<ChapterWork>
        size="small"
        pagination={false}
        rowKey={(w) => w.assignment.id}
        dataSource={[...work]}
        locale={{ emptyText: W.noChapters }}
        columns={[
          { title: W.chapter, render: (_, w) => w.assignment.title },
          {
            title: W.department,
            render: (_, w) =>
              w.assignment.via === null
                ? name(w.assignment.departmentCode)
                : W.viaLabel(name(w.assignment.departmentCode), name(w.assignment.via)),
          },
          {
            title: W.due,
            render: (_, w) => (
              <Space size={4}>
                {w.assignment.due}
                {chapterLate(w, today) && <Tag color="red">{W.late}</Tag>}
              </Space>
            ),
          },
          {
            title: W.state,
            render: (_, w) => (
              <Tag color={STATE_COLORS[w.state]} data-testid="chapter-state">
                {CHAPTER_STATE_LABELS[w.state]}
              </Tag>
            ),
          },
          { title: W.revision, render: (_, w) => (w.revision === 0 ? '' : `第 ${w.revision} 稿`) },
          {
            title: W.holder,
            render: (_, w) => {
              const h = chapterNext(w).holder;
              return h === null
                ? ''
                : h === 'office'
                  ? W.holderLabels.office
                  : name(w.assignment.departmentCode);
            },
          },
          { title: W.nextAction, render: (_, w) => chapterNext(w).next },
          {
            title: W.actions,
            render: (_, w) =>
              w.state === 'submitted' && (
                <Space size={4}>
                  <Button
                    size="small"
                    type="primary"
                    loading={busy}
                    onClick={() => void send(w.assignment.departmentCode, [{ action: 'accept', work: w }])}
                  >
                    {W.accept}
                  </Button>
                  <Button size="small" loading={busy} onClick={() => setReturning(w)}>
                    {W.returnIt}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <Space wrap style={{ marginTop: 8 }}>
        {depts.map((d) => (
          <Button key={d} loading={busy} onClick={() => void send(d, [])}>
            {W.sendTo(d)}
          </Button>
        ))}
      </Space>
      <TextPrompt
        title={returning ? W.returnReason : null}
        onDone={(reason) => {
          const w = returning;
          setReturning(null);
          if (w && reason) void send(w.assignment.departmentCode, [{ action: 'return', work: w, reason }]);
        }}
      />
    </div>
  );
}
