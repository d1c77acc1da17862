import { describe, expect, it } from 'vitest';
import { checkReport, type ChapterContent, type Finding } from './compliance';
import { newReport } from './report-template';
import type { Report } from './report-types';
import { doc, DRAFT, fixtureSource, h1, live, LOCK_1, para, text } from './testing/fixture-report';
import type { PmNode } from './pm-json';
import { newEnterpriseReport } from '../enterprise/enterprise-report';

const BODY = '本年度学校坚持立德树人，持续深化教育教学改革，人才培养质量稳步提升。';
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

/** A report whose every required part is written, so each test breaks exactly one thing. */
function complete(): { report: Report; chapters: ChapterContent[] } {
  const { report, versions } = newReport({
    id: 'r',
    workspaceId: 'w',
    year: 2025,
    school: '某校',
    at: 't',
    by: 'a',
  });
  const annexTables = report.requiredAnnexes.map((name, i): PmNode => ({
    type: 'dataTable',
    attrs: {
      tableId: `t${i}`,
      title: name,
      caption: '',
      source: { type: 'indicators', indicatorIds: ['ssb'] },
    },
  }));
  const chapters = versions.map((v): ChapterContent => {
    const meta = report.chapters.find((c) => c.id === v.chapterId)!;
    if (meta.kind === 'responsibility') return { chapterId: v.chapterId, content: v.content };
    if (meta.kind === 'annex') return { chapterId: v.chapterId, content: doc(h1('附表'), ...annexTables) };
    return { chapterId: v.chapterId, content: doc(h1(meta.title), para(text(BODY))) };
  });
  return { report, chapters };
}

function withChapter(chapters: ChapterContent[], id: string, content: PmNode): ChapterContent[] {
  return chapters.map((c) => (c.chapterId === id ? { chapterId: id, content } : c));
}

const types = (f: Finding[]) => f.map((x) => x.type);

