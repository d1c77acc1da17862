/**
 * What the canvas draws: glide column headers (required mark, unit, sort arrow) and each cell's text and
 * colour — red for an error (kept raw text included), yellow for an empty required cell, orange for a
 * warning. A failed rule tints the cell and draws a bar on its left edge (red: error, orange: warning)
 * while the text keeps its colour, so it is told apart from a value the column cannot hold; a reviewer's
 * comment draws Excel's triangle in the top-right corner (red while open, green once the value changed),
 * and an empty cell whose file value an import could not read draws it in blue.
 * Called for every visible cell on every frame, so it only looks things up.
 */
import {
  GridCellKind,
  type DrawCellCallback,
  type GridCell,
  type GridColumn as GlideColumn,
  type Theme,
} from '@glideapps/glide-data-grid';
import type { FieldDef } from '../../../shared/catalog/catalog-types';
import type { StoredRow } from '../../../shared/records/record-types';
import type { Justification } from '../../../shared/review/review-types';
import type { CellIssue } from '../../../shared/values/cell-issue';
import { columnWidth, type GridColumn } from './model/grid-columns';
import { cellText, type SortSpec } from './model/grid-view';
import { issuesOf, type IssueIndex } from './model/issue-index';
import type { PinnedComment } from './pinned-comments';
import type { MarkLevel } from './rule-marks';
import { T } from './texts';

const NUMERIC: ReadonlySet<FieldDef['type']> = new Set(['integer', 'decimal', 'percent']);

export const GRID_THEME: Partial<Theme> = {
  fontFamily:
    '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif',
  baseFontStyle: '13px',
  headerFontStyle: '600 13px',
  editorFontSize: '13px',
  accentColor: '#1677ff',
  accentLight: 'rgba(22, 119, 255, 0.12)',
  bgHeader: '#f5f7fa',
  bgHeaderHasFocus: '#e6f0ff',
  bgHeaderHovered: '#eaeef5',
  textHeader: '#1f2937',
  borderColor: 'rgba(0, 0, 0, 0.12)',
  horizontalBorderColor: 'rgba(0, 0, 0, 0.09)',
  cellHorizontalPadding: 6,
};

const ERROR_THEME: Partial<Theme> = { bgCell: '#fff1f0', textDark: '#cf1322' };
const REQUIRED_THEME: Partial<Theme> = { bgCell: '#fffbe6', textDark: '#bfbfbf' };
const WARNING_THEME: Partial<Theme> = { bgCell: '#fff7e6', textDark: '#ad4e00' };
const META_THEME: Partial<Theme> = { textDark: '#8c8c8c', bgCell: '#fafafa' };
const RULE_ERROR_THEME: Partial<Theme> = { bgCell: '#fff1f0' };
const RULE_WARNING_THEME: Partial<Theme> = { bgCell: '#fff7e6' };

/** Bits of a cell's extra marks, carried on the glide cell for drawMarks. */
export const MARK = { ruleError: 1, ruleWarning: 2, commentOpen: 4, commentChanged: 8, dropped: 16 } as const;
export const MARK_COLORS = {
  ruleError: '#f5222d',
  ruleWarning: '#fa8c16',
  commentOpen: '#f5222d',
  commentChanged: '#52c41a',
  dropped: '#1677ff',
} as const;
export type MarkedCell = GridCell & { readonly mark?: number };

/** Row id → field key lookups of rule marks, pinned comments and import notes (empty maps cost one size check). */
export interface CellMarks {
  readonly rules: ReadonlyMap<string, ReadonlyMap<string, MarkLevel>>;
  readonly comments: ReadonlyMap<string, ReadonlyMap<string, PinnedComment>>;
  readonly dropped: ReadonlyMap<string, ReadonlyMap<string, Justification>>;
}

export const NO_MARKS: CellMarks = { rules: new Map(), comments: new Map(), dropped: new Map() };

/** The cell's mark bits (0 for most cells); `empty`: the cell holds no value (an import note shows then). */
export function markOf(marks: CellMarks, rowId: string, key: string, empty = false): number {
  let mark = 0;
  if (marks.rules.size > 0) {
    const level = marks.rules.get(rowId)?.get(key);
    if (level) mark = level === 'error' ? MARK.ruleError : MARK.ruleWarning;
  }
  if (marks.comments.size > 0) {
    const c = marks.comments.get(rowId)?.get(key);
    if (c) mark |= c.changed ? MARK.commentChanged : MARK.commentOpen;
  }
  if (empty && marks.dropped.size > 0 && marks.dropped.get(rowId)?.has(key)) mark |= MARK.dropped;
  return mark;
}

