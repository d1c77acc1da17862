/** The header menu (sort, filter by column), the cell context menu, and the header hover note. */
import { Dropdown, type MenuProps } from 'antd';
import { FIELD_TYPE_LABELS } from '../../../shared/catalog/catalog-types';
import type { GridColumn } from './model/grid-columns';
import { T } from './texts';

export interface MenuAt {
  readonly col: number;
  readonly x: number;
  readonly y: number;
}

function FixedAnchor({ x, y }: { x: number; y: number }) {
  return <div style={{ position: 'fixed', left: x, top: y, width: 1, height: 1 }} />;
}

export function AnchoredMenu({
  at,
  items,
  onPick,
  onClose,
  testId,
}: {
  at: MenuAt;
  items: MenuProps['items'];
  onPick(key: string): void;
  onClose(): void;
  testId: string;
}) {
  return (
    <Dropdown
      open
      trigger={[]}
      menu={{ items, onClick: (e) => onPick(e.key), ...({ 'data-testid': testId } as object) }}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <FixedAnchor x={at.x} y={at.y} />
    </Dropdown>
  );
}

export const HEADER_MENU: MenuProps['items'] = [
  { key: 'asc', label: T.sortAsc },
  { key: 'desc', label: T.sortDesc },
  { key: 'clear', label: T.sortClear },
  { type: 'divider' },
  { key: 'filter', label: T.filterColumn },
];

export const CELL_MENU: MenuProps['items'] = [
  { key: 'copy', label: T.copy },
  { key: 'cut', label: T.cut },
  { key: 'paste', label: '粘贴 (Ctrl+V)' },
  { type: 'divider' },
  { key: 'fill', label: T.fillDown },
  { key: 'clear', label: T.clear },
  { type: 'divider' },
  { key: 'insert', label: T.insertRows },
  { key: 'delete', label: T.deleteRows, danger: true },
];

/** The field's 填报说明 and type under a hovered header. */
export function HeaderTip({ column, x, y }: { column: GridColumn; x: number; y: number }) {
  if (column.kind !== 'field') return null;
  const f = column.field;
  return (
    <div
      role="tooltip"
      data-testid="header-tip"
      style={{
        position: 'fixed',
        left: x,
        top: y,
        zIndex: 1050,
        maxWidth: 360,
        background: 'rgba(0,0,0,0.85)',
        color: '#fff',
        borderRadius: 6,
        padding: '6px 10px',
        fontSize: 12,
        lineHeight: 1.6,
        pointerEvents: 'none',
        whiteSpace: 'pre-wrap',
      }}
    >
      <div style={{ fontWeight: 600 }}>
        {f.label}
        {f.required ? `（${T.headerRequired}）` : ''}
      </div>
      <div>
        {T.headerType}：{FIELD_TYPE_LABELS[f.type]}
        {f.unit ? `\u3000${T.headerUnit}：${f.unit}` : ''}
      </div>
      {f.type === 'enum' && f.options && f.options.length > 0 && (
        <div>
          选项：{f.options.slice(0, 12).join('、')}
          {f.options.length > 12 ? ' …' : ''}
        </div>
      )}
      {f.note && (
        <div>
          {T.headerNote}：{f.note}
        </div>
      )}
    </div>
  );
}
