/** The issue panel's lists beyond type errors: pinned comments, row-rule failures and table rules. */
import { List, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { StoredRow } from '../../../shared/records/record-types';
import type { RowRuleIssue } from '../rules/row-rule-issues';
import { valueLabel } from './cell-notes';
import type { ExtrasState, TableRuleItem } from './grid-extras';
import type { PinnedComment } from './pinned-comments';
import { levelOf } from './rule-marks';
import { T } from './texts';

export interface RuleRowItem {
  readonly storedIndex: number;
  readonly issue: RowRuleIssue;
}

/** Row-rule failures in stored row order, at most `limit`. */
export function ruleRowItems(rows: readonly StoredRow[], x: ExtrasState, limit: number): RuleRowItem[] {
  const out: RuleRowItem[] = [];
  if (x.ruleMarks.byRow.size === 0) return out;
  for (let i = 0; i < rows.length && out.length < limit; i++) {
    const found = x.ruleMarks.byRow.get((rows[i] as StoredRow).id);
    if (found) for (const issue of found) if (out.length < limit) out.push({ storedIndex: i, issue });
  }
  return out;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <div
        style={{
          padding: '6px 12px',
          background: '#fafafa',
          fontSize: 12,
          color: '#595959',
          borderBottom: '1px solid #f0f0f0',
        }}
      >
        {title}
      </div>
      {children}
    </div>
  );
}

export function CommentSection({
  comments,
  fieldLabel,
  rowOf,
  onJump,
}: {
  comments: readonly PinnedComment[];
  fieldLabel(key: string): string;
  rowOf(id: string): number;
  onJump(c: PinnedComment): void;
}) {
  if (comments.length === 0) return null;
  return (
    <Section title={T.comments}>
      <List
        size="small"
        dataSource={[...comments]}
        renderItem={(c) => {
          const row = rowOf(c.recordId);
          return (
            <List.Item
              style={{ cursor: row >= 0 ? 'pointer' : 'default', paddingInline: 12 }}
              onClick={() => onJump(c)}
              data-testid="comment-item"
            >
              <div>
                <Tag color={c.changed ? 'green' : 'red'}>{c.changed ? T.commentChanged : T.commentOpen}</Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {row >= 0 ? T.rowLabel(row + 1) : T.rowDeleted} · {fieldLabel(c.fieldKey)} · {c.by}
                </Typography.Text>
                <div style={{ fontSize: 13 }}>{c.text}</div>
                {c.changed && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {T.commentValues(valueLabel(c.returned), valueLabel(c.current))}
                  </Typography.Text>
                )}
              </div>
            </List.Item>
          );
        }}
      />
    </Section>
  );
}

export function RuleRowSection({
  items,
  onJump,
}: {
  items: readonly RuleRowItem[];
  onJump(item: RuleRowItem): void;
}) {
  if (items.length === 0) return null;
  return (
    <List
      size="small"
      dataSource={[...items]}
      renderItem={(item) => {
        const error = levelOf(item.issue.importance) === 'error';
        return (
          <List.Item
            style={{ cursor: 'pointer', paddingInline: 12 }}
            onClick={() => onJump(item)}
            data-testid="rule-item"
          >
            <div>
              <Tag color={error ? 'red' : 'orange'}>{error ? T.ruleError : T.ruleWarning}</Tag>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {T.rowLabel(item.storedIndex + 1)}
              </Typography.Text>
              <div style={{ fontSize: 13 }}>{item.issue.message}</div>
            </div>
          </List.Item>
        );
      }}
    />
  );
}

export function TableRuleSection({ items }: { items: readonly TableRuleItem[] }) {
  if (items.length === 0) return null;
  return (
    <Section title={T.tableRules}>
      <List
        size="small"
        dataSource={[...items]}
        renderItem={(t) => {
          const tag =
            t.status === 'undecidable' ? (
              <Tag>{T.undecidable}</Tag>
            ) : (
              <Tag color={levelOf(t.importance) === 'error' ? 'red' : 'orange'}>{T.ruleFailed}</Tag>
            );
          return (
            <List.Item style={{ paddingInline: 12 }} data-testid="table-rule-item">
              <div>
                {tag}
                <Typography.Text style={{ fontSize: 13 }}>{t.name}</Typography.Text>
                <div style={{ fontSize: 12, color: '#8c8c8c' }}>{t.text}</div>
              </div>
            </List.Item>
          );
        }}
      />
    </Section>
  );
}
