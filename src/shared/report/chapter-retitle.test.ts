import { describe, expect, it } from 'vitest';
import { retitledContent } from './chapter-retitle';
import { headingDoc, pmText } from './pm-json';
import { doc, h1, para, text } from './testing/fixture-report';

describe('retitledContent', () => {
  it('renames the opening heading that reads the old title and keeps the rest', () => {
    const before = doc(h1('学生发展'), para(text('在校生稳定。')));
    const after = retitledContent(before, '学生发展', '学生成长');
    expect(after && pmText(after.content![0]!)).toBe('学生成长');
    expect(after?.content?.[1]).toEqual(before.content?.[1]);
    expect(pmText(retitledContent(headingDoc('专项工作'), '专项工作', '专项工作成效')!).trim()).toBe(
      '专项工作成效',
    );
  });

  it('leaves a reworded heading, a chapter without an opening heading, and an unchanged title alone', () => {
    expect(retitledContent(doc(h1('一、学生发展情况')), '学生发展', '学生成长')).toBeNull();
    expect(retitledContent(doc(para(text('学生发展'))), '学生发展', '学生成长')).toBeNull();
    expect(retitledContent(doc(h1('学生发展')), '学生发展', '学生发展')).toBeNull();
  });
});
