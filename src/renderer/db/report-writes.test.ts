import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../shared/audit/audit-chain';
import { doc, h1, para, text } from '../../shared/report/testing/fixture-report';
import { createDataWriter } from './data-writer';
import { getAuditEvents } from './reads';
import {
  getChapterVersion,
  getReport,
  listChapterVersions,
  listReports,
  loadReportChapters,
} from './report-reads';
import { ACTOR, makeWorkspace, openTestDb } from './test-fixtures';

async function setup() {
  const db = await openTestDb();
  const writer = createDataWriter(db);
  const ws = makeWorkspace();
  expect((await writer.createWorkspace(ws, ACTOR)).ok).toBe(true);
  expect((await writer.createReport(ws.id, { id: 'r1', year: 2025 }, ACTOR)).ok).toBe(true);
  return { db, writer, ws };
}

describe('report writes', () => {
  it('creates a report from the template with every chapter at version 1, audited', async () => {
    const { db, ws } = await setup();
    const report = await getReport(db, ws.id, 'r1');
    expect(report?.chapters[0]?.title).toBe('内容真实性责任声明');
    expect(report?.title).toContain(ws.school.name);
    const chapters = await loadReportChapters(db, report!);
    expect(chapters).toHaveLength(report!.chapters.length);
    const events = await getAuditEvents(db, ws.id);
    expect(events.at(-1)).toMatchObject({ kind: 'report.create', summary: { reportId: 'r1', year: 2025 } });
    expect(verifyAuditChain(events).ok).toBe(true);
  });

  it('refuses a second report for the same year and writes nothing', async () => {
    const { db, writer, ws } = await setup();
    const before = (await getAuditEvents(db, ws.id)).length;
    const r = await writer.createReport(ws.id, { id: 'r2', year: 2025 }, ACTOR);
    expect(r).toMatchObject({ ok: false, error: { code: 'report-refused' } });
    expect(await listReports(db, ws.id)).toHaveLength(1);
    expect(await getAuditEvents(db, ws.id)).toHaveLength(before);
  });

  it('keeps every saved version of a chapter and moves its head', async () => {
    const { db, writer, ws } = await setup();
    const v2 = doc(h1('学生发展'), para(text('第一稿')));
    const v3 = doc(h1('学生发展'), para(text('第二稿')));
    const save = (content: unknown, baseVersion: number) =>
      writer.saveReportChapter(ws.id, 'r1', { chapterId: 'students', baseVersion, content, note: '' }, ACTOR);
    expect((await save(v2, 1)).ok).toBe(true);
    expect((await save(v3, 2)).ok).toBe(true);
    expect((await listChapterVersions(db, ws.id, 'r1', 'students')).map((v) => v.version)).toEqual([1, 2, 3]);
    expect((await getChapterVersion(db, ws.id, 'r1', 'students', 2))?.content).toEqual(v2);
    expect((await getReport(db, ws.id, 'r1'))?.chapters.find((c) => c.id === 'students')?.head).toBe(3);
    expect((await getAuditEvents(db, ws.id)).at(-1)).toMatchObject({
      kind: 'report.chapter.save',
      summary: { chapterId: 'students', version: 3 },
    });
  });

  it('refuses a stale save and an invalid chapter whole, leaving the stored chapter as it was', async () => {
    const { db, writer, ws } = await setup();
    const ok = await writer.saveReportChapter(
      ws.id,
      'r1',
      { chapterId: 'students', baseVersion: 1, content: doc(para(text('a'))), note: '' },
      ACTOR,
    );
    expect(ok.ok).toBe(true);
    const stale = await writer.saveReportChapter(
      ws.id,
      'r1',
      { chapterId: 'students', baseVersion: 1, content: doc(para(text('b'))), note: '' },
      ACTOR,
    );
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.message).toContain('第 2 版');
    const bad = await writer.saveReportChapter(
      ws.id,
      'r1',
      {
        chapterId: 'students',
        baseVersion: 2,
        content: { type: 'doc', content: [{ type: 'iframe' }] },
        note: '',
      },
      ACTOR,
    );
    expect(bad.ok).toBe(false);
    expect((await listChapterVersions(db, ws.id, 'r1', 'students')).map((v) => v.version)).toEqual([1, 2]);
  });

  it('adds a chapter with its first version and records key points', async () => {
    const { db, writer, ws } = await setup();
    const keyPoints = [{ id: 'k1', title: '职业本科试点', keywords: ['职业本科'] }];
    const r = await writer.updateReport(
      ws.id,
      'r1',
      { addChapter: { id: 'extra', title: '专项工作' }, keyPoints },
      ACTOR,
    );
    expect(r.ok).toBe(true);
    const report = await getReport(db, ws.id, 'r1');
    const ids = report!.chapters.map((c) => c.id);
    expect(ids.indexOf('extra')).toBe(ids.indexOf('annex') - 1);
    expect(report!.keyPoints).toEqual(keyPoints);
    expect(await getChapterVersion(db, ws.id, 'r1', 'extra', 1)).toBeDefined();
  });

  it('renames a chapter and, in the same write, its opening heading as a new version', async () => {
    const { db, writer, ws } = await setup();
    const r = await writer.updateReport(ws.id, 'r1', { chapterTitles: { students: '学生成长' } }, ACTOR);
    expect(r.ok).toBe(true);
    const report = await getReport(db, ws.id, 'r1');
    const meta = report!.chapters.find((c) => c.id === 'students')!;
    expect(meta).toMatchObject({ title: '学生成长', head: 2 });
    const head = await getChapterVersion(db, ws.id, 'r1', 'students', 2);
    expect(head?.note).toBe('章节改名');
    expect(JSON.stringify(head?.content.content?.[0])).toContain('学生成长');
  });

  it('marks 终稿 only without blocking findings, then refuses edits until reopened with a reason', async () => {
    const { db, writer, ws } = await setup();
    const blocked = await writer.setReportStatus(
      ws.id,
      'r1',
      { status: 'final', blocking: 2, lockRef: null },
      ACTOR,
    );
    expect(blocked.ok).toBe(false);
    if (!blocked.ok) expect(blocked.error.message).toContain('2 项');
    expect(
      (await writer.setReportStatus(ws.id, 'r1', { status: 'final', blocking: 0, lockRef: 'lock:x' }, ACTOR))
        .ok,
    ).toBe(true);
    expect(await getReport(db, ws.id, 'r1')).toMatchObject({ status: 'final', lockRef: 'lock:x' });
    const edit = await writer.saveReportChapter(
      ws.id,
      'r1',
      { chapterId: 'students', baseVersion: 1, content: doc(), note: '' },
      ACTOR,
    );
    expect(edit.ok).toBe(false);
    expect((await writer.setReportStatus(ws.id, 'r1', { status: 'draft', reason: ' ' }, ACTOR)).ok).toBe(
      false,
    );
    expect(
      (await writer.setReportStatus(ws.id, 'r1', { status: 'draft', reason: '数据更正' }, ACTOR)).ok,
    ).toBe(true);
    expect((await getAuditEvents(db, ws.id)).at(-1)).toMatchObject({
      kind: 'report.draft',
      summary: { reason: '数据更正' },
    });
  });
});
