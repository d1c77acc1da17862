import { describe, expect, it } from 'vitest';
import { chapterDiff, saveChapterVersion } from './chapter-history';
import { newReport } from './report-template';
import { doc, h1, live, para, text } from './testing/fixture-report';

const base = () =>
  newReport({ id: 'r1', workspaceId: 'ws', year: 2025, school: '某校', at: '2025-11-01T00:00:00Z', by: '甲' })
    .report;

describe('saveChapterVersion', () => {
  it('adds the next version and moves the chapter head', () => {
    const content = doc(h1('学生发展'), para(text('新内容')));
    const r = saveChapterVersion(
      base(),
      { chapterId: 'students', baseVersion: 1, content, note: ' 初稿 ' },
      '乙',
      't2',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.version).toMatchObject({ chapterId: 'students', version: 2, by: '乙', note: '初稿' });
    expect(r.value.report.chapters.find((c) => c.id === 'students')?.head).toBe(2);
    expect(r.value.report.chapters.find((c) => c.id === 'teaching')?.head).toBe(1);
    expect(r.value.report).toMatchObject({ updatedAt: 't2', updatedBy: '乙' });
  });

  it('refuses a save edited from an older head', () => {
    const content = doc(para(text('x')));
    const first = saveChapterVersion(
      base(),
      { chapterId: 'students', baseVersion: 1, content, note: '' },
      '乙',
      't2',
    );
    if (!first.ok) throw new Error('first save failed');
    const stale = saveChapterVersion(
      first.value.report,
      { chapterId: 'students', baseVersion: 1, content, note: '' },
      '丙',
      't3',
    );
    expect(stale).toMatchObject({ ok: false, error: { code: 'chapter-conflict' } });
  });

  it('refuses invalid content, an unknown chapter and any save once final', () => {
    const bad = saveChapterVersion(
      base(),
      { chapterId: 'students', baseVersion: 1, content: { type: 'iframe' }, note: '' },
      '乙',
      't',
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'chapter-invalid' } });
    const none = saveChapterVersion(
      base(),
      { chapterId: 'nope', baseVersion: 1, content: doc(), note: '' },
      '乙',
      't',
    );
    expect(none).toMatchObject({ ok: false, error: { code: 'chapter-not-found' } });
    const final = saveChapterVersion(
      { ...base(), status: 'final' },
      { chapterId: 'students', baseVersion: 1, content: doc(), note: '' },
      '乙',
      't',
    );
    expect(final).toMatchObject({ ok: false, error: { code: 'report-final' } });
  });
});

describe('chapterDiff', () => {
  it('shows added, removed and unchanged lines, with the changed characters of an edited line', () => {
    const a = doc(h1('学生发展'), para(text('在校生人数为8000人。')), para(text('删除的段落')));
    const b = doc(h1('学生发展'), para(text('在校生人数为8500人。')), para(text('新增的段落')));
    const d = chapterDiff(a, b);
    expect(d[0]).toEqual({ kind: 'same', text: '学生发展' });
    expect(d.filter((l) => l.kind === 'removed').map((l) => l.text)).toEqual([
      '在校生人数为8000人。',
      '删除的段落',
    ]);
    expect(d.filter((l) => l.kind === 'added').map((l) => l.text)).toEqual([
      '在校生人数为8500人。',
      '新增的段落',
    ]);
    const edited = d.find((l) => l.kind === 'added' && l.text.includes('8500'));
    expect(
      edited?.parts
        ?.filter((p) => p.changed)
        .map((p) => p.text)
        .join(''),
    ).toBe('5');
  });

  it('shows a live value by the indicator it refers to, not by a number', () => {
    const d = chapterDiff(doc(para(text('生师比为'), live('ssb'))), doc(para(text('生师比为'), live('jyl'))));
    expect(d.map((l) => `${l.kind}:${l.text}`)).toEqual([
      'removed:生师比为〔指标:ssb〕',
      'added:生师比为〔指标:jyl〕',
    ]);
  });

  it('is empty of changes for identical versions', () => {
    const a = doc(h1('x'), para(text('y')));
    expect(chapterDiff(a, a).every((l) => l.kind === 'same')).toBe(true);
  });
});
