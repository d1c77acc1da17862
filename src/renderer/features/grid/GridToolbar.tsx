/** Above the grid: undo/redo, rows, fill, search and filter, the problem counts and the save state. */
import { SpreadsheetActions } from '../spreadsheet';
import { Button, Checkbox, Input, Select, Space, Tag, Tooltip, Typography, type InputRef } from 'antd';
import {
  DeleteRowOutlined,
  InsertRowAboveOutlined,
  PlusOutlined,
  RedoOutlined,
  UndoOutlined,
  VerticalAlignBottomOutlined,
} from '@ant-design/icons';
import { useState, type RefObject } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { loadBlankNotes, useRequiredCounts } from './blank-note-counts';
import { deleteRows, fillDown, insertRows, redo, undo } from './grid-commands';
import { gridExtras, ruleCounts } from './grid-extras';
import type { GridStore } from './grid-store';
import { viewLength } from './model/cell-writes';
import { findNext, formatTime } from './model/grid-view';
import { T } from './texts';

export interface GridToolbarProps {
  readonly store: GridStore;
  readonly searchRef: RefObject<InputRef | null>;
  readonly filterRef: RefObject<InputRef | null>;
  readonly issuesOpen: boolean;
  onToggleIssues(): void;
}

/** Toolbar buttons must not take the focus from the grid's input: keys keep working after a click. */
const keepFocus = { onMouseDown: (e: { preventDefault(): void }) => e.preventDefault() };

export function GridToolbar({ store, searchRef, filterRef, issuesOpen, onToggleIssues }: GridToolbarProps) {
  // Only what the controls show: an edit (rows, counts, save state) re-renders GridStatus, not the whole bar.
  const s = useStore(
    store.api,
    useShallow((st) => ({
      canUndo: st.frozen === null && st.undo.done.length > 0,
      canRedo: st.frozen === null && st.undo.undone.length > 0,
      frozen: st.frozen !== null,
      filter: st.filter,
      sort: st.sort,
      columns: st.columns,
    })),
  );
  const [search, setSearch] = useState('');

  const find = (backwards: boolean) => {
    const st = store.api.getState();
    const hit = findNext(st.rows, st.view, st.columns, search, st.selection.active, backwards);
    if (hit) store.goTo(hit.col, hit.row);
    else store.notify('info', T.searchNotFound(search));
  };
  const appendRow = () => {
    store.goTo(0, viewLength(store.api.getState().rows, store.api.getState().view));
  };

  return (
    <div
      style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginBottom: 8 }}
      data-testid="grid-toolbar"
    >
      <Space.Compact>
        <Tooltip title={T.undo}>
          <Button
            {...keepFocus}
            icon={<UndoOutlined />}
            disabled={!s.canUndo}
            onClick={() => undo(store)}
            aria-label={T.undo}
          />
        </Tooltip>
        <Tooltip title={T.redo}>
          <Button
            {...keepFocus}
            icon={<RedoOutlined />}
            disabled={!s.canRedo}
            onClick={() => redo(store)}
            aria-label={T.redo}
          />
        </Tooltip>
      </Space.Compact>
      <Space.Compact>
        <Button {...keepFocus} icon={<PlusOutlined />} disabled={s.frozen} onClick={appendRow}>
          {T.addRow}
        </Button>
        <Button
          {...keepFocus}
          icon={<InsertRowAboveOutlined />}
          disabled={s.frozen}
          onClick={() => insertRows(store)}
        >
          {T.insertRows}
        </Button>
        <Button
          {...keepFocus}
          icon={<DeleteRowOutlined />}
          danger
          disabled={s.frozen}
          onClick={() => deleteRows(store)}
        >
          {T.deleteRows}
        </Button>
        <Tooltip title={T.fillDown}>
          <Button
            {...keepFocus}
            icon={<VerticalAlignBottomOutlined />}
            disabled={s.frozen}
            onClick={() => fillDown(store)}
            aria-label={T.fillDown}
          />
        </Tooltip>
      </Space.Compact>
      <Input.Search
        ref={searchRef}
        size="middle"
        style={{ width: 200 }}
        placeholder={T.search}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onSearch={() => find(false)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && e.shiftKey) {
            e.preventDefault();
            find(true);
          }
        }}
        data-testid="grid-search"
      />
      <Space.Compact>
        <Select
          style={{ width: 130 }}
          value={s.filter.col ?? -1}
          options={[
            { value: -1, label: T.filterAllColumns },
            ...s.columns.map((c, i) => ({
              value: i,
              label: c.kind === 'field' ? c.field.label : c.meta === 'by' ? T.metaBy : T.metaAt,
            })),
          ]}
          onChange={(v: number) => store.setView(s.sort, { ...s.filter, col: v < 0 ? null : v })}
          aria-label={T.filterAllColumns}
        />
        <Input
          ref={filterRef}
          allowClear
          style={{ width: 160 }}
          placeholder={T.filter}
          value={s.filter.text}
          onChange={(e) => store.setView(s.sort, { ...s.filter, text: e.target.value })}
          data-testid="grid-filter"
        />
      </Space.Compact>
      <Checkbox
        checked={s.filter.onlyIssues}
        onChange={(e) => store.setView(s.sort, { ...s.filter, onlyIssues: e.target.checked })}
      >
        {T.onlyIssues}
      </Checkbox>
      <span style={{ flex: 1 }} />
      <SpreadsheetActions
        table={store.deps.table}
        departmentCode={store.deps.slice.departmentCode}
        onImported={() => {
          void store.load();
          loadBlankNotes(store).catch((e: unknown) => console.error('cell notes failed', e));
        }}
        size="small"
        iconOnly
      />
      <GridStatus store={store} issuesOpen={issuesOpen} onToggleIssues={onToggleIssues} />
    </div>
  );
}

