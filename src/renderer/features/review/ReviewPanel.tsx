/**
 * One slice under review: its state and route, an open return's reason and cell comments, the
 * checklist of the level due (with 合理性说明 and manual ticks), what changed since the last approval,
 * the history, and the steps the signed-in user may take.
 */
import { useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, Card, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { approvalBlockers } from '../../../shared/review/checklist';
import { openReturn } from '../../../shared/review/open-returns';
import { REVIEW_LEVEL_LABELS, sliceDisplayState, sliceStateLabel } from '../../../shared/review/review-text';
import type { Actor } from '../../../shared/review/review-types';
import { expectedLevel } from '../../../shared/review/review-routing';
import { useSession } from '../../app/session-store';
import type { WorkspaceData } from '../../data/workspace-data-store';
import type { Ruleset } from '../../../shared/rules/ruleset';
import type { ReviewUser } from '../../data/records';
import { repository } from '../../data/repository-instance';
import { ChangesView } from './ChangesView';
import { ChecklistView } from './ChecklistView';
import { HistoryView } from './HistoryView';
import { PrevYearPicker } from './PrevYearPicker';
import { ReviewActions } from './ReviewActions';
import { rowLabel } from './ReturnDialog';
import { allowedActions, canJustify, type ReviewSlice } from './review-scope';
import { useReviewStore } from './review-store';
import { useCompiledRules } from '../../rules-runtime/use-compiled-rules';
import { useTableReview } from './use-table-review';
import { BlankNotesView } from './BlankNotesView';
import { T } from './texts';
import { formatLocalTime } from '../../ui/local-time';

export interface ReviewPanelProps {
  readonly slice: ReviewSlice;
  readonly data: WorkspaceData;
  readonly ruleset: Ruleset;
  readonly user: ReviewUser;
}

export function ReviewPanel({ slice, data, ruleset, user }: ReviewPanelProps) {
  const { message } = AntApp.useApp();
  const go = useSession((s) => s.go);
  const { revision, refresh, yearLocked } = useReviewStore();
  const { compiled } = useCompiledRules(ruleset, data.catalog);
  const [ticks, setTicks] = useState<string[]>([]);
  const s = slice.submission;
  const view = useTableReview({
    workspace: data.workspace,
    catalog: data.catalog,
    tasks: data.tasks,
    submission: s,
    ruleset,
    compiled,
    revision,
  });
  const actor: Actor = useMemo(
    () => ({ name: user.name, role: user.role, station: data.workspace.station }),
    [data, user],
  );
  const table = data.catalog.tables.find((t) => t.code === s.tableCode);
  if (!table) return null;
  const dept = (code: string) => data.departments.find((d) => d.code === code)?.name ?? code;
  const fieldLabel = (key: string) => table.fields.find((f) => f.key === key)?.label ?? key;
  const allowed = allowedActions(s, actor, yearLocked);
  const shown = sliceDisplayState(s.state, yearLocked);
  const level = expectedLevel(s);
  const approving = allowed.includes('approve');
  const ret = openReturn(s);
  const key = { workspaceId: data.workspace.id, departmentCode: s.departmentCode, tableCode: s.tableCode };
  const ready = view !== null && view !== 'error' ? view : null;
  const blockers =
    ready && approving ? approvalBlockers(ready.review.checklist, s.justifications, ticks) : null;
  const justify = canJustify(s, actor)
    ? async (checkId: string, text: string) => {
        const r = await repository().setJustification(key, checkId, text, user);
        if (r.ok) message.success(T.justificationSaved);
        else message.error(r.error.message);
        await refresh();
      }
    : undefined;

  return (
    <Card
      size="small"
      data-testid="review-panel"
      title={
        <Space wrap>
          <Typography.Text strong>
            {table.code} {table.name}
          </Typography.Text>
          <Tag>{dept(s.departmentCode)}</Tag>
          <Tag
            color={shown === 'locked' || shown === 'locked-unsubmitted' ? 'gold' : 'blue'}
            data-testid="review-state"
          >
            {sliceStateLabel(shown)}
          </Tag>
          <Typography.Text type="secondary">
            {level ? T.level(REVIEW_LEVEL_LABELS[level]) : T.noLevel}
          </Typography.Text>
        </Space>
      }
      extra={
        // Opens this department's slice (the table page would otherwise show its first department).
        <Button
          onClick={() =>
            go('table', s.tableCode, { departmentCode: s.departmentCode, rowId: '', fieldKey: null })
          }
        >
          {T.openTable}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        {T.route(s.summaryDepartment ? dept(s.summaryDepartment) : null)}
      </Typography.Paragraph>
      {ret && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="open-return"
          title={`${T.openReturn}：${ret.reason}`}
          description={
            <div>
              <div>{T.returnedBy(ret.returnedBy.name, formatLocalTime(ret.returnedAt))}</div>
              {ret.comments.map((c, i) => (
                <div key={i}>
                  · {ready ? rowLabel(table, ready.inputs.rows, c.recordId) : ''} {fieldLabel(c.fieldKey)}：
                  {c.text}
                </div>
              ))}
            </div>
          }
        />
      )}
      <Space direction="vertical" style={{ width: '100%' }}>
        <ReviewActions
          workspaceId={data.workspace.id}
          submission={s}
          allowed={allowed}
          user={user}
          table={table}
          rows={ready?.inputs.rows ?? []}
          checklist={ready?.review.checklist ?? null}
          level={level ?? 1}
          ticks={ticks}
          onDone={async () => {
            setTicks([]);
            await refresh();
          }}
        />
        {blockers &&
          (blockers.hard.length > 0 || blockers.unjustified.length > 0 || blockers.unticked.length > 0) && (
            <Alert
              type="warning"
              showIcon
              data-testid="approval-blockers"
              title={T.blockersTitle}
              description={[...blockers.hard, ...blockers.unjustified, ...blockers.unticked].map((i) => (
                <div key={i.id}>· {i.text}</div>
              ))}
            />
          )}
        <Tabs
          items={[
            {
              key: 'checklist',
              label: T.checklist,
              children:
                view === 'error' ? (
                  <Alert type="error" title="校验失败，请刷新后重试" />
                ) : ready ? (
                  <>
                    <PrevYearPicker
                      workspace={data.workspace}
                      current={ready.inputs.prevWorkspace}
                      onChange={() => void refresh()}
                    />
                    <ChecklistView
                      checklist={ready.review.checklist}
                      justifications={s.justifications}
                      {...(justify ? { onJustify: justify } : {})}
                      {...(approving ? { ticks, onTick: setTicks } : {})}
                      onJump={(cell) =>
                        go('table', s.tableCode, {
                          departmentCode: s.departmentCode,
                          rowId: cell.rowId,
                          fieldKey: cell.fieldKey ?? null,
                        })
                      }
                    />
                    <BlankNotesView
                      table={table}
                      rows={ready.inputs.rows}
                      justifications={s.justifications}
                    />
                  </>
                ) : (
                  <Spin description={T.loadingChecklist} />
                ),
            },
            {
              key: 'changes',
              label: T.changes,
              children: ready ? <ChangesView table={table} view={ready} /> : <Spin />,
            },
            {
              key: 'history',
              label: T.history,
              children: (
                <HistoryView
                  submission={s}
                  task={data.tasks.find((t) => t.tableCode === s.tableCode)}
                  fieldLabel={fieldLabel}
                />
              ),
            },
          ]}
        />
      </Space>
    </Card>
  );
}
