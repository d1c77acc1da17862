/**
 * What the canvas draws: glide column headers (required mark, unit, sort arrow) and each cell's text and
 * colour — red for an error (kept raw text included), yellow for an empty required cell, orange for a
 * warning. Called for every visible cell on every frame, so it only looks things up.
 */
import { GridCellKind, type GridCell, type GridColumn as GlideColumn, type Theme } from '@glideapps/glide-data-grid';
import type { FieldDef } from '../../../shared/catalog/catalog-types';
import type { StoredRow } from '../../../shared/records/record-types';
import type { CellIssue } from '../../../shared/values/cell-issue';
import { columnWidth, type GridColumn } from './model/grid-columns';
import { cellText, type SortSpec } from './model/grid-view';
import type { IssueIndex } from './model/issue-index';
import { T } from './texts';

const NUMERIC: ReadonlySet<FieldDef['type']> = new Set(['integer', 'decimal', 'percent']);

export const GRID_THEME: Partial<Theme> = {
  fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif',
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

export function headerTitle(column: GridColumn, sort: SortSpec | null, col: number): string {
  const arrow = sort?.col === col ? (sort.dir === 'asc' ? ' ↑' : ' ↓') : '';
  if (column.kind === 'meta') return (column.meta === 'by' ? T.metaBy : T.metaAt) + arrow;
  const f = column.field;
  return `${f.required ? '* ' : ''}${f.label}${f.unit ? `（${f.unit}）` : ''}${arrow}`;
}

export function glideColumns(columns: readonly GridColumn[], sort: SortSpec | null, widths: ReadonlyMap<number, number>): GlideColumn[] {
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
export function gridCell(column: GridColumn | undefined, row: StoredRow | undefined, issues: IssueIndex): GridCell {
  if (!column || !row) return { kind: GridCellKind.Text, data: '', displayData: '', allowOverlay: false, readonly: true };
  const text = cellText(column, row);
  if (column.kind === 'meta') {
    return { kind: GridCellKind.Text, data: text, displayData: text, allowOverlay: false, readonly: true, themeOverride: META_THEME };
  }
  const issue = issues.byRow.get(row.id)?.get(column.field.key);
  const numeric = NUMERIC.has(column.field.type) && typeof row.values[column.field.key] === 'number';
  return {
    kind: GridCellKind.Text,
    data: text,
    displayData: issue?.code === 'required' ? T.required : text,
    allowOverlay: false,
    readonly: true,
    contentAlign: numeric ? 'right' : 'left',
    themeOverride: themeFor(issue),
  };
}
