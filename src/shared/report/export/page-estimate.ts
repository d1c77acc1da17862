/**
 * The page each table-of-contents heading falls on, estimated from the export model the way the .docx lays
 * it out (docx-builder.ts, docx-styles.ts): the cover, the 目录, then every chapter from a page break; body
 * text on exact 28 pt lines of 三号 characters, headings, captions, tables whose rows do not split and
 * whose header repeats, pictures and charts at the size they are drawn, footnotes. Readers that do not
 * update fields (LibreOffice, WPS, viewers) show these numbers; Word recomputes them on open.
 *
 * `docx/layout`'s estimator lays out pages as Word does but took ten times the packing time of the whole
 * report, so this counts lines instead. Line heights of "auto" spacing follow the open CJK fonts the
 * report falls back to (docs/fonts/README.md), the widest of the fonts it may be read in.
 */
import type { Block, ExportDoc, Run } from './export-model';
import { SIZE, TEXT_HEIGHT_TWIPS as TEXT_HEIGHT, TEXT_TWIPS as TEXT_WIDTH } from './docx-styles';
import { DATA_TABLE_WIDTHS } from './docx-table';
/** The body's exact line (docx-styles.ts), which every paragraph without its own spacing keeps. */
const LINE = 560;
/** Height of a line of "auto" spacing per point of type: the CJK fallback fonts' ascent + descent. */
const AUTO_EM = 1.45;
/** Word's default cell margins, left and right. */
const CELL_MARGINS = 216;
/** Pictures and charts are drawn this many pixels wide at most (96 dpi); 15 twips a pixel. */
const TWIPS_PER_PX = 15;

/** What takes room on a page, in twips. */
type Flow =
  | {
      readonly kind: 'lines';
      readonly lines: number;
      readonly line: number;
      readonly before?: number;
      readonly after?: number;
      readonly mark?: true;
    }
  | { readonly kind: 'rows'; readonly rows: readonly number[]; readonly header: number }
  | { readonly kind: 'box'; readonly height: number }
  /** A footnote: room at the foot of the page its reference is on. */
  | { readonly kind: 'note'; readonly height: number }
  /** A page break: in an empty paragraph of its own (`inParagraph`), or before a chapter's heading. */
  | { readonly kind: 'break'; readonly inParagraph: boolean };

/** Width of a character in ems: Chinese characters and full-width punctuation one, Latin text half. */
const em = (c: number): number => (c < 0x2e80 ? 0.5 : 1);

/** Lines a text takes in a column `capacity` ems wide, the first line `indent` ems in. */
export function textLines(text: string, capacity: number, indent = 0): number {
  let lines = 0;
  for (const part of text.split('\n')) {
    let used = indent;
    let count = 1;
    for (let i = 0; i < part.length; i++) {
      const w = em(part.charCodeAt(i));
      if (used + w > capacity + 1e-9) {
        count += 1;
        used = 0;
      }
      used += w;
    }
    lines += count;
  }
  return lines;
}

const runText = (runs: readonly Run[]): string =>
  runs.map((r) => (r.footnote === undefined ? r.text : '')).join('');
/** Ems a line of type `halfPoints` holds across the text width less `indent` twips. */
const capacity = (halfPoints: number, indent = 0): number => (TEXT_WIDTH - indent) / (halfPoints * 10);
const autoLine = (halfPoints: number, spacing: number): number =>
  Math.round(halfPoints * 10 * AUTO_EM * spacing);

const body = (text: string): Flow => ({
  kind: 'lines',
  lines: textLines(text, capacity(SIZE.body), 2),
  line: LINE,
});
const caption = (text: string): Flow => ({
  kind: 'lines',
  lines: textLines(text, capacity(SIZE.small)),
  line: LINE,
});
/** A note under a table: 表注, the cells' size on single spacing. */
const tableNote = (text: string): Flow => ({
  kind: 'lines',
  lines: textLines(text, capacity(SIZE.cell)),
  line: autoLine(SIZE.cell, 1.15),
  after: 60,
});

function footnotes(runs: readonly Run[]): Flow[] {
  return runs.flatMap((r) =>
    r.footnote === undefined
      ? []
      : [
          {
            kind: 'box' as const,
            height: textLines(r.footnote, capacity(SIZE.small)) * autoLine(SIZE.small, 1.5),
          },
        ],
  );
}

function table(
  head: readonly string[] | null,
  rows: readonly (readonly string[])[],
  widths?: readonly number[],
): Flow {
  const columns = (head ?? rows[0] ?? []).length || 1;
  const total = widths?.reduce((a, b) => a + b, 0) ?? 0;
  const twips = (i: number) =>
    widths && total > 0 ? (TEXT_WIDTH * (widths[i] ?? 0)) / total : TEXT_WIDTH / columns;
  const cellLine = autoLine(SIZE.cell, 1.15);
  const height = (cells: readonly string[]) =>
    Math.max(1, ...cells.map((c, i) => textLines(c, (twips(i) - CELL_MARGINS) / (SIZE.cell * 10)))) *
    cellLine;
  const header = head ? height(head) : 0;
  return { kind: 'rows', rows: [...(head ? [header] : []), ...rows.map(height)], header };
}

/** A picture paragraph: as tall as the picture, on single ("auto") spacing. */
const picture = (heightPx: number): Flow => ({ kind: 'box', height: heightPx * TWIPS_PER_PX + 20 });

