import { describe, expect, it } from 'vitest';
import { checkSubmission, coverListHtml, submissionFiles, type SubmissionInput } from './submission-set';

const input = (over: Partial<SubmissionInput> = {}): SubmissionInput => ({
  school: '汕头职业技术学院',
  year: 2026,
  schoolReport: { title: '学校年报', kind: 'school', final: true },
  enterpriseReports: [{ title: '甲公司年报', kind: 'enterprise', final: true }],
  annexes: [],
  unapproved: [],
  ...over,
});

describe('submission set', () => {
  it('is complete when every report is final and no annex figure waits', () => {
    expect(checkSubmission(input())).toEqual({ complete: true, problems: [] });
    expect(submissionFiles(input()).map((f) => f.name)).toEqual([
      '01-学校年报.docx',
      '01-学校年报.html',
      '02-甲公司年报.docx',
      '汕头职业技术学院2026年度质量报告附表.xlsx',
    ]);
  });

  it('names what is missing: no school report, an unapproved enterprise report, unapproved figures', () => {
    const c = checkSubmission(
      input({
        schoolReport: null,
        enterpriseReports: [{ title: '甲公司年报', kind: 'enterprise', final: false }],
        unapproved: ['月收入'],
      }),
    );
    expect(c.complete).toBe(false);
    expect(c.problems).toEqual([
      '本年度尚未创建质量年报',
      '《甲公司年报》尚未经负责人审定',
      '附表中有 1 项填报数据尚未审核：月收入',
    ]);
    expect(coverListHtml(input({ unapproved: ['<b>'] }), 'now')).toContain('&lt;b&gt;');
  });
});
