/**
 * The read-only notice above a frozen slice: why it is frozen and how it becomes writable again — by 更新
 * for a due update point (any day for a table updated on change) or 申请更新 (the 更新 bar below, same standing), or by the station that may return it.
 * A copy another station sent never becomes writable here: only that station's next bundle changes it.
 */
import { Alert } from 'antd';
import { useStore } from 'zustand';
import type { SliceFrozen } from '../../../shared/review/slice-freeze';
import { displayDate } from '../../ui/date-fields';
import type { GridStore } from './grid-store';
import { T } from './texts';
import type { UpdateStanding } from './use-update-standing';

export function FrozenBanner({ store, standing }: { store: GridStore; standing: UpdateStanding | null }) {
  const frozen = useStore(store.api, (s) => s.frozen);
  if (!frozen) return null;
  const how = howToChange(frozen, standing);
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

/** The notice's second line: how the slice becomes writable again, or who changes it. */
function howToChange(frozen: SliceFrozen, standing: UpdateStanding | null): string {
  if (frozen.code === 'slice-copy') return T.frozenCopy(frozen.whoCanReopen);
  // In a locked year neither 更新 nor 申请更新 opens a table: only the office's reopen does.
  if (frozen.code === 'year-locked') return T.frozenHow(frozen.whoCanReopen, true);
  if (standing?.onChange === true && standing.point !== null) return T.frozenOnChange;
  if (standing?.point != null) return T.frozenUpdate(displayDate(standing.point));
  if (standing?.askable !== true) return T.frozenHow(frozen.whoCanReopen, false);
  return standing.last?.status === 'pending'
    ? T.frozenAsked(frozen.whoCanReopen)
    : T.frozenAsk(frozen.whoCanReopen);
}
