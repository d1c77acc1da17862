/**
 * The text/plain clipboard flavour of Excel and WPS: cells separated by TAB, rows by CRLF, a CRLF after
 * the last row. Excel quotes a cell only when it contains a TAB or a line break (doubling its quotes);
 * a cell that merely contains or starts with '"' is written raw. When pasting, Excel treats any cell
 * starting with '"' as quoted, so a raw '"abc"' loses its quotes in Excel itself.
 *
 * parseTsv is slightly more faithful than Excel: a quoted run is taken as quoted only when its content
 * has a TAB, a line break or a doubled quote — i.e. when a writer would have had to quote it — and
 * otherwise the quotes are part of the cell. toTsv quotes exactly the cells Excel needs quoted to paste
 * them back unchanged: those with TAB, CR or LF, or starting with '"'.
 */

const TAB = 9;
const LF = 10;
const CR = 13;
const QUOTE = 34;

/**
 * Finds the closing quote of a quoted cell starting at `open`: a '"' not part of a '""' pair that is
 * followed by TAB, a line break or the end. Returns -1 when there is none (the quote is then literal).
 */
function closingQuote(text: string, open: number): number {
  let i = open + 1;
  while (i < text.length) {
    if (text.charCodeAt(i) === QUOTE) {
      if (text.charCodeAt(i + 1) === QUOTE) {
        i += 2;
        continue;
      }
      const next = text.charCodeAt(i + 1);
      if (i + 1 === text.length || next === TAB || next === CR || next === LF) return i;
    }
    i++;
  }
  return -1;
}

function needsQuoting(content: string): boolean {
  return /[\t\r\n]|""/.test(content);
}

/** Rows of cells from clipboard text; '' gives no rows. Rows are not padded (Excel's are rectangular). */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  if (text === '') return rows;
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let cell: string;
    const close = text.charCodeAt(i) === QUOTE ? closingQuote(text, i) : -1;
    const quoted = close !== -1 ? text.slice(i + 1, close) : null;
    if (quoted !== null && needsQuoting(quoted)) {
      cell = quoted.replace(/""/g, '"');
      i = close + 1;
    } else {
      let end = i;
      while (end < text.length) {
        const c = text.charCodeAt(end);
        if (c === TAB || c === CR || c === LF) break;
        end++;
      }
      cell = text.slice(i, end);
      i = end;
    }
    row.push(cell);
    if (i >= text.length) {
      rows.push(row);
      return rows;
    }
    const c = text.charCodeAt(i);
    if (c === TAB) {
      i++;
      continue;
    }
    // Row end: CRLF (Excel), LF (macOS, web pages) or a lone CR.
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    rows.push(row);
    row = [];
    // A final line break ends the last row; it does not start an empty one.
    if (i >= text.length) return rows;
  }
}

function quoteIfNeeded(cell: string): string {
  if (cell.charCodeAt(0) !== QUOTE && !/[\t\r\n]/.test(cell)) return cell;
  return `"${cell.replace(/"/g, '""')}"`;
}

/** Clipboard text Excel/WPS paste back as the same cells: TAB/CRLF, a CRLF after every row, minimal quoting. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  let out = '';
  for (const row of rows) out += `${row.map(quoteIfNeeded).join('\t')}\r\n`;
  return out;
}
