/**
 * An annex table laid out as the reports print it: 项目 / 单位 / the two columns / 数据来源, a row not yet
 * confirmed against the year's notice marked 未核实. The editor's live table, the .docx and HTML exports
 * and the .xlsx upload all draw this grid, so they cannot disagree.
 *
 * A figure is printed bare — the 单位 column says what it counts — at the decimals it is shown with
 * elsewhere. A cell that has no figure because it cannot be computed shows a dash and a note number, the
 * reason itself goes under the table (one note per distinct reason): a long reason in a narrow figure
 * column would stretch the row over five lines. 未填报 is short and stays in its cell.
 */
import { formatValue } from '../report/live-values';
import { NOT_ENTERED, type AnnexCell, type AnnexTableResult } from './annex-compute';

export const UNVERIFIED_MARK = '（未核实）';

export interface AnnexGrid {
  readonly title: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Printed under the table: the numbered reasons (注1：…), then where computed values come from. */
  readonly notes: readonly string[];
}

function sourceText(row: AnnexTableResult['rows'][number]): string {
  if (row.def.source.kind === 'indicator') return '状态数据';
  const named = [...new Set(row.cells.flatMap((c) => (c.ok ? [c.source] : [])))];
  return named.length ? named.join('；') : row.def.source.document;
}

/**
 * A figure as the annex prints it: no unit, its decimals kept (3.50, not 3.5), at least `decimals` of
 * them: a row's two figures are printed alike (95.20 beside 96.03, not 95.2).
 */
export function annexFigure(cell: Extract<AnnexCell, { ok: true }>, decimals = 0): string {
  return cell.decimals === undefined
    ? String(cell.value)
    : formatValue(cell.value, Math.max(cell.decimals, decimals));
}

/** The decimals a row's figures are printed with: the most either has. */
export const rowDecimals = (cells: readonly AnnexCell[]): number =>
  Math.max(0, ...cells.map((c) => (c.ok ? (c.decimals ?? 0) : 0)));

export const noteMark = (n: number): string => `—（注${n}）`;

export function annexGrid(result: AnnexTableResult): AnnexGrid {
  const computed = result.rows.find((r) => r.def.source.kind === 'indicator' && r.cells[1].ok);
  const snapshot = computed?.cells[1].ok ? computed.cells[1].source : '';
  const reasons: string[] = [];
  const cellText = (c: AnnexCell, decimals: number): string => {
    if (c.ok) return annexFigure(c, decimals);
    if (c.reason === NOT_ENTERED) return c.reason;
    let n = reasons.indexOf(c.reason) + 1;
    if (n === 0) n = reasons.push(c.reason);
    return noteMark(n);
  };
  const rows = result.rows.map((r) => {
    const decimals = rowDecimals(r.cells);
    return [
      r.def.verified ? r.def.name : `${r.def.name}${UNVERIFIED_MARK}`,
      r.def.unit,
      cellText(r.cells[0], decimals),
      cellText(r.cells[1], decimals),
      sourceText(r),
    ];
  });
  return {
    title: result.def.name,
    head: ['项目', '单位', result.columnLabels[0], result.columnLabels[1], '数据来源'],
    rows,
    notes: [
      ...reasons.map((reason, i) => `注${i + 1}：${reason}`),
      ...(snapshot ? [`状态数据取自：${snapshot}`] : []),
    ],
  };
}
