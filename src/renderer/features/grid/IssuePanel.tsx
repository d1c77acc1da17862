/** 问题清单: every error and empty required cell, in row order; a click selects the cell in the grid. */
import { Empty, List, Typography } from 'antd';
import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { GridStore } from './grid-store';
import { NO_FILTER } from './model/grid-view';
import { listIssues, type IssueItem } from './model/issue-index';
import { T } from './texts';

const LIMIT = 500;

export function jumpToIssue(store: GridStore, item: IssueItem): void {
  let s = store.api.getState();
  let viewRow = s.view ? s.view.indexOf(item.storedIndex) : item.storedIndex;
  if (viewRow < 0) {
    // The filter hides the row: show everything (keeping the sort) so the cell can be reached.
    store.setView(s.sort, NO_FILTER);
    s = store.api.getState();
    viewRow = s.view ? s.view.indexOf(item.storedIndex) : item.storedIndex;
  }
  const col = s.columns.findIndex((c) => c.kind === 'field' && c.field.key === item.fieldKey);
  if (viewRow >= 0 && col >= 0) store.goTo(col, viewRow);
}

export function IssuePanel({ store }: { store: GridStore }) {
  const s = useStore(store.api);
  const items = useMemo(() => listIssues(s.table, s.rows, s.issues, LIMIT), [s.table, s.rows, s.issues, s.version]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <div data-testid="issue-panel" style={{ width: 320, flex: '0 0 320px', background: '#fff', border: '1px solid #f0f0f0', borderRadius: 6, display: 'flex', flexDirection: 'column', minHeight: 0 }}>
      <div style={{ padding: '8px 12px', borderBottom: '1px solid #f0f0f0', fontWeight: 600 }}>
        {T.issuePanel}
        {items.length >= LIMIT && (
          <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 8 }}>
            {T.issueLimit(LIMIT)}
          </Typography.Text>
        )}
      </div>
      <div style={{ overflowY: 'auto', flex: 1 }}>
        {items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={T.noIssues} />
        ) : (
          <List
            size="small"
            dataSource={items}
            renderItem={(item) => (
              <List.Item style={{ cursor: 'pointer', paddingInline: 12 }} onClick={() => jumpToIssue(store, item)} data-testid="issue-item">
                <div>
                  <Typography.Text type={item.issue.code === 'required' ? 'warning' : 'danger'} style={{ fontSize: 12 }}>
                    {T.rowLabel(item.storedIndex + 1)}
                  </Typography.Text>
                  <div style={{ fontSize: 13 }}>{item.issue.message}</div>
                  {item.issue.raw !== undefined && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      原文：{item.issue.raw}
                    </Typography.Text>
                  )}
                </div>
              </List.Item>
            )}
          />
        )}
      </div>
    </div>
  );
}