/** Row count, problem counts and save state: the part of the bar that changes with every edit. */
function GridStatus({
  store,
  issuesOpen,
  onToggleIssues,
}: Pick<GridToolbarProps, 'store' | 'issuesOpen' | 'onToggleIssues'>) {
  const st = useStore(
    store.api,
    useShallow((s) => ({
      shown: viewLength(s.rows, s.view),
      total: s.rows.length,
      checked: s.issues.ready,
      errors: s.issues.counts.errors,
      warnings: s.issues.counts.warnings,
      saving: s.pendingWrites > 0,
      lastUpdated: s.lastUpdated,
    })),
  );
  const x = useStore(gridExtras(store));
  const rc = ruleCounts(x);
  // Type errors and failed rules together: what the reviewer's checklist will count.
  const errors = st.errors + rc.errors;
  const warnings = st.warnings + rc.warnings;
  const required = useRequiredCounts(store);
  return (
    <Space size={4} wrap>
      <Tag data-testid="row-count">
        {st.shown === st.total ? T.rows(st.total) : T.shown(st.shown, st.total)}
      </Tag>
      {!st.checked && <Tag data-testid="issues-checking">{T.checkingIssues}</Tag>}
      {st.checked && (
        <>
          <Tag
            color={errors > 0 ? 'red' : 'default'}
            data-testid="error-count"
            style={{ cursor: 'pointer' }}
            onClick={onToggleIssues}
          >
            {T.errors(errors)}
          </Tag>
          <Tag
            color={required.open > 0 ? 'gold' : 'default'}
            data-testid="required-count"
            style={{ cursor: 'pointer' }}
            onClick={onToggleIssues}
          >
            {T.requiredEmpty(required.open, required.explained)}
          </Tag>
          {warnings > 0 && (
            <Tag
              color="orange"
              data-testid="warning-count"
              style={{ cursor: 'pointer' }}
              onClick={onToggleIssues}
            >
              {T.warnings(warnings)}
            </Tag>
          )}
        </>
      )}
      {rc.undecidable > 0 && <Tag data-testid="undecidable-count">{T.undecidableCount(rc.undecidable)}</Tag>}
      {x.comments.list.length > 0 && (
        <Tag
          color={x.comments.open > 0 ? 'red' : 'green'}
          data-testid="comment-count"
          style={{ cursor: 'pointer' }}
          onClick={onToggleIssues}
        >
          {T.commentsCount(x.comments.open, x.comments.list.length)}
        </Tag>
      )}
      <Button
        size="small"
        type={issuesOpen ? 'primary' : 'default'}
        onClick={onToggleIssues}
        data-testid="toggle-issues"
      >
        {T.issuePanel}
      </Button>
      <Typography.Text type="secondary" data-testid="save-state" style={{ fontSize: 12 }}>
        {st.saving ? T.saving : T.saved}
      </Typography.Text>
      <Typography.Text type="secondary" data-testid="last-updated" style={{ fontSize: 12 }}>
        {st.lastUpdated ? T.lastUpdated(formatTime(st.lastUpdated.at), st.lastUpdated.by) : T.neverUpdated}
      </Typography.Text>
    </Space>
  );
}
