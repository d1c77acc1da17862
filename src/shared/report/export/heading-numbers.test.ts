import { describe, expect, it } from 'vitest';
import type { PmNode } from '../pm-json';
import { doc, fixtureSource, para, templateReport, text } from '../testing/fixture-report';
import { buildExportModel, type Block } from './export-model';
import { chineseNumber, HeadingNumberer } from './heading-numbers';

const h = (level: number, t: string): PmNode => ({ type: 'heading', attrs: { level }, content: [text(t)] });
const headings = (blocks: readonly Block[]) =>
  blocks.flatMap((b) => (b.kind === 'heading' ? [b.runs.map((r) => r.text).join('')] : []));

describe('heading numbers', () => {
  it('writes Chinese numerals', () => {
    expect([1, 9, 10, 11, 20, 23, 99].map(chineseNumber)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '二十',
      '二十三',
      '九十九',
    ]);
  });

  it('numbers the report’s chapters 一、（一）1．（1）, restarting under each higher heading; 声明, 附表 and 案例 stay unnumbered', () => {
    const { report, chapters } = templateReport(2026, '汕头职业技术学院');
    chapters.set(
      'students',
      doc(
        h(1, '学生发展'),
        h(2, '招生'),
        h(3, '生源'),
        h(4, '省内'),
        h(3, '报到'),
        h(2, '就业'),
        para(text('正文')),
      ),
    );
    chapters.set(
      'teaching',
      doc(h(1, '教学改革'), h(2, '（一）专业建设'), h(2, '课程与教材'), h(3, '1．教材')),
    );
    const model = buildExportModel(report, chapters, fixtureSource());
    const by = (id: string) =>
      headings(model.chapters[report.chapters.findIndex((c) => c.id === id)]!.blocks);
    expect(by('responsibility')).toEqual(['内容真实性责任声明']);
    expect(by('students')).toEqual([
      '一、学生发展',
      '（一）招生',
      '1．生源',
      '（1）省内',
      '2．报到',
      '（二）就业',
    ]);
    // A number the writer typed is kept and counted: the next heading continues from it.
    expect(by('teaching')).toEqual(['二、教学改革', '（一）专业建设', '（二）课程与教材', '1．教材']);
    expect(by('service')).toEqual(['三、服务贡献']);
    expect(by('challenges')).toEqual(['八、面临挑战']);
    expect(by('annex')).toEqual(['附表']);
    expect(by('cases')).toEqual(['典型案例']);
  });

  it('leaves an empty heading alone but counts it', () => {
    const n = new HeadingNumberer();
    expect(n.next({ kind: 'heading', level: 1, runs: [] })).toEqual({ kind: 'heading', level: 1, runs: [] });
    const second = n.next({ kind: 'heading', level: 1, runs: [{ text: '第二' }] });
    expect(second.kind === 'heading' && second.runs[0]?.text).toBe('二、');
  });
});
