import { describe, expect, it } from 'vitest';
import type { Block, ExportChapter, ExportDoc } from './export-model';
import { estimateTocPages, textLines, tocEntries } from './page-estimate';

const NO_PICTURES = { image: () => null, chart: () => null };
const h = (level: number, text: string): Block => ({ kind: 'heading', level, runs: [{ text }] });
/** A body paragraph of one line: 20 characters after the two-character indent. */
const line = (): Block => ({ kind: 'paragraph', runs: [{ text: '学'.repeat(20) }] });
const lines = (n: number): Block[] => Array.from({ length: n }, line);
const report = (chapters: ExportChapter[]): ExportDoc => ({
  title: '质量年报',
  school: '示例学院',
  year: 2025,
  snapshotLabel: '2025年度锁定数据',
  draft: false,
  chapters,
});

describe('the page estimate of the 目录', () => {
  it('counts Chinese characters as one em and Latin text as half, the first line indented', () => {
    // 三号 across the text width holds 27.6 ems.
    expect(textLines('学'.repeat(25), 27.6, 2)).toBe(1);
    expect(textLines('学'.repeat(26), 27.6, 2)).toBe(2);
    expect(textLines('a'.repeat(51), 27.6, 2)).toBe(1);
    expect(textLines('a'.repeat(52), 27.6, 2)).toBe(2);
    expect(textLines('一\n二', 27.6)).toBe(2);
  });

  it('starts each chapter on a new page, the first on page 1 of the body, and follows the text onto the next page', () => {
    // After a first-level heading (920 twips with its spacing) 21 lines of 28 pt fit on the page.
    const doc = report([
      { title: 'a', blocks: [h(1, '一、学校概况'), ...lines(21), h(2, '（一）办学条件'), ...lines(19)] },
      { title: 'b', blocks: [h(1, '二、学生发展'), h(2, '（一）在校生'), ...lines(3)] },
    ]);
    expect(tocEntries(doc).map((e) => e.title)).toEqual([
      '一、学校概况',
      '（一）办学条件',
      '二、学生发展',
      '（一）在校生',
    ]);
    expect(estimateTocPages(doc, NO_PICTURES)).toEqual([1, 2, 3, 3]);
  });

  it('numbers the body from 1 however long the 目录 before it runs', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ title: `${i}`, blocks: [h(1, `第${i + 1}章`)] }));
    const pages = estimateTocPages(report(many), NO_PICTURES);
    expect(pages[0]).toBe(1);
    expect(pages[39]).toBe(40);
  });

  it('keeps table rows whole and repeats the header row on the next page', () => {
    // A caption, the header and 40 one-line rows of 五号 (350 twips): 31 rows fit under the heading.
    const rows = [
      { header: true, cells: ['项目', '数值'] },
      ...Array.from({ length: 40 }, (_, i) => ({ header: false, cells: [`项目${i}`, '1'] })),
    ];
    const table: Block = { kind: 'table', title: '附表 1　计分卡', rows };
    const fits = report([
      { title: 'a', blocks: [h(1, '一、附表'), table, ...lines(12), h(2, '（一）说明')] },
    ]);
    // Page 2 holds the header and 9 rows (3,500 twips), then 12 lines: the heading still fits there.
    expect(estimateTocPages(fits, NO_PICTURES)).toEqual([1, 2]);
    const longer = report([
      { title: 'a', blocks: [h(1, '一、附表'), table, ...lines(16), h(2, '（一）说明')] },
    ]);
    expect(estimateTocPages(longer, NO_PICTURES)).toEqual([1, 3]);
  });

  it('gives footnotes room at the foot of the page and pictures their drawn height', () => {
    const noted: Block = {
      kind: 'paragraph',
      runs: [{ text: '学'.repeat(20) }, { text: '', footnote: '数据来源：状态数据平台。' }],
    };
    // 21 lines fit after the heading; a footnote (one line of 小四 at 1.5, 522 twips) takes one of them.
    const plain = report([{ title: 'a', blocks: [h(1, '一'), ...lines(20), h(2, '（一）')] }]);
    const withNote = report([{ title: 'a', blocks: [h(1, '一'), noted, ...lines(19), h(2, '（一）')] }]);
    expect(estimateTocPages(plain, NO_PICTURES)).toEqual([1, 1]);
    expect(estimateTocPages(withNote, NO_PICTURES)).toEqual([1, 2]);
    // A picture 580 px tall (8,720 twips) leaves room for 5 more lines on its page.
    const picture: Block = { kind: 'image', src: 'x', caption: '' };
    const tall = { image: () => 580, chart: () => null };
    const pictured = (n: number) =>
      report([{ title: 'a', blocks: [h(1, '一'), picture, ...lines(n), h(2, '（一）')] }]);
    expect(estimateTocPages(pictured(4), tall)).toEqual([1, 1]);
    expect(estimateTocPages(pictured(5), tall)).toEqual([1, 2]);
  });
});
