import { describe, expect, it } from 'vitest';
import { pmText } from './pm-json';
import { parseChapterContent } from './report-nodes';
import { DEFAULT_ANNEXES, newReport, REPORT_OUTLINE } from './report-template';
import { chapterVersionSchema, reportSchema } from './report-types';

const input = {
  id: 'r1',
  workspaceId: 'ws1',
  year: 2025,
  school: '汕头职业技术学院',
  at: '2025-11-01T00:00:00.000Z',
  by: '王主任',
};

describe('newReport', () => {
  it('creates the template outline with the responsibility page first and every chapter at version 1', () => {
    const { report, versions } = newReport(input);
    expect(report.chapters.map((c) => c.title)).toEqual(REPORT_OUTLINE.map((o) => o.title));
    expect(report.chapters[0]).toMatchObject({ kind: 'responsibility', required: true, head: 1 });
    expect(report.chapters.map((c) => c.title)).toEqual(
      expect.arrayContaining([
        '学生发展',
        '教学改革',
        '服务贡献',
        '文化传承',
        '国际合作',
        '产教融合',
        '发展保障',
        '面临挑战',
        '附表',
        '典型案例',
      ]),
    );
    expect(versions).toHaveLength(report.chapters.length);
    expect(versions.every((v) => v.version === 1)).toBe(true);
    expect(report.requiredAnnexes).toEqual(DEFAULT_ANNEXES);
    expect(report.title).toBe('汕头职业技术学院2025年度高等职业教育质量年度报告');
  });

  it('produces a report and chapters that pass their own validators', () => {
    const { report, versions } = newReport(input);
    expect(reportSchema.safeParse(report).success).toBe(true);
    for (const v of versions) {
      expect(chapterVersionSchema.safeParse(v).success).toBe(true);
      expect(parseChapterContent(v.content).ok).toBe(true);
    }
  });

  it('words the responsibility statement with the school and year', () => {
    const { versions } = newReport(input);
    const text = pmText(versions[0]!.content);
    expect(text).toContain('汕头职业技术学院郑重承诺');
    expect(text).toContain('《2025年度高等职业教育质量年度报告》');
    expect(text).toContain('法定代表人（签字）');
  });
});
