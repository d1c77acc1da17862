import { describe, expect, it } from 'vitest';
import {
  acceptCase,
  caseBlock,
  checkCaseDelivery,
  checkCasePhotos,
  searchCases,
  type CaseRecord,
} from './case-library';
import { pngDataUrl } from './testing/chapter-fixtures';

const c = (over: Partial<CaseRecord> = {}): CaseRecord => ({
  id: 'c1',
  year: 2026,
  title: '现代学徒制育人',
  text: '与企业共建订单班，学生 120 人。',
  tags: ['产教融合'],
  photos: [],
  departmentCode: 'JWC',
  status: 'submitted',
  by: '金处长',
  at: '2026-04-01T08:00:00.000Z',
  editedBy: null,
  editedAt: null,
  ...over,
});

describe('case library', () => {
  it('accepts a case with the office’s edits and tags, refusing an empty title', () => {
    const r = acceptCase(
      c(),
      { title: '现代学徒制', text: '订单班', tags: ['产教融合', ' 学徒制 ', ''] },
      '周主任',
      'now',
    );
    expect(r.ok && r.value).toMatchObject({
      status: 'accepted',
      tags: ['产教融合', '学徒制'],
      editedBy: '周主任',
    });
    const bad = acceptCase(c(), { title: ' ', text: '', tags: [] }, '周主任', 'now');
    expect(bad.ok ? null : bad.error.message).toBe('案例内容不正确：请填写案例标题');
  });

  it('takes only a department’s own, not yet accepted cases', () => {
    expect(checkCaseDelivery([c()], 'JWC').ok).toBe(true);
    expect(checkCaseDelivery([c()], 'RSC')).toMatchObject({
      ok: false,
      error: { message: '案例“现代学徒制育人”属于JWC，RSC不能报送，已拒绝。' },
    });
    expect(checkCaseDelivery([c({ status: 'accepted' })], 'JWC').ok).toBe(false);
  });

  it('searches words across title, text and tags, by tag and by year, newest year first', () => {
    const all = [c(), c({ id: 'c2', year: 2025, title: '技能大赛', text: '获一等奖', tags: ['竞赛'] })];
    expect(searchCases(all, { text: '订单班' }).map((x) => x.id)).toEqual(['c1']);
    expect(searchCases(all, { tag: '竞赛' }).map((x) => x.id)).toEqual(['c2']);
    expect(searchCases(all, { year: 2025 }).map((x) => x.id)).toEqual(['c2']);
    expect(searchCases(all, {}).map((x) => x.id)).toEqual(['c1', 'c2']);
  });

  it('becomes a 典型案例 block named by the department', () => {
    expect(caseBlock(c(), '教务处')).toMatchObject({
      caseId: 'c1',
      department: '教务处',
      tags: ['产教融合'],
    });
  });

  it('holds the photos of cases sent together to the chapter image limits', () => {
    expect(checkCasePhotos([c({ photos: [pngDataUrl(64), pngDataUrl(64)] })]).ok).toBe(true);
    const big = checkCasePhotos([c({ photos: [pngDataUrl(2 * 1024 * 1024 + 8)] })]);
    expect(!big.ok && big.error.message).toContain('单张 2.0 MB');
    const fake = checkCasePhotos([c({ photos: [`data:image/png;base64,${btoa('<svg onload=1>')}`] })]);
    expect(!fake.ok && fake.error.message).toContain('不是有效的内嵌');
    // Five cases of six photos each: 30 pictures, over the 24 a bundle may carry.
    const many = Array.from({ length: 5 }, () =>
      c({ photos: Array.from({ length: 6 }, () => pngDataUrl(64)) }),
    );
    expect(checkCasePhotos(many).ok).toBe(false);
  });
});
