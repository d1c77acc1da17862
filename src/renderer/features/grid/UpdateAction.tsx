/**
 * 实时采集 on a frozen slice at its filling station (shared/review/slice-update.ts, update-request.ts):
 * when one of the table's update points is due, 更新 reopens the slice to draft with a reason through
 * the writer's audited step; otherwise the station may 申请更新, which travels to the office on the
 * slice's route (through its summary department, if any) and comes back answered in the office's feedback
 * bundle. Every other table stays frozen.
 */
import { App as AntApp, Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { newUuid } from '../../../shared/ids';
import type { Submission } from '../../../shared/review/review-types';
import { dueUpdatePoint } from '../../../shared/review/slice-update';
import type { UpdateRequest } from '../../../shared/review/update-request';
import { toYyyymmdd } from '../../../shared/tasks/my-tasks';
import { useSession } from '../../app/session-store';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { displayDate } from '../../ui/date-fields';
import { formatLocalTime } from '../../ui/local-time';
import type { GridStore } from './grid-store';
import { ReasonDialog } from '../../ui/ReasonDialog';
import { U } from './texts';

const localDay = (iso: string) => toYyyymmdd(new Date(iso));

interface Standing {
  readonly point: string | null;
  /** The slice may be asked for (frozen, not locked, no point due). */
  readonly askable: boolean;
  /** How the request travels (texts.ts U.askHint): a summary department's name, 'own' forward, or null. */
  readonly via: string | null;
  readonly last: UpdateRequest | undefined;
}

export function UpdateAction({ store }: { store: GridStore }) {
  const { message } = AntApp.useApp();
  const { repo, slice } = store.deps;
  const user = useSession((s) => s.user);
  const frozen = useStore(store.api, (s) => s.frozen);
  const station = useWorkspaceData((s) => s.data?.workspace.station);
  const departments = useWorkspaceData((s) => s.data?.departments);
  const [standing, setStanding] = useState<Standing | null>(null);
  const [dialog, setDialog] = useState<'update' | 'ask' | null>(null);
  const [tick, setTick] = useState(0);
  const own =
    station !== undefined && station.role !== 'office' && station.departmentCode === slice.departmentCode;
  useEffect(() => {
    if (!frozen || !own) return;
    let live = true;
    const mine = (s: { tableCode: string; departmentCode: string }) =>
      s.tableCode === slice.tableCode && s.departmentCode === slice.departmentCode;
    void Promise.all([
      repo.listSubmissions(slice.workspaceId),
      repo.listSlices(slice.workspaceId),
      repo.listUpdateRequests(slice.workspaceId),
      // Read fresh: the office's next setup bundle may have moved the update points since sign-in.
      repo.loadTasks(slice.workspaceId),
    ]).then(([subs, slices, requests, tasks]) => {
      const task = tasks.find((t) => t.tableCode === slice.tableCode);
      const sub: Submission | undefined = subs.find(mine);
      const at = slices.find(mine)?.updatedAt ?? null;
      const due = dueUpdatePoint(sub, task, at, toYyyymmdd(new Date()), localDay);
      const askable = !due.ok && due.error.code === 'no-update-point';
      const summary = task?.summaryDepartment ?? null;
      const via =
        summary === null
          ? null
          : summary === slice.departmentCode
            ? 'own'
            : (departments?.find((d) => d.code === summary)?.name ?? summary);
      if (live)
        setStanding({
          point: due.ok ? due.value : null,
          askable,
          via,
          last: requests.filter(mine).at(-1),
        });
    });
    return () => {
      live = false;
    };
  }, [repo, slice, frozen, own, tick, departments]);
  if (!frozen || !own || standing === null || !user) return null;
  const { point, askable, last, via } = standing;
  if (point === null && !askable) return null;

  const write = async (kind: 'update' | 'ask', reason: string): Promise<boolean> => {
    const r =
      kind === 'update'
        ? await repo.reviewAction(slice, { type: 'update', reason }, user)
        : await repo.requestUpdate(slice, newUuid(), reason, user);
    if (!r.ok) {
      message.error({ content: r.error.message, duration: 8 });
      return false;
    }
    message.success(kind === 'update' ? U.done : U.asked(via));
    setDialog(null);
    setTick((n) => n + 1);
    if (kind === 'update') await store.load();
    return true;
  };
  const pending = last?.status === 'pending' ? last : undefined;
  const refused = last?.status === 'refused' ? last : undefined;
  const button =
    point !== null ? (
      <Button size="small" type="primary" onClick={() => setDialog('update')} data-testid="update-open">
        {U.open}
      </Button>
    ) : pending === undefined ? (
      <Button size="small" onClick={() => setDialog('ask')} data-testid="update-ask">
        {U.ask}
      </Button>
    ) : null;
  const title =
    point !== null
      ? U.due(displayDate(point))
      : pending !== undefined
        ? U.pending(formatLocalTime(pending.at), pending.reason, via)
        : refused?.answer !== undefined
          ? U.refused(refused.answer.by.name, refused.answer.reason)
          : U.askable;

  return (
    <>
      <Alert
        type={point !== null ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 8 }}
        data-testid={point !== null ? 'update-due' : 'update-request'}
        title={title}
        action={button}
      />
      <ReasonDialog
        open={dialog !== null}
        title={dialog === 'ask' ? U.askTitle(slice.tableCode) : U.title(slice.tableCode)}
        hint={dialog === 'ask' ? U.askHint(via) : U.hint}
        label={dialog === 'ask' ? U.askReason : U.reason}
        placeholder={dialog === 'ask' ? U.askPlaceholder : U.placeholder}
        okText={dialog === 'ask' ? U.askOk : U.ok}
        cancelText={U.cancel}
        testId="update-reason"
        onOk={(reason) => write(dialog ?? 'update', reason)}
        onCancel={() => setDialog(null)}
      />
    </>
  );
}
