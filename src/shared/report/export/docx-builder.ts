/**
 * The report as a Word document (`docx`): A4, official-document style — title 方正小标宋简体 二号, body
 * 仿宋_GB2312 三号, headings 黑体 / 楷体_GB2312 — page numbers "— 1 —", a table of contents with estimated
 * page numbers (docx-toc.ts; Word refreshes them on open), numbered figure and table captions, charts as PNG, tables as real Word tables, footnotes as
 * Word footnotes. Pure: runs in the export Worker and in Node tests alike.
 */
import type { Table } from 'docx';
import {
  AlignmentType,
  Bookmark,
  Document,
  FootnoteReferenceRun,
  Footer,
  HeadingLevel,
  ImageRun,
  NumberFormat,
  PageBreak,
  PageNumber,
  Packer,
  Paragraph,
  SectionType,
  TextRun,
} from 'docx';
import { sourceLine, type Block, type ExportDoc, type Run } from './export-model';
import { FONTS, font, REPORT_PAGE, REPORT_STYLES, SIZE, STYLE } from './docx-styles';
import { DATA_TABLE_WIDTHS, styledTable } from './docx-table';
import { tableOfContents, type TocLink } from './docx-toc';
import { estimateTocPages } from './page-estimate';
import { fontTableXml } from './report-fonts';
import { CONTENT_PX, dataUrlImage, pictureSizes, type DocxImages } from './docx-pictures';

export { FONTS } from './docx-styles';
export type { DocxImages } from './docx-pictures';

/** The body's exact 28 pt line would clip an inline picture to one line: picture paragraphs use auto. */
const IMAGE_LINE = { line: 240, lineRule: 'auto' } as const;

class Builder {
  private figures = 0;
  private tables = 0;
  readonly footnotes: Record<number, { children: Paragraph[] }> = {};
  private nextFootnote = 1;
  /** Headings of levels 1–2, for the table of contents, each linked to a bookmark on its heading. */
  readonly toc: TocLink[] = [];

  /** The next heading starts a new page (a chapter's first heading). */
  breakBeforeHeading = false;
  /** Level-1 headings of the chapter being written stand centred (the 责任声明's). */
  centreHeadings = false;

  constructor(private readonly images: DocxImages) {}

  runs(runs: readonly Run[]): (TextRun | FootnoteReferenceRun)[] {
    return runs.map((r) => {
      if (r.footnote !== undefined) {
        const id = this.nextFootnote++;
        this.footnotes[id] = {
          children: [
            new Paragraph({
              style: STYLE.note,
              children: [new TextRun(r.footnote)],
            }),
          ],
        };
        return new FootnoteReferenceRun(id);
      }
      // Only what a run sets is written: an explicit "not bold" on every run would double the XML.
      if (r.text === '\n') return new TextRun({ break: 1 });
      if (!r.bold && !r.italic && !r.underline) return new TextRun(r.text);
      return new TextRun({
        text: r.text,
        ...(r.bold ? { bold: true } : {}),
        ...(r.italic ? { italics: true } : {}),
        ...(r.underline ? { underline: {} } : {}),
      });
    });
  }

  /** A table's caption stands above it and stays on its page; a figure's stands below it. */
  caption(kind: '图' | '表', text: string): Paragraph {
    const n = kind === '图' ? ++this.figures : ++this.tables;
    return new Paragraph({
      style: STYLE.caption,
      ...(kind === '表' ? { keepNext: true } : {}),
      children: [new TextRun(`${kind} ${n}\u3000${text}`)],
    });
  }

  table(
    head: readonly string[] | null,
    rows: readonly (readonly string[])[],
    widths?: readonly number[],
    centred?: readonly number[],
  ): Table {
    return styledTable(head, rows, widths, centred ? { centred } : {});
  }

