/**
 * 更新 from a frozen slice (shared/review/slice-update.ts): when one of the table's update points is
 * due for this slice, the filling station reopens it to draft with a reason, through the writer's
 * audited 更新 step, and edits and re-submits it; every other table stays frozen.
 */
import { App as AntApp, Alert, Button, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { dueUpdatePoint } from '../../../shared/review/slice-update';
import { toYyyymmdd } from '../../../shared/tasks/my-tasks';
import { useSession } from '../../app/session-store';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { displayDate } from '../../ui/date-fields';
import type { GridStore } from './grid-store';
import { U } from './texts';

const localDay = (iso: string) => toYyyymmdd(new Date(iso));

export function UpdateAction({ store }: { store: GridStore }) {
  const { message } = AntApp.useApp();
  const { repo, slice } = store.deps;
  const user = useSession((s) => s.user);
  const frozen = useStore(store.api, (s) => s.frozen);
  const station = useWorkspaceData((s) => s.data?.workspace.station);
  const task = useWorkspaceData((s) => s.data?.tasks.find((t) => t.tableCode === slice.tableCode));
  const [point, setPoint] = useState<string | null>(null);
  const [reason, setReason] = useState<string | null>(null);
  const own =
    station !== undefined && station.role !== 'office' && station.departmentCode === slice.departmentCode;
  useEffect(() => {
    if (!frozen || !own) return;
    let live = true;
    void Promise.all([repo.listSubmissions(slice.workspaceId), repo.listSlices(slice.workspaceId)]).then(
      ([subs, slices]) => {
        const sub = subs.find(
          (s) => s.tableCode === slice.tableCode && s.departmentCode === slice.departmentCode,
        );
        const at = slices.find(
          (s) => s.tableCode === slice.tableCode && s.departmentCode === slice.departmentCode,
        );
        const due = dueUpdatePoint(sub, task, at?.updatedAt ?? null, toYyyymmdd(new Date()), localDay);
        if (live) setPoint(due.ok ? due.value : null);
      },
    );
    return () => {
      live = false;
    };
  }, [repo, slice, frozen, own, task]);
  if (!frozen || !own || point === null || !user) return null;

  const run = async () => {
    if ((reason ?? '').trim() === '') return void message.error(U.reasonRequired);
    const r = await repo.reviewAction(slice, { type: 'update', reason: reason ?? '' }, user);
    if (!r.ok) return void message.error({ content: r.error.message, duration: 8 });
    message.success(U.done);
    setReason(null);
    await store.load();
  };

  return (
    <>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 8 }}
        data-testid="update-due"
        title={U.due(displayDate(point))}
        action={
          <Button size="small" type="primary" onClick={() => setReason('')} data-testid="update-open">
            {U.open}
          </Button>
        }
      />
      <Modal
        open={reason !== null}
        title={U.title(slice.tableCode)}
        okText={U.ok}
        cancelText={U.cancel}
        onOk={() => void run()}
        onCancel={() => setReason(null)}
      >
        <Typography.Paragraph type="secondary">{U.hint}</Typography.Paragraph>
        <Input.TextArea
          rows={3}
          value={reason ?? ''}
          placeholder={U.placeholder}
          aria-label={U.reason}
          onChange={(e) => setReason(e.target.value)}
          data-testid="update-reason"
        />
      </Modal>
    </>
  );
}
