/**
 * 待核实 rows carried from last year (新建下一学年): how many are left, a filter to show only them, and
 * 确认无变化 for the selected rows or all of them — one audited write each; editing a row confirms it too.
 */
import { Alert, Button, Checkbox, Popconfirm, Space } from 'antd';
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { countUnconfirmed } from '../../../shared/year-close/carried-rows';
import type { GridStore } from './grid-store';
import { storedIndex, viewLength } from './model/cell-writes';
import { T } from './texts';

/** Ids of the 待核实 rows in the selected rows of the view. */
function selectedCarried(store: GridStore): string[] {
  const s = store.api.getState();
  const last = Math.min(s.selection.range.r1, viewLength(s.rows, s.view) - 1);
  const ids: string[] = [];
  for (let r = s.selection.range.r0; r <= last; r++) {
    const row = s.rows[storedIndex(s.view, r)];
    if (row?.src === 'carried') ids.push(row.id);
  }
  return ids;
}

export function CarriedBanner({ store, list }: { store: GridStore; list: boolean }) {
  const s = useStore(
    store.api,
    useShallow((st) => ({ rows: st.rows, frozen: st.frozen !== null, filter: st.filter, sort: st.sort })),
  );
  const left = useMemo(() => countUnconfirmed(s.rows), [s.rows]);
  if (left === 0 && !s.filter.onlyCarried) return null;

  const confirm = async (ids: string[] | null) => {
    if (ids !== null && ids.length === 0) return store.notify('info', T.carried.noneSelected);
    await store.flush();
    const r = await store.deps.repo.confirmCarriedRows(store.deps.slice, ids, store.deps.actor);
    if (!r.ok) return store.notify('error', r.error.message);
    await store.load();
    store.notify('info', T.carried.confirmed(ids?.length ?? left));
  };
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 8 }}
      title={<span data-testid="carried-count">{T.carried.title(left)}</span>}
      description={T.carried.how}
      data-testid="carried-banner"
      action={
        s.frozen ? undefined : (
          <Space orientation="vertical" align="end">
            {list && (
              <Checkbox
                checked={s.filter.onlyCarried === true}
                onChange={(e) => store.setView(s.sort, { ...s.filter, onlyCarried: e.target.checked })}
              >
                {T.carried.only}
              </Checkbox>
            )}
            <Space>
              {list && (
                <Button size="small" onClick={() => void confirm(selectedCarried(store))}>
                  {T.carried.confirmSelected}
                </Button>
              )}
              <Popconfirm title={T.carried.confirmAllAsk(left)} onConfirm={() => void confirm(null)}>
                <Button size="small" type="primary" disabled={left === 0}>
                  {T.carried.confirmAll}
                </Button>
              </Popconfirm>
            </Space>
          </Space>
        )
      }
    />
  );
}
