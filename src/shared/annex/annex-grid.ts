/**
 * An annex table laid out as the reports print it: 项目 / 单位 / the two columns / 数据来源, a row not yet
 * confirmed against the year's notice marked 未核实. The editor's live table, the .docx and HTML exports
 * and the .xlsx upload all draw this grid, so they cannot disagree.
 */
import type { AnnexTableResult } from './annex-compute';
import { annexCellText } from './annex-resolver';

export const UNVERIFIED_MARK = '（未核实）';

export interface AnnexGrid {
  readonly title: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Where computed values come from (the snapshot), for the note under the table. */
  readonly note: string;
}

function sourceText(row: AnnexTableResult['rows'][number]): string {
  if (row.def.source.kind === 'indicator') return '状态数据';
  const named = [...new Set(row.cells.flatMap((c) => (c.ok ? [c.source] : [])))];
  return named.length ? named.join('；') : row.def.source.document;
}

export function annexGrid(result: AnnexTableResult): AnnexGrid {
  const computed = result.rows.find((r) => r.def.source.kind === 'indicator' && r.cells[1].ok);
  const snapshot = computed?.cells[1].ok ? computed.cells[1].source : '';
  return {
    title: result.def.name,
    head: ['项目', '单位', result.columnLabels[0], result.columnLabels[1], '数据来源'],
    rows: result.rows.map((r) => [
      r.def.verified ? r.def.name : `${r.def.name}${UNVERIFIED_MARK}`,
      r.def.unit,
      annexCellText(r.cells[0]),
      annexCellText(r.cells[1]),
      sourceText(r),
    ]),
    note: snapshot ? `状态数据取自：${snapshot}` : '',
  };
}
