/**
 * Packs the 核心数据分析报告 into .docx with the report's Word styles and font table (docx-styles.ts,
 * report-fonts.ts), so the note reads like the quality report. Pure: runs in the note's Worker and in
 * Node tests alike.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun, type Table } from 'docx';
import { REPORT_STYLES, STYLE } from '../report/export/docx-styles';
import { styledTable } from '../report/export/docx-table';
import { fontTableXml } from '../report/export/report-fonts';
import type { AnalysisNoteModel, NoteIndicatorRow } from './analysis-note-model';

const body = (text: string) => new Paragraph({ style: STYLE.body, children: [new TextRun(text)] });
const heading = (text: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
const caption = (text: string) => new Paragraph({ style: STYLE.caption, children: [new TextRun(text)] });
const stamp = (iso: string) => iso.slice(0, 16).replace('T', ' ');

function indicatorTable(rows: readonly NoteIndicatorRow[]): Table {
  return styledTable(
    ['指标', '本年', '上年', '对标值', '规划目标', '状态'],
    rows.map((r) => [
      r.name,
      r.value,
      r.prev,
      r.reference,
      r.target,
      r.streak === null ? r.status : `${r.status}\n${r.streak}`,
    ]),
  );
}

export function buildAnalysisNoteDocx(m: AnalysisNoteModel): Document {
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
    new Paragraph({ style: STYLE.note, children: [new TextRun(`判定依据：${m.card.rule}`)] }),
    heading('二、核心指标与对标'),
    caption('表 1　核心指标与对标值、上年值和规划目标'),
    indicatorTable(m.indicators),
    heading('三、未达标指标'),
    ...(m.below.length === 0
      ? [body('本年没有未达标的核心指标。')]
      : [caption('表 2　未达标指标'), indicatorTable(m.below)]),
    heading('四、整改情况'),
    ...(m.items.length === 0
      ? [body('没有未完成的整改事项。')]
      : [
          caption('表 3　未完成的整改事项'),
          styledTable(['责任部门', '整改内容', '状态', '期限', '阻断锁定'], m.items),
        ]),
    heading('五、历年趋势'),
    ...(m.trend.years.length < 2
      ? [body('本站只有本年数据，暂无历年趋势。')]
      : [caption('表 4　核心指标历年值'), styledTable(['指标', ...m.trend.years], m.trend.rows)]),
  ];
  return new Document({
    title: m.title,
    creator: m.school,
    styles: REPORT_STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 },
          },
        },
        children,
      },
    ],
  });
}

export async function packAnalysisNote(m: AnalysisNoteModel): Promise<Uint8Array> {
  const fonts = [{ path: 'word/fontTable.xml', data: fontTableXml() }];
  return new Uint8Array(await Packer.toArrayBuffer(buildAnalysisNoteDocx(m), false, fonts));
}
