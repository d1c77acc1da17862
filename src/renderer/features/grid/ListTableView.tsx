/**
 * A list table: toolbar, the entry grid, the problem panel and the last action's notice. The grid paints
 * first; the antd toolbar (its styles cost more than the grid's first frame) mounts right after.
 */
import { Alert, Spin, type InputRef } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { EntryGrid } from './EntryGrid';
import { GridToolbar } from './GridToolbar';
import { IssuePanel } from './IssuePanel';
import type { GridStore } from './grid-store';
import { T } from './texts';
import { useAfterPaint } from './use-after-paint';

/** The toolbar's height while it is not mounted yet, so the grid does not move when it appears. */
const TOOLBAR_SPACE = { height: 32, marginBottom: 8 } as const;

/** The last action's notice (its own component: a notice must not re-render the toolbar and the grid). */
function GridNotice({ store }: { store: GridStore }) {
  const notice = useStore(store.api, (s) => s.notice);
  useEffect(() => {
    if (!notice || notice.kind === 'error') return;
    const t = setTimeout(
      () => store.api.setState((s) => (s.notice?.id === notice.id ? { notice: null } : {})),
      8000,
    );
    return () => clearTimeout(t);
  }, [notice, store]);
  return (
    <div style={{ minHeight: 22, marginBottom: 4, fontSize: 13 }} data-testid="grid-notice">
      {notice && (
        <span
          style={{
            color: notice.kind === 'error' ? '#cf1322' : notice.kind === 'warning' ? '#ad4e00' : '#595959',
          }}
        >
          {notice.text}
        </span>
      )}
    </div>
  );
}

export function ListTableView({ store }: { store: GridStore }) {
  const status = useStore(store.api, (s) => s.status);
  const loadError = useStore(store.api, (s) => s.loadError);
  const [issuesOpen, setIssuesOpen] = useState(false);
  const searchRef = useRef<InputRef | null>(null);
  const filterRef = useRef<InputRef | null>(null);
  const painted = useAfterPaint(status === 'ready');
  const focusSearch = useCallback(() => searchRef.current?.focus(), []);
  const focusColumnFilter = useCallback(
    (col: number) => {
      const s = store.api.getState();
      store.setView(s.sort, { ...s.filter, col });
      filterRef.current?.focus();
    },
    [store],
  );

  if (status === 'loading') return <Spin description={T.loading} data-testid="grid-loading" />;
  if (status === 'failed') return <Alert type="error" title={T.loadFailed(loadError ?? '')} />;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: 'calc(100vh - 190px)', minHeight: 360 }}>
      {painted ? (
        <GridToolbar
          store={store}
          searchRef={searchRef}
          filterRef={filterRef}
          issuesOpen={issuesOpen}
          onToggleIssues={() => setIssuesOpen((o) => !o)}
        />
      ) : (
        <div style={TOOLBAR_SPACE} />
      )}
      <GridNotice store={store} />
      <div style={{ display: 'flex', gap: 8, flex: 1, minHeight: 0 }}>
        <div style={{ flex: 1, minWidth: 0, border: '1px solid #e5e7eb', background: '#fff' }}>
          <EntryGrid store={store} focusSearch={focusSearch} focusColumnFilter={focusColumnFilter} />
        </div>
        {issuesOpen && <IssuePanel store={store} />}
      </div>
    </div>
  );
}
