import { describe, expect, it } from 'vitest';
import { applyReportPatch } from './report-settings';
import { newReport } from './report-template';

const AT = '2025-11-02T00:00:00.000Z';
const { report } = newReport({
  id: 'r1',
  workspaceId: 'ws1',
  year: 2025,
  school: '汕头职业技术学院',
  at: '2025-11-01T00:00:00.000Z',
  by: '王主任',
});

describe('applyReportPatch', () => {
  it('adds a chapter before 附表 with a heading of its title, renames chapters, and removes the added one', () => {
    const added = applyReportPatch(report, { addChapter: { id: 'x1', title: '专项工作' } }, '王主任', AT);
    if (!added.ok) throw new Error(added.error.message);
    const ids = added.value.report.chapters.map((c) => c.id);
    expect(ids.indexOf('x1')).toBe(ids.indexOf('annex') - 1);
    expect(added.value.added?.content.content?.[0]).toMatchObject({ type: 'heading' });
    const renamed = applyReportPatch(
      added.value.report,
      { chapterTitles: { x1: '专项工作成效', students: '学生成长' } },
      '王主任',
      AT,
    );
    if (!renamed.ok) throw new Error(renamed.error.message);
    const titles = renamed.value.report.chapters.map((c) => c.title);
    expect(titles).toContain('专项工作成效');
    expect(titles).toContain('学生成长');
    const removed = applyReportPatch(renamed.value.report, { removeChapter: 'x1' }, '王主任', AT);
    expect(removed.ok && removed.value.report.chapters.some((c) => c.id === 'x1')).toBe(false);
  });

  it("refuses to remove a chapter the notice requires, or to rename one that doesn't exist", () => {
    const r = applyReportPatch(report, { removeChapter: 'students' }, '王主任', AT);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toContain('必备章节');
    expect(applyReportPatch(report, { chapterTitles: { nope: '某章' } }, '王主任', AT).ok).toBe(false);
  });

  it('keeps key points and required annexes as given, and refuses blank ones whole', () => {
    const keyPoints = [{ id: 'k1', title: '职业本科试点', keywords: ['职业本科'] }];
    const r = applyReportPatch(report, { keyPoints, requiredAnnexes: ['计分卡'] }, '王主任', AT);
    expect(r.ok && r.value.report.keyPoints).toEqual(keyPoints);
    expect(r.ok && r.value.report.requiredAnnexes).toEqual(['计分卡']);
    expect(applyReportPatch(report, { requiredAnnexes: ['  '] }, '王主任', AT).ok).toBe(false);
    expect(
      applyReportPatch(report, { keyPoints: [{ id: 'k', title: '', keywords: [] }] }, '王主任', AT).ok,
    ).toBe(false);
  });
});
