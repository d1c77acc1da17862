/**
 * Copy out of the grid: the cells as shown, as TSV (text/plain, which parseTsv and Excel/WPS read back
 * as the same cells) and as an HTML table marked as text (mso-number-format:"\@"), so Excel keeps an
 * 18-digit ID number or a leading-zero code as typed instead of turning it into 1.1E+17 or 510201→number.
 */
import { toTsv } from '../../../../shared/values/tsv';
import type { Range } from './selection';

export type TextAt = (viewRow: number, col: number) => string;

export function rangeCells(range: Range, textAt: TextAt): string[][] {
  const out: string[][] = [];
  for (let row = range.r0; row <= range.r1; row++) {
    const line: string[] = [];
    for (let col = range.c0; col <= range.c1; col++) line.push(textAt(row, col));
    out.push(line);
  }
  return out;
}

const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '<br style="mso-data-placement:same-cell;">');

/** `asText(i)`: whether the i-th copied column holds codes or text (numbers stay numbers in Excel). */
export function clipboardFlavours(
  cells: readonly (readonly string[])[],
  asText: (i: number) => boolean,
): { text: string; html: string } {
  const td = (c: string, i: number) =>
    asText(i) ? `<td style="mso-number-format:'\\@'">${escapeHtml(c)}</td>` : `<td>${escapeHtml(c)}</td>`;
  const body = cells.map((r) => `<tr>${r.map(td).join('')}</tr>`).join('');
  return { text: toTsv(cells), html: `<html><body><table>${body}</table></body></html>` };
}