describe('checkReport', () => {
  it('finds nothing in a complete report', () => {
    const { report, chapters } = complete();
    expect(checkReport(report, chapters, fixtureSource())).toEqual([]);
  });

  it('finds the responsibility page missing, or not first', () => {
    const { report, chapters } = complete();
    const gone = { ...report, chapters: report.chapters.filter((c) => c.kind !== 'responsibility') };
    expect(checkReport(gone, chapters, fixtureSource())).toEqual([
      expect.objectContaining({ type: 'responsibility-missing', blocking: true }),
    ]);
    const moved = { ...report, chapters: [...report.chapters.slice(1), report.chapters[0]!] };
    const f = checkReport(moved, chapters, fixtureSource());
    expect(f).toEqual([
      expect.objectContaining({ type: 'responsibility-missing', chapterId: 'responsibility' }),
    ]);
    expect(f[0]?.message).toContain('第一页');
  });

  it('finds a required section removed or left empty', () => {
    const { report, chapters } = complete();
    const removed = { ...report, chapters: report.chapters.filter((c) => c.key !== 'culture') };
    expect(checkReport(removed, chapters, fixtureSource())).toEqual([
      expect.objectContaining({
        type: 'section-missing',
        blocking: true,
        message: '缺少必备章节“文化传承”。',
      }),
    ]);
    const empty = withChapter(chapters, 'teaching', doc(h1('教学改革'), para()));
    expect(checkReport(report, empty, fixtureSource())).toEqual([
      expect.objectContaining({ type: 'section-missing', chapterId: 'teaching' }),
    ]);
  });

  it('finds a required annex table missing', () => {
    const { report, chapters } = complete();
    const f = checkReport(
      { ...report, requiredAnnexes: [...report.requiredAnnexes, '学生反馈表'] },
      chapters,
      fixtureSource(),
    );
    expect(f).toEqual([
      expect.objectContaining({
        type: 'annex-missing',
        chapterId: 'annex',
        message: '附表中缺少“学生反馈表”。',
      }),
    ]);
  });

  it('finds a live value that changed since it was saved, once the year is locked again', () => {
    const { report, chapters } = complete();
    const seen = { value: 17.24, snapshot: LOCK_1.id };
    const c = withChapter(
      chapters,
      'students',
      doc(h1('学生发展'), para(text(BODY), text('生师比'), live('ssb', 'value', seen))),
    );
    expect(checkReport(report, c, fixtureSource(LOCK_1, 17.24))).toEqual([]);
    expect(checkReport(report, c, fixtureSource(DRAFT, 16.5))).toEqual([]);
    const relocked = { kind: 'lock' as const, id: 'lock:2025-11-01', label: '2025-11-01 锁定' };
    const f = checkReport(report, c, fixtureSource(relocked, 16.5));
    expect(f).toEqual([
      expect.objectContaining({
        type: 'live-value-stale',
        blocking: true,
        chapterId: 'students',
        path: [1, 2],
      }),
    ]);
    expect(f[0]?.message).toContain('保存时为 17.2');
    expect(f[0]?.message).toContain('当前锁定数据为 16.5');
  });

  it('finds a live value whose indicator was deleted, and one that cannot be computed', () => {
    const { report, chapters } = complete();
    const c = withChapter(
      chapters,
      'students',
      doc(h1('学生发展'), para(text(BODY), live('gone'), live('sxsb'))),
    );
    const f = checkReport(report, c, fixtureSource());
    expect(f.map((x) => [x.type, x.blocking, x.path])).toEqual([
      ['indicator-deleted', true, [1, 1]],
      ['indicator-unavailable', false, [1, 2]],
    ]);
  });

  it('finds a typed number that contradicts the indicator named before it, and accepts one that agrees', () => {
    const { report, chapters } = complete();
    const bad = withChapter(
      chapters,
      'students',
      doc(h1('学生发展'), para(text(`${BODY}生师比为18.5，就业率达到95.12%。`))),
    );
    const f = checkReport(report, bad, fixtureSource());
    expect(types(f)).toEqual(['plain-number-contradicts']);
    expect(f[0]).toMatchObject({ blocking: true, chapterId: 'students', path: [1] });
    expect(f[0]?.message).toContain('当前为 17.2');
    const good = withChapter(
      chapters,
      'students',
      doc(h1('学生发展'), para(text(`${BODY}生师比为17.2，生师比`), live('ssb'))),
    );
    expect(checkReport(report, good, fixtureSource())).toEqual([]);
  });

  it('finds an image without a caption', () => {
    const { report, chapters } = complete();
    const img = (caption: string): PmNode => ({
      type: 'image',
      attrs: { src: PNG, alt: null, title: null, caption },
    });
    const c = withChapter(
      chapters,
      'culture',
      doc(h1('文化传承'), para(text(BODY)), img(''), img('非遗进校园')),
    );
    expect(checkReport(report, c, fixtureSource())).toEqual([
      expect.objectContaining({ type: 'image-no-caption', blocking: false, chapterId: 'culture', path: [2] }),
    ]);
  });

  it('finds a required key point not covered anywhere', () => {
    const { report, chapters } = complete();
    const keyPoints = [
      { id: 'k1', title: '立德树人', keywords: ['立德树人'] },
      { id: 'k2', title: '职业本科', keywords: ['职业本科', '本科层次'] },
    ];
    const f = checkReport({ ...report, keyPoints }, chapters, fixtureSource());
    expect(f).toEqual([expect.objectContaining({ type: 'key-point-uncovered', blocking: true })]);
    expect(f[0]?.message).toContain('职业本科');
  });

  it('finds a chart or data table whose indicator was deleted', () => {
    const { report, chapters } = complete();
    const chart: PmNode = {
      type: 'chart',
      attrs: {
        chartId: 'c',
        kind: 'bar',
        title: '对比',
        caption: '',
        source: { type: 'indicators', indicatorIds: ['ssb', 'gone'] },
      },
    };
    const c = withChapter(chapters, 'students', doc(h1('学生发展'), para(text(BODY)), chart));
    expect(checkReport(report, c, fixtureSource())).toEqual([
      expect.objectContaining({ type: 'indicator-deleted', blocking: true, path: [2] }),
    ]);
  });
});

describe('checkReport on an enterprise report', () => {
  const { report, versions } = newEnterpriseReport({
    id: 'er',
    workspaceId: 'w',
    year: 2026,
    enterpriseName: '汕头智造科技有限公司',
    school: '汕头职业技术学院',
    at: '2026-04-01T00:00:00.000Z',
    by: '马院长',
  });
  const written = (skip: string) =>
    versions.map((v) => ({
      chapterId: v.chapterId,
      content:
        v.chapterId === skip
          ? v.content
          : doc(
              h1(v.chapterId),
              para(text('企业与学院共建产业学院，联合培养订单班学生一百二十名，共建实训基地两个。')),
            ),
    }));

  it('holds it to its own outline, not the school report’s 责任声明 and sections', () => {
    expect(checkReport(report, written(''), fixtureSource())).toEqual([]);
    expect(checkReport(report, written('resources'), fixtureSource())).toEqual([
      expect.objectContaining({ type: 'section-missing', blocking: true, chapterId: 'resources' }),
    ]);
  });
});
