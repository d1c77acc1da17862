import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../shared/audit/audit-chain';
import { createDataWriter } from './data-writer';
import { getAuditEvents } from './reads';
import { getReport } from './report-reads';
import { getWorkflow, listChapterWork } from './report-workflow-reads';
import { ACTOR, makeWorkspace, openTestDb } from './test-fixtures';

async function setup() {
  const db = await openTestDb();
  const writer = createDataWriter(db);
  const ws = makeWorkspace();
  expect((await writer.createWorkspace(ws, ACTOR)).ok).toBe(true);
  expect((await writer.createReport(ws.id, { id: 'r1', year: 2026 }, ACTOR)).ok).toBe(true);
  const chapterId = (await getReport(db, ws.id, 'r1'))!.chapters.find((c) => c.key === 'students')!.id;
  return { db, writer, ws, chapterId };
}

const assignment = (chapterId: string) => ({
  id: 'as-1',
  year: 2026,
  chapterId,
  title: '学生发展',
  departmentCode: 'JWC',
  due: '2026-04-30',
  via: null,
  brief: '',
});

describe('report workflow writes', () => {
  it('records a step done, audited; refuses one out of order and writes nothing', async () => {
    const { db, writer, ws } = await setup();
    const early = await writer.changeReportWorkflow(
      ws.id,
      2026,
      { op: 'done', stepId: 'drafting', record: {} },
      ACTOR,
    );
    expect(early.ok ? null : early.error.message).toBe('“工作方案”尚未完成，不能先完成“分工编撰”。');
    expect(await getWorkflow(db, ws.id, 2026)).toBeUndefined();
    const plan = { op: 'done', stepId: 'plan', record: { documentTitle: '2026年质量年报工作方案' } };
    expect((await writer.changeReportWorkflow(ws.id, 2026, plan, ACTOR)).ok).toBe(true);
    expect((await getWorkflow(db, ws.id, 2026))!.steps[0]).toMatchObject({
      state: 'done',
      doneBy: ACTOR.actor,
    });
    const events = await getAuditEvents(db, ws.id);
    expect(events.at(-1)).toMatchObject({ kind: 'report.workflow', summary: { op: 'done', step: 'plan' } });
    expect(verifyAuditChain(events).ok).toBe(true);
  });

  it('分工编撰 waits for the stored chapters; an assignment needs a chapter of the report', async () => {
    const { db, writer, ws, chapterId } = await setup();
    expect((await writer.assignReportChapter(ws.id, assignment(chapterId), ACTOR)).ok).toBe(true);
    const bad = await writer.assignReportChapter(ws.id, { ...assignment('nope'), id: 'as-2' }, ACTOR);
    expect(bad.ok ? null : bad.error.message).toBe('分工对应的报告章节不存在。');
    expect(await listChapterWork(db, ws.id)).toHaveLength(1);
    await writer.changeReportWorkflow(
      ws.id,
      2026,
      { op: 'done', stepId: 'plan', record: { documentTitle: '方案' } },
      ACTOR,
    );
    const r = await writer.changeReportWorkflow(
      ws.id,
      2026,
      { op: 'done', stepId: 'drafting', record: {} },
      ACTOR,
    );
    expect(r.ok ? null : r.error.message).toBe('还有 1 个分工章节未采纳，不能完成“分工编撰”。');
  });

  it('saves a department draft only while drafting, through the chapter gate', async () => {
    const { db, writer, ws, chapterId } = await setup();
    await writer.assignReportChapter(ws.id, assignment(chapterId), ACTOR);
    const bad = await writer.saveChapterDraft(
      ws.id,
      'as-1',
      { type: 'doc', content: [{ type: 'script' }] },
      ACTOR,
    );
    expect(bad.ok ? null : bad.error.message).toBe('不支持的内容类型：script');
    const good = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '草稿' }] }] };
    expect((await writer.saveChapterDraft(ws.id, 'as-1', good, ACTOR)).ok).toBe(true);
    expect((await listChapterWork(db, ws.id))[0]!.draft).toEqual(good);
  });
});
