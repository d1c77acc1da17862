/**
 * The report as a Word document (`docx`): A4, official-document style — title 方正小标宋简体 二号, body
 * 仿宋_GB2312 三号, headings 黑体 / 楷体_GB2312 — page numbers "— 1 —", a table of contents (Word fills it
 * on open), numbered figure and table captions, charts as PNG, tables as real Word tables, footnotes as
 * Word footnotes. Pure: runs in the export Worker and in Node tests alike.
 */
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  Footer,
  HeadingLevel,
  ImageRun,
  PageBreak,
  PageNumber,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { base64ToBytes } from '../../base64';
import type { Block, ExportDoc, Run } from './export-model';
import { fontTableXml, LATIN_FONT, REPORT_FONTS } from './report-fonts';

export const FONTS = {
  title: REPORT_FONTS.title.name,
  body: REPORT_FONTS.body.name,
  heading1: REPORT_FONTS.heading1.name,
  heading2: REPORT_FONTS.heading2.name,
  latin: LATIN_FONT,
} as const;

/** Half-points: 二号 22pt, 三号 16pt, 小四 12pt. */
const SIZE = { title: 44, body: 32, small: 24 } as const;
/** Content width of A4 with 2.8 cm side margins, in pixels at 96 dpi (docx's image unit). */
const CONTENT_PX = 580;

/** The body's exact 28 pt line would clip an inline picture to one line: picture paragraphs use auto. */
const IMAGE_LINE = { line: 240, lineRule: 'auto' } as const;

// hint: quotation marks, dashes and 、 take the Chinese font, as Word and WPS set Chinese text.
const font = (eastAsia: string): IRunOptions['font'] => ({
  eastAsia,
  ascii: FONTS.latin,
  hAnsi: FONTS.latin,
  hint: 'eastAsia',
});

export interface DocxImages {
  /** PNG of each chart by chart id, drawn at print resolution by the caller. */
  readonly charts: ReadonlyMap<
    string,
    { readonly png: Uint8Array; readonly width: number; readonly height: number }
  >;
}

function pngSize(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 24 || b[0] !== 0x89) return null;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

