/**
 * The steps the signed-in user may take on a slice now, as buttons. Each goes through the repository
 * (the data writer re-runs the state machine on the stored copy inside its transaction) and reports
 * the outcome; a refusal shows the state machine's own message.
 */
import { useState } from 'react';
import { Alert, App as AntApp, Button, Input, Modal, Space } from 'antd';
import type { TableDef } from '../../../shared/catalog/catalog-types';
import type { Checklist } from '../../../shared/review/checklist';
import type {
  CellComment,
  ReviewActionType,
  ReviewLevel,
  Submission,
} from '../../../shared/review/review-types';
import type { ReviewAction } from '../../../shared/review/review-workflow';
import type { StoredRow } from '../../../shared/records/record-types';
import type { ReviewUser } from '../../data/records';
import { repository } from '../../data/repository-instance';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { useSession } from '../../app/session-store';
import { ReturnDialog } from './ReturnDialog';
import { T } from './texts';
import { useFeedbackFocus } from './feedback-focus';

export interface ReviewActionsProps {
  readonly workspaceId: string;
  readonly submission: Submission;
  readonly allowed: readonly ReviewActionType[];
  readonly user: ReviewUser;
  readonly table: TableDef;
  readonly rows: readonly StoredRow[];
  /** The checklist the approval is judged against (null while it is being computed). */
  readonly checklist: Checklist | null;
  readonly level: ReviewLevel;
  readonly ticks: readonly string[];
  onDone(): Promise<void>;
}

export function ReviewActions(p: ReviewActionsProps) {
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState<ReviewActionType | null>(null);
  const [returning, setReturning] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [reopenReason, setReopenReason] = useState('');
  // After a return of another department's slice, the next step (the feedback bundle) stays on screen.
  const [returnedTo, setReturnedTo] = useState<string | null>(null);
  const data = useWorkspaceData((s) => s.data);
  const go = useSession((s) => s.go);
  const key = {
    workspaceId: p.workspaceId,
    departmentCode: p.submission.departmentCode,
    tableCode: p.submission.tableCode,
  };

  const run = async (type: ReviewActionType, action: ReviewAction): Promise<boolean> => {
    setBusy(type);
    const r = await repository().reviewAction(key, action, p.user);
    setBusy(null);
    if (!r.ok) {
      message.error({ content: r.error.message, duration: 8 });
      return false;
    }
    message.success(T.done[type]);
    await p.onDone();
    return true;
  };

  const click = (type: ReviewActionType) => {
    if (type === 'return') setReturning(true);
    else if (type === 'reopen') setReopening(true);
    else if (type === 'approve') {
      if (p.checklist)
        void run(type, { type: 'approve', level: p.level, checklist: p.checklist, ticks: p.ticks });
    } else if (type === 'submit')
      void run(type, p.checklist ? { type: 'submit', checklist: p.checklist } : { type: 'submit' });
    else void run(type, { type } as ReviewAction);
  };

  const confirmReturn = async (reason: string, comments: CellComment[]) => {
    if (!(await run('return', { type: 'return', reason, comments }))) return;
    setReturning(false);
    const station = data?.workspace.station;
    const dept = p.submission.departmentCode;
    if (station && station.role !== 'department' && dept !== station.departmentCode)
      setReturnedTo(data.departments.find((d) => d.code === dept)?.name ?? dept);
  };

  return (
    <>
      {returnedTo !== null && (
        <Alert
          type="info"
          showIcon
          data-testid="feedback-next"
          title={T.returnedNext(returnedTo)}
          action={
            <Button
              size="small"
              type="primary"
              onClick={() => {
                useFeedbackFocus.getState().request();
                go('completeness');
              }}
            >
              {T.goFeedback}
            </Button>
          }
          style={{ marginBottom: 8 }}
        />
      )}
      <Space wrap data-testid="review-actions">
        {p.allowed.map((a) => (
          <Button
            key={a}
            type={a === 'approve' || a === 'submit' ? 'primary' : 'default'}
            danger={a === 'return'}
            loading={busy === a}
            disabled={a === 'approve' && p.checklist === null}
            onClick={() => click(a)}
          >
            {T.actions[a]}
          </Button>
        ))}
      </Space>
      <ReturnDialog
        open={returning}
        table={p.table}
        rows={p.rows}
        onCancel={() => setReturning(false)}
        onConfirm={confirmReturn}
      />
      <Modal
        open={reopening}
        title={T.reopenTitle}
        onCancel={() => setReopening(false)}
        okButtonProps={{ disabled: reopenReason.trim() === '' }}
        onOk={async () => {
          if (await run('reopen', { type: 'reopen', reason: reopenReason })) setReopening(false);
        }}
      >
        <Input.TextArea
          aria-label={T.reopenReason}
          placeholder={T.reopenReason}
          value={reopenReason}
          onChange={(e) => setReopenReason(e.target.value)}
        />
      </Modal>
    </>
  );
}
