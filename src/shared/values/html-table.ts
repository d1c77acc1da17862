/**
 * The text/html clipboard flavour of Excel and WPS (and browsers): a <table> with <tr>/<td>, merged cells
 * as colspan/rowspan, mso-* styles, conditional comments, <br> for in-cell line breaks and source lines
 * wrapped at arbitrary points. A small tolerant scanner, not a DOM (src/shared has none): it reads the
 * first top-level table, expands merged cells to empty cells so the grid stays rectangular, and ignores
 * everything it does not need. Text is what the user saw: runs of source whitespace collapse to one
 * space as in a browser, &nbsp; (Excel's mso-spacerun) becomes a plain space and is kept.
 */
import { decodeHtmlEntities } from './html-entities';

/** The HTML spec's limit; also keeps a hostile colspan from allocating millions of cells. */
const MAX_COLSPAN = 1000;
const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set([
  'style',
  'script',
  'title',
  'xml',
  'textarea',
  'template',
]);

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly attrs: ReadonlyMap<string, string>;
  readonly end: number;
}

const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/** Reads the tag starting at `start` ('<'); null when it is not a tag (a literal '<' in text). */
function readTag(html: string, start: number): Tag | null {
  let i = start + 1;
  const closing = html[i] === '/';
  if (closing) i++;
  const nameMatch = /^[a-zA-Z][a-zA-Z0-9:_-]*/.exec(html.slice(i, i + 64));
  if (nameMatch === null) return null;
  const name = nameMatch[0].toLowerCase();
  i += nameMatch[0].length;
  const attrs = new Map<string, string>();
  while (i < html.length) {
    while (isSpace(html[i]) || html[i] === '/') i++;
    if (i >= html.length) break;
    if (html[i] === '>') return { name, closing, attrs, end: i + 1 };
    let j = i;
    while (j < html.length && !isSpace(html[j]) && html[j] !== '=' && html[j] !== '>' && html[j] !== '/') j++;
    const attrName = html.slice(i, Math.max(j, i + 1)).toLowerCase();
    i = Math.max(j, i + 1);
    while (isSpace(html[i])) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (isSpace(html[i])) i++;
      const q = html[i];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, i + 1);
        const stop = close === -1 ? html.length : close;
        value = html.slice(i + 1, stop);
        i = stop + 1;
      } else {
        let k = i;
        while (k < html.length && !isSpace(html[k]) && html[k] !== '>') k++;
        value = html.slice(i, k);
        i = k;
      }
    }
    attrs.set(attrName, decodeHtmlEntities(value));
  }
  return { name, closing, attrs, end: html.length };
}

function span(attrs: ReadonlyMap<string, string>, name: string, max: number): number {
  const n = parseInt(attrs.get(name) ?? '1', 10);
  // rowspan=0 means "to the end of the table"; spans are clipped to the rows that exist anyway.
  if (name === 'rowspan' && n === 0) return max;
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/** Builds the grid: places cells, carries rowspans into later rows, pads to a rectangle. */
class GridBuilder {
  private readonly rows: string[][] = [];
  private row: string[] | null = null;
  /** For each column, how many more rows a rowspan above still covers. */
  private carry: number[] = [];
  private col = 0;

  startRow(): void {
    this.row = [];
    this.rows.push(this.row);
    this.col = 0;
    for (let c = 0; c < this.carry.length; c++) {
      if ((this.carry[c] ?? 0) > 0) {
        this.row[c] = '';
        this.carry[c] = (this.carry[c] ?? 0) - 1;
      }
    }
  }

  addCell(text: string, colspan: number, rowspan: number): void {
    if (this.row === null) this.startRow();
    const row = this.row as string[];
    while (row[this.col] !== undefined) this.col++;
    row[this.col] = text;
    for (let c = this.col; c < this.col + colspan; c++) {
      if (c > this.col) row[c] = '';
      this.carry[c] = Math.max(this.carry[c] ?? 0, rowspan - 1);
    }
    this.col += colspan;
  }

  endRow(): void {
    this.row = null;
  }

  result(): string[][] {
    const width = this.rows.reduce((w, r) => Math.max(w, r.length), 0);
    return this.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
  }
}

function finishCellText(parts: string): string {
  return parts
    .replace(/ *\n */g, '\n')
    .replace(/^ +| +$/g, '')
    .replace(/\u00a0/g, ' ');
}

/** Rows of cell texts from clipboard HTML; [] when it holds no table (use the text/plain flavour then). */
export function parseHtmlTable(html: string): string[][] {
  const grid = new GridBuilder();
  let depth = 0;
  let seenTable = false;
  let cell: { text: string; colspan: number; rowspan: number } | null = null;
  const closeCell = (): void => {
    if (cell !== null) grid.addCell(finishCellText(cell.text), cell.colspan, cell.rowspan);
    cell = null;
  };
  const appendText = (raw: string): void => {
    if (cell === null || raw === '') return;
    const text = decodeHtmlEntities(raw.replace(/[ \t\r\n\f]+/g, ' '));
    // A collapsed space right after a line break or at the cell start would not be displayed either.
    cell.text +=
      cell.text === '' || cell.text.endsWith('\n') || cell.text.endsWith(' ') ? text.replace(/^ /, '') : text;
  };

  // Lowercased copy for finding </style> etc., made only if such an element occurs.
  let lower: string | null = null;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? html.length : lt;
    // Text of a nested table (depth > 1) still belongs to the outer cell it sits in.
    if (depth >= 1) appendText(html.slice(i, textEnd));
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const close = html.indexOf('>', lt);
      i = close === -1 ? html.length : close + 1;
      continue;
    }
    const tag = readTag(html, lt);
    if (tag === null) {
      if (depth >= 1) appendText('<');
      i = lt + 1;
      continue;
    }
    i = tag.end;
    if (!tag.closing && RAW_TEXT_ELEMENTS.has(tag.name)) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${tag.name}`, i);
      i = close === -1 ? html.length : html.indexOf('>', close) + 1 || html.length;
      continue;
    }
    if (tag.name === 'table') {
      if (!tag.closing) {
        if (depth === 0 && seenTable) break;
        depth++;
        seenTable = true;
      } else if (depth > 0) {
        depth--;
        if (depth === 0) {
          closeCell();
          break;
        }
      }
      continue;
    }
    if (depth !== 1) {
      if (depth > 1 && tag.name === 'br') appendLineBreak();
      continue;
    }
    switch (tag.name) {
      case 'tr':
        closeCell();
        grid.endRow();
        if (!tag.closing) grid.startRow();
        break;
      case 'td':
      case 'th':
        closeCell();
        if (!tag.closing) {
          cell = {
            text: '',
            colspan: span(tag.attrs, 'colspan', MAX_COLSPAN),
            rowspan: span(tag.attrs, 'rowspan', Number.MAX_SAFE_INTEGER),
          };
        }
        break;
      case 'br':
        appendLineBreak();
        break;
      case 'p':
      case 'div':
        if (!tag.closing && cell !== null && cell.text !== '' && !cell.text.endsWith('\n')) appendLineBreak();
        break;
      default:
        break;
    }
  }
  closeCell();
  return grid.result();

  function appendLineBreak(): void {
    if (cell !== null) cell.text = cell.text.replace(/ $/, '') + '\n';
  }
}
