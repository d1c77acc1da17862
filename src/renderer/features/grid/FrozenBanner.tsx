/**
 * The read-only notice above a frozen slice: why it is frozen and how it becomes writable again — by 更新
 * for a due update point (any day for a table updated on change) or 申请更新 (the 更新 bar below, same standing), or by the station that may return it.
 */
import { Alert } from 'antd';
import { useStore } from 'zustand';
import { displayDate } from '../../ui/date-fields';
import type { GridStore } from './grid-store';
import { T } from './texts';
import type { UpdateStanding } from './use-update-standing';

export function FrozenBanner({ store, standing }: { store: GridStore; standing: UpdateStanding | null }) {
  const frozen = useStore(store.api, (s) => s.frozen);
  if (!frozen) return null;
  // In a locked year neither 更新 nor 申请更新 opens a table: only the office's reopen does.
  const how =
    frozen.code === 'year-locked'
      ? T.frozenHow(frozen.whoCanReopen, true)
      : standing?.onChange === true && standing.point !== null
        ? T.frozenOnChange
        : standing?.point != null
          ? T.frozenUpdate(displayDate(standing.point))
          : standing?.askable !== true
            ? T.frozenHow(frozen.whoCanReopen, false)
            : standing.last?.status === 'pending'
              ? T.frozenAsked(frozen.whoCanReopen)
              : T.frozenAsk(frozen.whoCanReopen);
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 8 }}
      title={T.frozenTitle(frozen.reason)}
      description={how}
      data-testid="slice-frozen"
    />
  );
}
