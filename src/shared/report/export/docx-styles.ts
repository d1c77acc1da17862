/**
 * The report's Word styles: 正文 (body, first line indented two characters), headings, captions, table
 * text and footnotes, in official-document fonts and sizes. Paragraphs name a style instead of carrying
 * their own fonts and indents, as Word writes a styled document: the office can restyle the whole report
 * in Word, and the document is a third smaller and packs faster.
 */
import type { IRunOptions, IStylesOptions } from 'docx';
import { LATIN_FONT, REPORT_FONTS } from './report-fonts';

export const FONTS = {
  title: REPORT_FONTS.title.name,
  body: REPORT_FONTS.body.name,
  heading1: REPORT_FONTS.heading1.name,
  heading2: REPORT_FONTS.heading2.name,
  latin: LATIN_FONT,
} as const;

/** A4 in twips, with the official-document margins (37 mm top, 35 mm bottom, 28 / 26 mm sides). */
export const REPORT_PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 },
} as const;

/** The text's width and height between the margins, in twips. */
export const TEXT_TWIPS = REPORT_PAGE.width - REPORT_PAGE.margin.left - REPORT_PAGE.margin.right;
export const TEXT_HEIGHT_TWIPS = REPORT_PAGE.height - REPORT_PAGE.margin.top - REPORT_PAGE.margin.bottom;

/** Half-points: 二号 22pt, 三号 16pt, 小四 12pt, 五号 10.5pt. */
export const SIZE = { title: 44, body: 32, small: 24, cell: 21, footer: 28 } as const;

/** Style ids the builder's paragraphs name. */
export const STYLE = {
  body: 'ReportBody',
  caption: 'ReportCaption',
  cell: 'ReportCell',
  title: 'ReportTitle',
  note: 'ReportNote',
  tocTitle: 'ReportTocTitle',
  tableNote: 'ReportTableNote',
} as const;

// hint: quotation marks, dashes and 、 take the Chinese font, as Word and WPS set Chinese text.
export const font = (eastAsia: string): IRunOptions['font'] => ({
  eastAsia,
  ascii: FONTS.latin,
  hAnsi: FONTS.latin,
  hint: 'eastAsia',
});

/**
 * One CJK font for Latin text too: a Latin font's digits at the same point size stand visibly smaller than
 * the Chinese glyphs beside them (Times New Roman's figures are two-thirds of the em square, a Chinese
 * glyph fills it), which shows in short table cells. A CJK font's own half-width figures are drawn to
 * match its Chinese.
 */
export const cjkFont = (name: string): IRunOptions['font'] => ({
  eastAsia: name,
  ascii: name,
  hAnsi: name,
  hint: 'eastAsia',
});

const heading = (level: 1 | 2 | 3, eastAsia: string, bold: boolean) => ({
  id: `Heading${level}`,
  name: `Heading ${level}`,
  basedOn: 'Normal',
  next: STYLE.body,
  quickFormat: true,
  run: { font: font(eastAsia), size: SIZE.body, bold },
  // A heading never ends a page: it stays with the text it introduces.
  paragraph: {
    keepNext: true,
    keepLines: true,
    ...(level === 1 ? { spacing: { before: 240, after: 120 } } : {}),
  },
});

export const REPORT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: font(FONTS.body), size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-CN' } },
      paragraph: { spacing: { line: 560, lineRule: 'exact' } },
    },
  },
  paragraphStyles: [
    heading(1, FONTS.heading1, false),
    heading(2, FONTS.heading2, false),
    heading(3, FONTS.body, true),
    {
      id: STYLE.body,
      name: '正文段落',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { indent: { firstLine: 640 } },
    },
    {
      id: STYLE.caption,
      name: '图表题注',
      basedOn: 'Normal',
      next: STYLE.body,
      run: { font: font(FONTS.heading1), size: SIZE.small },
      paragraph: { alignment: 'center' },
    },
    {
      // 五号, single-spaced (Word's 1.15): a table row is a line or two, not the body's 28 pt lines. Every
      // report table uses it — the quality report's, the enterprise reports', annexes and the analysis note.
      // Figures are set in the cells' Chinese font so 1234 reads as large as the text beside it.
      id: STYLE.cell,
      name: '表格文字',
      basedOn: 'Normal',
      run: { font: cjkFont(FONTS.body), size: SIZE.cell },
      paragraph: { spacing: { line: 276, lineRule: 'auto' } },
    },
    {
      // Under a table: its notes (注1：…) and where its figures come from, in the table's size, unindented.
      id: STYLE.tableNote,
      name: '表注',
      basedOn: 'Normal',
      next: STYLE.body,
      run: { size: SIZE.cell },
      paragraph: { spacing: { line: 276, lineRule: 'auto', after: 60 } },
    },
    {
      id: STYLE.title,
      name: '报告标题',
      basedOn: 'Normal',
      run: { font: font(FONTS.title), size: SIZE.title },
      // Exactly 1.6 lines of 二号: a title that wraps stays one block, not two lines a third of a page apart.
      paragraph: { alignment: 'center', spacing: { before: 2400, after: 600, line: 700, lineRule: 'exact' } },
    },
    {
      id: STYLE.tocTitle,
      name: '目录标题',
      basedOn: 'Normal',
      run: { font: font(FONTS.heading1), size: SIZE.body },
      paragraph: { alignment: 'center', spacing: { after: 240 } },
    },
    {
      id: STYLE.note,
      name: '脚注文字',
      basedOn: 'Normal',
      run: { size: SIZE.small },
      paragraph: { spacing: { line: 360, lineRule: 'auto' } },
    },
  ],
};