/** glide's drawCell hook, passed only while some cell is marked: the content, then bar and triangle. */
export const drawMarks: DrawCellCallback = (args, drawContent) => {
  drawContent();
  const mark = (args.cell as MarkedCell).mark;
  if (!mark) return;
  const { ctx, rect } = args;
  // glide's text renderer sets fillStyle once per column run and assumes it stays: put it back.
  const fill = ctx.fillStyle;
  if (mark & (MARK.ruleError | MARK.ruleWarning)) {
    ctx.fillStyle = mark & MARK.ruleError ? MARK_COLORS.ruleError : MARK_COLORS.ruleWarning;
    ctx.fillRect(rect.x + 1, rect.y + 2, 3, rect.height - 4);
  }
  if (mark & (MARK.commentOpen | MARK.commentChanged | MARK.dropped)) {
    const right = rect.x + rect.width;
    ctx.beginPath();
    ctx.moveTo(right - 9, rect.y + 1);
    ctx.lineTo(right - 1, rect.y + 1);
    ctx.lineTo(right - 1, rect.y + 9);
    ctx.closePath();
    ctx.fillStyle =
      mark & MARK.commentOpen
        ? MARK_COLORS.commentOpen
        : mark & MARK.commentChanged
          ? MARK_COLORS.commentChanged
          : MARK_COLORS.dropped;
    ctx.fill();
  }
  ctx.fillStyle = fill;
};

export function headerTitle(column: GridColumn, sort: SortSpec | null, col: number): string {
  const arrow = sort?.col === col ? (sort.dir === 'asc' ? ' ↑' : ' ↓') : '';
  if (column.kind === 'meta') return (column.meta === 'by' ? T.metaBy : T.metaAt) + arrow;
  const f = column.field;
  return `${f.required ? '* ' : ''}${f.label}${f.unit ? `（${f.unit}）` : ''}${arrow}`;
}

export function glideColumns(
  columns: readonly GridColumn[],
  sort: SortSpec | null,
  widths: ReadonlyMap<number, number>,
): GlideColumn[] {
  return columns.map((c, i) => ({
    id: c.kind === 'field' ? c.field.key : `_${c.meta}`,
    title: headerTitle(c, sort, i),
    width: widths.get(i) ?? columnWidth(c),
    hasMenu: true,
    themeOverride: c.kind === 'field' && c.field.required ? { textHeader: '#1f2937' } : undefined,
  }));
}

function themeFor(issue: CellIssue | undefined): Partial<Theme> | undefined {
  if (!issue) return undefined;
  if (issue.code === 'required') return REQUIRED_THEME;
  return issue.severity === 'error' ? ERROR_THEME : WARNING_THEME;
}

/** The glide cell of one view cell; `row` is undefined for the trailing blank row. */
export function gridCell(
  column: GridColumn | undefined,
  row: StoredRow | undefined,
  issues: IssueIndex,
  marks: CellMarks = NO_MARKS,
): MarkedCell {
  if (!column || !row)
    return { kind: GridCellKind.Text, data: '', displayData: '', allowOverlay: false, readonly: true };
  const text = cellText(column, row);
  if (column.kind === 'meta') {
    return {
      kind: GridCellKind.Text,
      data: text,
      displayData: text,
      allowOverlay: false,
      readonly: true,
      themeOverride: META_THEME,
    };
  }
  const issue = issuesOf(issues, row)?.get(column.field.key);
  const numeric = NUMERIC.has(column.field.type) && typeof row.values[column.field.key] === 'number';
  const value = row.values[column.field.key];
  const mark = markOf(marks, row.id, column.field.key, value === undefined || value === null || value === '');
  return {
    kind: GridCellKind.Text,
    data: text,
    displayData: issue?.code === 'required' ? T.required : text,
    allowOverlay: false,
    readonly: true,
    contentAlign: numeric ? 'right' : 'left',
    themeOverride:
      themeFor(issue) ??
      (mark & MARK.ruleError ? RULE_ERROR_THEME : mark & MARK.ruleWarning ? RULE_WARNING_THEME : undefined),
    mark,
  };
}