function dataUrlImage(
  src: string,
): { data: Uint8Array; type: 'png' | 'jpg' | 'gif'; width: number; height: number } | null {
  const m = /^data:image\/(png|jpeg|gif);base64,(.*)$/s.exec(src);
  const data = m ? base64ToBytes(m[2]!) : null;
  if (!m || !data) return null;
  const size = pngSize(data) ?? { width: 800, height: 600 };
  const scale = Math.min(1, CONTENT_PX / size.width);
  const type = m[1] === 'png' ? 'png' : m[1] === 'gif' ? 'gif' : 'jpg';
  return { data, type, width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}

class Builder {
  private figures = 0;
  private tables = 0;
  readonly footnotes: Record<number, { children: Paragraph[] }> = {};
  private nextFootnote = 1;

  constructor(private readonly images: DocxImages) {}

  runs(runs: readonly Run[]): (TextRun | FootnoteReferenceRun)[] {
    return runs.map((r) => {
      if (r.footnote !== undefined) {
        const id = this.nextFootnote++;
        this.footnotes[id] = {
          children: [
            new Paragraph({
              children: [new TextRun({ text: r.footnote, size: SIZE.small, font: font(FONTS.body) })],
            }),
          ],
        };
        return new FootnoteReferenceRun(id);
      }
      return new TextRun({
        text: r.text,
        bold: r.bold,
        italics: r.italic,
        ...(r.underline ? { underline: {} } : {}),
        break: r.text === '\n' ? 1 : undefined,
      });
    });
  }

  caption(kind: '图' | '表', text: string): Paragraph {
    const n = kind === '图' ? ++this.figures : ++this.tables;
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({ text: `${kind} ${n}\u3000${text}`, size: SIZE.small, font: font(FONTS.heading1) }),
      ],
    });
  }

  table(head: readonly string[] | null, rows: readonly (readonly string[])[]): Table {
    const cell = (text: string, bold: boolean) =>
      new TableCell({
        children: text
          .split('\n')
          .map((t) => new Paragraph({ children: [new TextRun({ text: t, bold, size: SIZE.small })] })),
      });
    const all = [
      ...(head ? [{ header: true, cells: head }] : []),
      ...rows.map((cells) => ({ header: false, cells })),
    ];
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: all.map(
        (r) => new TableRow({ tableHeader: r.header, children: r.cells.map((c) => cell(c, r.header)) }),
      ),
    });
  }

  block(b: Block): (Paragraph | Table)[] {
    switch (b.kind) {
      case 'heading':
        return [
          new Paragraph({
            heading:
              b.level <= 1
                ? HeadingLevel.HEADING_1
                : b.level === 2
                  ? HeadingLevel.HEADING_2
                  : HeadingLevel.HEADING_3,
            children: this.runs(b.runs),
          }),
        ];
      case 'paragraph':
        return [new Paragraph({ indent: { firstLine: 640 }, children: this.runs(b.runs) })];
      case 'list':
        return b.items.map(
          (item, i) =>
            new Paragraph({
              indent: { firstLine: 640 },
              children: [new TextRun(b.ordered ? `${i + 1}. ` : '· '), ...this.runs(item)],
            }),
        );
      case 'table': {
        const [first, ...rest] = b.rows;
        const head = first?.header ? first.cells : null;
        // A table typed in the text has no caption and takes no number.
        return [
          this.table(
            head,
            (head ? rest : b.rows).map((r) => r.cells),
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
            ? this.table(b.head, b.rows)
            : new Paragraph({ children: [new TextRun({ text: `（数据表无法生成：${b.note}）` })] }),
        ];
      case 'case':
        return [
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`【案例】${b.title}`)] }),
          ...(b.department
            ? [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(b.department)] })]
            : []),
          ...b.text
            .split('\n')
            .map((t) => new Paragraph({ indent: { firstLine: 640 }, children: [new TextRun(t)] })),
          ...b.photos.flatMap((p) => this.block({ kind: 'image', src: p, caption: '' })),
        ];
    }
  }
}

export function buildDocx(doc: ExportDoc, images: DocxImages): Document {
  const b = new Builder(images);
  const children: (Paragraph | Table | TableOfContents)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 2400, after: 600 },
      children: [new TextRun({ text: doc.title, size: SIZE.title, font: font(FONTS.title) })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun(`数据来源：${doc.snapshotLabel}${doc.draft ? '（草稿数据，未经锁定）' : ''}`)],
    }),
    new Paragraph({ children: [new PageBreak()] }),
    new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
  for (const ch of doc.chapters) {
    children.push(new Paragraph({ children: [new PageBreak()] }));
    for (const block of ch.blocks) children.push(...b.block(block));
  }
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28, font: font(FONTS.latin) }),
        ],
      }),
    ],
  });
  return new Document({
    title: doc.title,
    creator: doc.school,
    features: { updateFields: true },
    styles: {
      default: {
        document: {
          run: { font: font(FONTS.body), size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: 560, lineRule: 'exact' } },
        },
      },
      paragraphStyles: [
        {
          id: 'Heading1',
          name: 'Heading 1',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: font(FONTS.heading1), size: SIZE.body, bold: false },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        {
          id: 'Heading2',
          name: 'Heading 2',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: font(FONTS.heading2), size: SIZE.body, bold: false },
        },
        {
          id: 'Heading3',
          name: 'Heading 3',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: font(FONTS.body), size: SIZE.body, bold: true },
        },
      ],
    },
    footnotes: b.footnotes,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 },
          },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
}

export async function packDocx(doc: ExportDoc, images: DocxImages): Promise<Uint8Array> {
  // The font table names each font's substitutes (docx writes an empty one unless fonts are embedded).
  const fonts = [{ path: 'word/fontTable.xml', data: fontTableXml() }];
  return new Uint8Array(await Packer.toArrayBuffer(buildDocx(doc, images), false, fonts));
}
