/**
 * Packs the 核心数据分析报告 into .docx with the report's Word styles and font table (docx-styles.ts,
 * report-fonts.ts), so the note reads like the quality report. Pure: runs in the note's Worker and in
 * Node tests alike.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  TextRun,
  type Table,
} from 'docx';
import { REPORT_STYLES, STYLE } from '../report/export/docx-styles';
import { styledTable, type TableLayoutOptions } from '../report/export/docx-table';
import { fontTableXml } from '../report/export/report-fonts';
import type { AnalysisNoteModel, NoteIndicatorRow } from './analysis-note-model';

const body = (text: string) => new Paragraph({ style: STYLE.body, children: [new TextRun(text)] });
const heading = (text: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
const caption = (text: string) => new Paragraph({ style: STYLE.caption, children: [new TextRun(text)] });
/** A remark about a table or rule, in the smaller note size rather than the 三号 body. */
const note = (text: string) => new Paragraph({ style: STYLE.note, children: [new TextRun(text)] });
const stamp = (iso: string) => iso.slice(0, 16).replace('T', ' ');

export const NO_PREV_TEXT = '本站没有上年数据，表中不列上年值。';

/** A4 with 2.54 cm margins: the text is 11906 − 2 × 1440 twips wide, about 601 px at 96 dpi. */
const PAGE = { width: 11906, height: 16838, margin: 1440 } as const;
const TEXT_TWIPS = PAGE.width - 2 * PAGE.margin;
const TEXT_PX = Math.floor((TEXT_TWIPS / 1440) * 96);
/** Tables in the report's 表格文字 (五号, single-spaced), over this page's text width. */
const NOTE_TABLE: TableLayoutOptions = { textTwips: TEXT_TWIPS };
/** Column widths in percent of the text width. */
const cols = (...percent: number[]): readonly number[] => percent;
/** The name column holds the longest built-in name on two lines; values and standards fit beside it. */
const INDICATOR_COLUMNS = cols(26, 14, 14, 20, 11, 15);
/** Without last year's data the 上年 column is left out. */
const INDICATOR_COLUMNS_THIS_YEAR = cols(30, 16, 24, 13, 17);
const ITEM_COLUMNS = cols(16, 40, 12, 20, 12);
const trendColumns = (years: number) => {
  const each = Math.floor(70 / years);
  return cols(100 - each * years, ...Array.from({ length: years }, () => each));
};

/** The PNG of the 对标 chart, drawn at print resolution by the caller (ECharts needs a canvas). */
export interface NoteChartImage {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** The notes a table's cells point to (“注 n”) that no earlier table has listed yet. */
function notesUnder(rows: readonly (readonly string[])[], notes: readonly string[], listed: Set<number>) {
  const used = new Set<number>();
  for (const r of rows) for (const c of r) for (const m of c.matchAll(/注 (\d+)）/g)) used.add(Number(m[1]));
  return [...used]
    .filter((n) => !listed.has(n))
    .sort((a, b) => a - b)
    .map((n) => {
      listed.add(n);
      return note(`注 ${n}：${notes[n - 1] ?? ''}`);
    });
}

function indicatorCells(rows: readonly NoteIndicatorRow[], hasPrev: boolean): string[][] {
  return rows.map((r) => [
    r.name,
    r.value,
    ...(hasPrev ? [r.prev] : []),
    r.reference,
    r.target,
    r.streak === null ? r.status : `${r.status}\n${r.streak}`,
  ]);
}

function indicatorTable(rows: readonly NoteIndicatorRow[], hasPrev: boolean): Table {
  return hasPrev
    ? styledTable(
        ['指标', '本年', '上年', '对标值', '规划目标', '状态'],
        indicatorCells(rows, true),
        INDICATOR_COLUMNS,
        NOTE_TABLE,
      )
    : styledTable(
        ['指标', '本年', '对标值', '规划目标', '状态'],
        indicatorCells(rows, false),
        INDICATOR_COLUMNS_THIS_YEAR,
        NOTE_TABLE,
      );
}

function chartParagraphs(chart: NoteChartImage | null): Paragraph[] {
  if (chart === null) return [];
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      // The body's exact line height would clip an inline picture to one line.
      spacing: { line: 240, lineRule: 'auto' },
      children: [
        new ImageRun({
          type: 'png',
          data: chart.png,
          transformation: { width: TEXT_PX, height: Math.round((TEXT_PX * chart.height) / chart.width) },
        }),
      ],
    }),
    caption('图 1　达到对标值的程度（本年值 ÷ 对标值，生师比等越低越好的指标取倒数；100% 为达到）'),
  ];
}

export function buildAnalysisNoteDocx(m: AnalysisNoteModel, chart: NoteChartImage | null = null): Document {
  const listed = new Set<number>();
  const trendRows = m.trend.rows;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ style: STYLE.title, children: [new TextRun(m.title)] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun(
          `数据来源：审定前快照“${m.snapshot.name}”（${stamp(m.snapshot.at)}，数据摘要 ${m.snapshot.hash.slice(0, 16)}…）`,
        ),
      ],
    }),
    heading('一、总体情况'),
    body(
      `学校类别：${m.category}。核心指标 ${m.indicators.length} 项，其中未达标 ${m.below.length} 项；未完成的整改事项 ${m.items.length} 项。`,
    ),
    body(`黄牌/红牌风险：${m.card.label}。${m.card.explanation}。`),
    note(`判定依据：${m.card.rule}`),
    heading('二、核心指标与对标'),
    ...(m.hasPrev ? [] : [note(NO_PREV_TEXT)]),
    caption(m.hasPrev ? '表 1　核心指标与对标值、上年值和规划目标' : '表 1　核心指标与对标值和规划目标'),
    indicatorTable(m.indicators, m.hasPrev),
    ...notesUnder(indicatorCells(m.indicators, m.hasPrev), m.notes, listed),
    ...chartParagraphs(chart),
    heading('三、未达标指标'),
    ...(m.below.length === 0
      ? [body('本年没有未达标的核心指标。')]
      : [
          caption('表 2　未达标指标'),
          indicatorTable(m.below, m.hasPrev),
          ...notesUnder(indicatorCells(m.below, m.hasPrev), m.notes, listed),
        ]),
    heading('四、整改情况'),
    ...(m.items.length === 0
      ? [body('没有未完成的整改事项。')]
      : [
          caption('表 3　未完成的整改事项'),
          styledTable(
            ['责任部门', '整改内容', '状态', '期限', '阻断锁定'],
            m.items,
            ITEM_COLUMNS,
            NOTE_TABLE,
          ),
        ]),
    heading('五、历年趋势'),
    ...(m.trend.years.length < 2
      ? [body('本站只有本年数据，暂无历年趋势。')]
      : [
          caption('表 4　核心指标历年值'),
          styledTable(['指标', ...m.trend.years], trendRows, trendColumns(m.trend.years.length), NOTE_TABLE),
          ...notesUnder(trendRows, m.notes, listed),
        ]),
  ];
  return new Document({
    title: m.title,
    creator: m.school,
    styles: REPORT_STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        children,
      },
    ],
  });
}

export async function packAnalysisNote(
  m: AnalysisNoteModel,
  chart: NoteChartImage | null = null,
): Promise<Uint8Array> {
  const fonts = [{ path: 'word/fontTable.xml', data: fontTableXml() }];
  return new Uint8Array(await Packer.toArrayBuffer(buildAnalysisNoteDocx(m, chart), false, fonts));
}
