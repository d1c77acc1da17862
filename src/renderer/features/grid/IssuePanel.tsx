/**
 * 问题清单: the return's pinned comments, every error and empty required cell and every failed row rule
 * (in row order; a click selects the cell in the grid), then the rules judged over the whole table —
 * failed, or 本站无法判断 when this station does not hold what they need.
 */
import { Empty, List, Typography } from 'antd';
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { gridExtras } from './grid-extras';
import type { GridStore } from './grid-store';
import { CommentSection, RuleRowSection, ruleRowItems, TableRuleSection } from './IssueSections';
import { NO_FILTER } from './model/grid-view';
import { listIssues, type IssueItem } from './model/issue-index';
import { T } from './texts';

const LIMIT = 500;

export function jumpToIssue(store: GridStore, item: Pick<IssueItem, 'storedIndex' | 'fieldKey'>): void {
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
  const x = useStore(gridExtras(store));
  // s.version changes when rows are edited in place (same array), so it must recompute the list.
  /* eslint-disable react-hooks/exhaustive-deps */
  const items = useMemo(
    () => listIssues(s.table, s.rows, s.issues, LIMIT),
    [s.table, s.rows, s.issues, s.version],
  );
  /* eslint-enable react-hooks/exhaustive-deps */
  const ruleItems = useMemo(() => ruleRowItems(s.rows, x, LIMIT), [s.rows, x]);
  const fieldLabel = (key: string) => s.table.fields.find((f) => f.key === key)?.label ?? key;
  const rowOf = (id: string) => s.rows.findIndex((r) => r.id === id);
  const nothing =
    items.length === 0 && ruleItems.length === 0 && x.tableRules.length === 0 && x.comments.list.length === 0;
  return (
    <div
      data-testid="issue-panel"
      style={{
        width: 320,
        flex: '0 0 320px',
        background: '#fff',
        border: '1px solid #f0f0f0',
        borderRadius: 6,
        display: 'flex',
        flexDirection: 'column',
        minHeight: 0,
      }}
    >
      <div style={{ padding: '8px 12px', borderBottom: '1px solid #f0f0f0', fontWeight: 600 }}>
        {T.issuePanel}
        {items.length >= LIMIT && (
          <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 8 }}>
            {T.issueLimit(LIMIT)}
          </Typography.Text>
        )}
      </div>
      <div style={{ overflowY: 'auto', flex: 1 }}>
        {nothing && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={T.noIssues} />}
        <CommentSection
          comments={x.comments.list}
          fieldLabel={fieldLabel}
          rowOf={rowOf}
          onJump={(c) => {
            const storedIndex = rowOf(c.recordId);
            if (storedIndex >= 0) jumpToIssue(store, { storedIndex, fieldKey: c.fieldKey });
          }}
        />
        {items.length > 0 && (
          <List
            size="small"
            dataSource={items}
            renderItem={(item) => (
              <List.Item
                style={{ cursor: 'pointer', paddingInline: 12 }}
                onClick={() => jumpToIssue(store, item)}
                data-testid="issue-item"
              >
                <div>
                  <Typography.Text
                    type={item.issue.code === 'required' ? 'warning' : 'danger'}
                    style={{ fontSize: 12 }}
                  >
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
        <RuleRowSection
          items={ruleItems}
          onJump={(it) =>
            jumpToIssue(store, { storedIndex: it.storedIndex, fieldKey: it.issue.fieldKeys[0] ?? '' })
          }
        />
        <TableRuleSection items={x.tableRules} />
      </div>
    </div>
  );
}
