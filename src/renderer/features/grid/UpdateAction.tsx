/**
 * 实时采集 on a frozen slice at its filling station (shared/review/slice-update.ts, update-request.ts):
 * when one of the table's update points is due, 更新 reopens the slice to draft with a reason through
 * the writer's audited step (on any day for a table updated when its facts change); otherwise the station may 申请更新, which travels to the office on the
 * slice's route (through its summary department, if any) and comes back answered in the office's feedback
 * bundle. Every other table stays frozen.
 */
import { App as AntApp, Alert, Button } from 'antd';
import { useState } from 'react';
import { newUuid } from '../../../shared/ids';
import { useSession } from '../../app/session-store';
import { displayDate } from '../../ui/date-fields';
import { formatLocalTime } from '../../ui/local-time';
import type { GridStore } from './grid-store';
import { ReasonDialog } from '../../ui/ReasonDialog';
import { U } from './texts';
import type { UpdateStanding } from './use-update-standing';

export function UpdateAction({
  store,
  standing,
  refresh,
}: {
  store: GridStore;
  standing: UpdateStanding | null;
  refresh: () => void;
}) {
  const { message } = AntApp.useApp();
  const { repo, slice } = store.deps;
  const user = useSession((s) => s.user);
  const [dialog, setDialog] = useState<'update' | 'ask' | null>(null);
  if (standing === null || !user) return null;
  const { point, askable, last, via, onChange } = standing;
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
    refresh();
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
      ? onChange
        ? U.onChange
        : U.due(displayDate(point))
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
        required={dialog === 'ask' ? U.askRequired : U.reasonRequired}
        onOk={(reason) => write(dialog ?? 'update', reason)}
        onCancel={() => setDialog(null)}
      />
    </>
  );
}
