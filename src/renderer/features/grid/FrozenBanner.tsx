/** The read-only notice above a frozen slice: why it is frozen and who can make it writable again. */
import { Alert } from 'antd';
import { useStore } from 'zustand';
import type { GridStore } from './grid-store';
import { T } from './texts';

export function FrozenBanner({ store }: { store: GridStore }) {
  const frozen = useStore(store.api, (s) => s.frozen);
  if (!frozen) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 8 }}
      title={T.frozenTitle(frozen.reason)}
      description={T.frozenHow(frozen.whoCanReopen)}
      data-testid="slice-frozen"
    />
  );
}