  block(b: Block): (Paragraph | Table)[] {
    switch (b.kind) {
      case 'heading': {
        const level = Math.max(1, b.level);
        const runs = this.runs(b.runs);
        let children: (TextRun | FootnoteReferenceRun | Bookmark)[] = runs;
        if (level <= 2) {
          const href = `_Toc${this.toc.length + 1}`;
          this.toc.push({
            title: b.runs.map((r) => (r.footnote === undefined ? r.text : '')).join(''),
            level,
            href,
          });
          children = [new Bookmark({ id: href, children: runs })];
        }
        const heading =
          level === 1
            ? HeadingLevel.HEADING_1
            : level === 2
              ? HeadingLevel.HEADING_2
              : HeadingLevel.HEADING_3;
        const pageBreakBefore = this.breakBeforeHeading;
        this.breakBeforeHeading = false;
        return [
          new Paragraph({
            heading,
            ...(pageBreakBefore ? { pageBreakBefore } : {}),
            ...(level === 1 && this.centreHeadings ? { alignment: AlignmentType.CENTER } : {}),
            children,
          }),
        ];
      }
      case 'paragraph':
        return [
          new Paragraph({
            style: b.role === 'tableNote' ? STYLE.tableNote : STYLE.body,
            children: this.runs(b.runs),
          }),
        ];
      case 'list':
        return b.items.map(
          (item, i) =>
            new Paragraph({
              style: STYLE.body,
              children: [new TextRun(b.ordered ? `${i + 1}. ` : '· '), ...this.runs(item)],
            }),
        );
      case 'table': {
        const [first, ...rest] = b.rows;
        const head = first?.header ? first.cells : null;
        // A table typed in the text has no caption and takes no number; an annex's title is unnumbered.
        return [
          ...(b.title
            ? [new Paragraph({ style: STYLE.caption, keepNext: true, children: [new TextRun(b.title)] })]
            : []),
          this.table(
            head,
            (head ? rest : b.rows).map((r) => r.cells),
            b.widths,
            b.centred,
          ),
        ];
      }
      case 'image': {
        const img = dataUrlImage(b.src);
        if (!img) return [];
        return [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: IMAGE_LINE,
            // The caption under a picture goes to the next page with it, never alone.
            ...(b.caption ? { keepNext: true } : {}),
            children: [
              new ImageRun({
                type: img.type,
                data: img.data,
                transformation: { width: img.width, height: img.height },
              }),
            ],
          }),
          ...(b.caption ? [this.caption('图', b.caption)] : []),
        ];
      }
      case 'chart': {
        const png = this.images.charts.get(b.chartId);
        const body = png
          ? new Paragraph({
              alignment: AlignmentType.CENTER,
              spacing: IMAGE_LINE,
              keepNext: true,
              children: [
                new ImageRun({
                  type: 'png',
                  data: png.png,
                  transformation: {
                    width: CONTENT_PX,
                    height: Math.round((CONTENT_PX * png.height) / png.width),
                  },
                }),
              ],
            })
          : new Paragraph({ children: [new TextRun({ text: `（图表无法生成：${b.note}）` })] });
        return [body, this.caption('图', b.caption)];
      }
      case 'dataTable':
        return [
          this.caption('表', b.caption),
          b.rows.length > 0
            ? this.table(b.head, b.rows, DATA_TABLE_WIDTHS, [1])
            : new Paragraph({ children: [new TextRun({ text: `（数据表无法生成：${b.note}）` })] }),
        ];
      case 'case':
        return [
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`【案例】${b.title}`)] }),
          ...(b.department
            ? [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(b.department)] })]
            : []),
          ...b.text.split('\n').map((t) => new Paragraph({ style: STYLE.body, children: [new TextRun(t)] })),
          ...b.photos.flatMap((p) => this.block({ kind: 'image', src: p, caption: '' })),
        ];
    }
  }
}

export function buildDocx(doc: ExportDoc, images: DocxImages): Document {
  const b = new Builder(images);
  const body: (Paragraph | Table)[] = [];
  doc.chapters.forEach((ch, i) => {
    // A chapter opens a page: its heading breaks before itself (a paragraph holding only a page break
    // would leave an empty line above the heading in Word and, in LibreOffice, sometimes a blank page).
    // The first chapter opens the body's section, which starts on a new page by itself.
    b.centreHeadings = ch.declaration === true;
    if (i > 0 && ch.blocks[0]?.kind === 'heading') b.breakBeforeHeading = true;
    else if (i > 0) body.push(new Paragraph({ children: [new PageBreak()] }));
    for (const block of ch.blocks) body.push(...b.block(block));
  });
  // The entries come from the export model's headings: docx would otherwise find them by walking the
  // whole written body again, a third of the packing time of a long report.
  const front = [
    new Paragraph({ style: STYLE.title, children: [new TextRun(doc.title)] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun(`数据来源：${sourceLine(doc)}`)],
    }),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ style: STYLE.tocTitle, children: [new TextRun('目\u3000录')] }),
    tableOfContents(b.toc, estimateTocPages(doc, pictureSizes(images))),
  ];
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            size: SIZE.footer,
            font: font(FONTS.latin),
          }),
        ],
      }),
    ],
  });
  const page = {
    size: { width: REPORT_PAGE.width, height: REPORT_PAGE.height },
    margin: REPORT_PAGE.margin,
  };
  return new Document({
    title: doc.title,
    creator: doc.school,
    features: { updateFields: true },
    styles: REPORT_STYLES,
    footnotes: b.footnotes,
    // The cover and the 目录 carry no page number; the body is numbered from 1, as official reports are.
    sections: [
      { properties: { page }, children: front },
      {
        properties: {
          type: SectionType.NEXT_PAGE,
          page: { ...page, pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL } },
        },
        footers: { default: footer },
        children: body,
      },
    ],
  });
}

export async function packDocx(doc: ExportDoc, images: DocxImages): Promise<Uint8Array> {
  // The font table names each font's substitutes (docx writes an empty one unless fonts are embedded).
  const fonts = [{ path: 'word/fontTable.xml', data: fontTableXml() }];
  return new Uint8Array(await Packer.toArrayBuffer(buildDocx(doc, images), false, fonts));
}