export interface PictureSizes {
  /** Drawn height in pixels of an image by its source, of a chart by its id; null when it is not drawn. */
  image(src: string): number | null;
  chart(chartId: string): number | null;
}

function blockFlow(b: Block, sizes: PictureSizes): Flow[] {
  switch (b.kind) {
    case 'heading': {
      const level = Math.max(1, b.level);
      const lines = textLines(runText(b.runs), capacity(SIZE.body));
      const mark = level <= 2 ? { mark: true as const } : {};
      return [
        level === 1
          ? { kind: 'lines', lines, line: LINE, before: 240, after: 120, ...mark }
          : { kind: 'lines', lines, line: LINE, ...mark },
        ...footnotes(b.runs),
      ];
    }
    case 'paragraph':
      return [
        b.role === 'tableNote' ? tableNote(runText(b.runs)) : body(runText(b.runs)),
        ...footnotes(b.runs),
      ];
    case 'list':
      return b.items.flatMap((item, i) => [
        body(`${b.ordered ? `${i + 1}. ` : '· '}${runText(item)}`),
        ...footnotes(item),
      ]);
    case 'table': {
      const [first, ...rest] = b.rows;
      const head = first?.header ? first.cells : null;
      const rows = (head ? rest : b.rows).map((r) => r.cells);
      return [...(b.title ? [caption(b.title)] : []), table(head, rows, b.widths)];
    }
    case 'image': {
      const h = sizes.image(b.src);
      return h === null ? [] : [picture(h), ...(b.caption ? [caption(b.caption)] : [])];
    }
    case 'chart': {
      const h = sizes.chart(b.chartId);
      return [h === null ? body('') : picture(h), caption(b.caption)];
    }
    case 'dataTable':
      return [caption(b.caption), b.rows.length > 0 ? table(b.head, b.rows, DATA_TABLE_WIDTHS) : body('')];
    case 'case':
      return [
        { kind: 'lines', lines: textLines(`【案例】${b.title}`, capacity(SIZE.body)), line: LINE },
        ...(b.department ? [{ kind: 'lines' as const, lines: 1, line: LINE }] : []),
        ...b.text.split('\n').map(body),
        ...b.photos.flatMap((p) => blockFlow({ kind: 'image', src: p, caption: '' }, sizes)),
      ];
  }
}

/** The page of each mark, counting from the page `flow` starts on. */
function paginate(flow: readonly Flow[], firstPage: number): number[] {
  const marks: number[] = [];
  let page = firstPage;
  /** Room taken on the page by the body, and by its footnotes at the foot. */
  let y = 0;
  let foot = 0;
  /** Spacing before a paragraph is kept at the top of a page only after a page break. */
  let broken = true;
  const next = () => {
    page += 1;
    y = 0;
    foot = 0;
    broken = false;
  };
  const fits = (h: number) => y + foot + h <= TEXT_HEIGHT;
  for (const f of flow) {
    if (f.kind === 'break') {
      // A page break in an empty paragraph: its line stays on this page (on a full page: a blank one)
      // before what follows starts the next. A heading that breaks before itself just starts the next.
      if (f.inParagraph && !fits(LINE)) next();
      next();
      broken = true;
      continue;
    }
    if (f.kind === 'note') {
      foot += f.height;
    } else if (f.kind === 'box') {
      if (y > 0 && !fits(f.height)) next();
      y += f.height;
    } else if (f.kind === 'rows') {
      f.rows.forEach((h, i) => {
        // Rows do not split; a row that does not fit starts the next page under the repeated header.
        if (y > (i === 0 ? 0 : f.header) && !fits(h)) {
          next();
          if (i > 0) y = f.header;
        }
        y += h;
      });
    } else {
      const before = y > 0 || broken ? (f.before ?? 0) : 0;
      if (!fits(before + f.line)) next();
      else y += before;
      if (f.mark) marks.push(page);
      for (let l = 0; l < f.lines; l++) {
        if (!fits(f.line)) next();
        y += f.line;
      }
      y += f.after ?? 0;
    }
    broken = false;
  }
  return marks;
}

export interface TocEntry {
  readonly title: string;
  readonly level: number;
}

/** The headings the table of contents lists (levels 1–2), in order. */
export function tocEntries(doc: ExportDoc): TocEntry[] {
  return doc.chapters.flatMap((ch) =>
    ch.blocks.flatMap((b) =>
      b.kind === 'heading' && Math.max(1, b.level) <= 2
        ? [{ title: runText(b.runs), level: Math.max(1, b.level) }]
        : [],
    ),
  );
}

/**
 * The estimated page of each entry of `tocEntries(doc)`, as the footer numbers it: the cover and the 目录
 * are a section of their own without page numbers, the body is numbered from 1.
 */
export function estimateTocPages(doc: ExportDoc, sizes: PictureSizes): number[] {
  const flow: Flow[] = [];
  // As the builder breaks: before a chapter's first heading, else in a paragraph of its own; the first
  // chapter opens the body's section, which starts on a page of its own.
  doc.chapters.forEach((ch, i) => {
    if (i > 0) flow.push({ kind: 'break', inParagraph: ch.blocks[0]?.kind !== 'heading' });
    flow.push(...ch.blocks.flatMap((b) => blockFlow(b, sizes)));
  });
  return paginate(flow, 1);
}
