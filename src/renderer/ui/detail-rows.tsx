/**
 * Technical details behind a 详情 button in a table row: the row shows what a clerk needs in plain
 * words; hashes, key ids and sequence numbers open below the row for the office that checks them.
 * A real button in a titled column (not antd's untitled expand column), so it is reachable by Tab and
 * the header is never empty.
 */
import { useState, type ReactNode } from 'react';
import { Collapse, Descriptions, Typography } from 'antd';
import type { ColumnType, TableProps } from 'antd/es/table';
import { LinkButton } from './LinkButton';

export const DETAILS = { title: '详情', show: '详情', hide: '收起' } as const;

/** One labelled technical value; long values are shown in full, in a code font, and can be copied. */
export interface DetailItem {
  readonly label: string;
  readonly value: string;
}

export function DetailList({ items }: { items: readonly DetailItem[] }) {
  return (
    <Descriptions column={1} size="small" data-testid="tech-details">
      {items.map((i) => (
        <Descriptions.Item key={i.label} label={i.label}>
          <Typography.Text code copyable style={{ fontSize: 12, wordBreak: 'break-all' }}>
            {i.value}
          </Typography.Text>
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

/** A folded 详情 under a card's plain content, for the same technical values outside a table. */
export function DetailsBlock({ items }: { items: readonly DetailItem[] }) {
  return (
    <Collapse
      ghost
      size="small"
      items={[{ key: 'details', label: DETAILS.title, children: <DetailList items={items} /> }]}
    />
  );
}

export function useDetailRows<T>(
  keyOf: (row: T) => string,
  details: (row: T) => readonly DetailItem[],
): { column: ColumnType<T>; expandable: TableProps<T>['expandable'] } {
  const [open, setOpen] = useState<readonly string[]>([]);
  const toggle = (k: string) => setOpen((o) => (o.includes(k) ? o.filter((x) => x !== k) : [...o, k]));
  const render = (row: T): ReactNode => <DetailList items={details(row)} />;
  return {
    column: {
      title: DETAILS.title,
      width: 64,
      render: (_, row) => {
        const k = keyOf(row);
        const shown = open.includes(k);
        return (
          <LinkButton aria-expanded={shown} onClick={() => toggle(k)}>
            {shown ? DETAILS.hide : DETAILS.show}
          </LinkButton>
        );
      },
    },
    expandable: {
      expandedRowKeys: [...open],
      expandedRowRender: render,
      showExpandColumn: false,
    },
  };
}
