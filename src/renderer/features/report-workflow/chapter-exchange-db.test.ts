/**
 * The chapter loop at database level, through the same services the pages use: the office assigns a
 * chapter to 团委会 (TW) and signs it down with its indicator snapshot; TW drafts, its 负责人 signs the
 * chapter up; the office imports it into the report, returns it with a comment, TW sees the comment and
 * resubmits, the office accepts. Refusals (docs/SECURITY.md C1, C2) change nothing.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { PmNode } from '../../../shared/report/pm-json';
import { createStaticSource } from '../../../shared/report/static-source';
import { takeSnapshot } from '../../../shared/report-workflow/indicator-snapshot';
import { dbHash, type Station } from '../bundles/testing/exchange-kit';
import { must, threeStations } from '../bundles/testing/three-stations';
import { acceptCase, type CaseRecord } from '../../../shared/report-workflow/case-library';
import {
  buildCasesBundle,
  buildChapterSubmission,
  buildOfficeChapterBundle,
  commitChapterBundle,
  previewChapterBundle,
  recordChapterBundle,
  type ChapterOutgoing,
} from './chapter-exchange';
import { buildChapterRelay } from './chapter-relay-send';

const YEAR = 2026;
const doc = (text: string, marks?: PmNode['marks']): PmNode => ({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '学生发展' }] },
    { type: 'paragraph', content: [{ type: 'text', text, ...(marks ? { marks } : {}) }] },
  ],
});
const snapshot = takeSnapshot(
  createStaticSource({ kind: 'draft', id: 'draft', label: '草稿数据' }, [
    {
      info: {
        id: 'employment',
        name: '就业率',
        unit: '%',
        precision: 1,
        definition: '',
        sourceTables: [],
        standard: null,
      },
      reading: { value: 96.5, previous: null },
    },
  ]),
  '2026-04-01T08:00:00.000Z',
);

async function importInto(s: Station, out: ChapterOutgoing) {
  const p = await previewChapterBundle(s.deps, s.acting, out.bytes);
  if (!p.ok) return p;
  return commitChapterBundle(s.deps, s.acting, p.value);
}

async function setting(via: string | null = null) {
  const { office, summary, dept } = await threeStations();
  must(await office.deps.repo.createReport(office.ws.id, { id: 'r1', year: YEAR }, office.acting.actor));
  const report = (await office.deps.repo.loadReport(office.ws.id, 'r1'))!;
  const chapterId = report.chapters.find((c) => c.key === 'students')!.id;
  const assignment = {
    id: 'as-1',
    year: YEAR,
    chapterId,
    title: '学生发展',
    departmentCode: 'TW',
    due: '2026-04-30',
    via,
    brief: '写清学生活动',
  };
  must(await office.deps.repo.assignReportChapter(office.ws.id, assignment, office.acting.actor));
  const down = must(await buildOfficeChapterBundle(office.deps, office.acting, 'TW', [], snapshot));
  must(await recordChapterBundle(office.deps, office.acting, down));
  must(await importInto(dept, down));
  return { office, summary, dept, chapterId };
}

async function submit(dept: Station, text: string): Promise<ChapterOutgoing> {
  const work = (await dept.deps.repo.listChapterWork(dept.ws.id))[0]!;
  const out = must(await buildChapterSubmission(dept.deps, dept.acting, work, doc(text), ''));
  must(await recordChapterBundle(dept.deps, dept.acting, out));
  return out;
}

describe('chapter bundles between the office and a department', () => {
  it('assign → draft → submit → import into the report → return with a comment → fix → accept', async () => {
    const { office, dept, chapterId } = await setting();
    const held = await dept.deps.repo.listChapterWork(dept.ws.id);
    expect(held).toMatchObject([{ state: 'drafting', assignment: { id: 'as-1', departmentCode: 'TW' } }]);
    expect(await dept.deps.repo.latestOfficeSnapshot(dept.ws.id)).toMatchObject({
      takenAt: '2026-04-01T08:00:00.000Z',
    });

    const first = await submit(dept, '团委会开展志愿服务 120 次。');
    expect(first.manifest).toMatchObject({ kind: 'chapter', addressee: 'OFFICE' });
    const imported = must(await importInto(office, first));
    expect(imported.receipt?.ok).toBe(true);
    const heads = await office.deps.repo.loadReportChapters(
      (await office.deps.repo.loadReport(office.ws.id, 'r1'))!,
    );
    const head = heads.find((v) => v.chapterId === chapterId)!;
    expect(JSON.stringify(head.content)).toContain('志愿服务 120 次');
    expect(head.note).toContain('团委会来稿第 1 稿');

    const comment = {
      type: 'comment',
      attrs: { commentId: 'c1', text: '请补充参与人数', author: '督导室', at: '2026-04-02', resolved: false },
    };
    const commented = doc('团委会开展志愿服务 120 次。', [comment]);
    const back = must(
      await buildOfficeChapterBundle(
        office.deps,
        office.acting,
        'TW',
        [
          {
            assignmentId: 'as-1',
            revision: 1,
            action: 'return',
            at: '',
            by: '王督导',
            reason: '数据不全',
            content: commented,
          },
        ],
        null,
      ),
    );
    must(await recordChapterBundle(office.deps, office.acting, back));
    must(await importInto(dept, back));
    const returned = (await dept.deps.repo.listChapterWork(dept.ws.id))[0]!;
    expect(returned.state).toBe('returned');
    expect(JSON.stringify(returned.draft)).toContain('请补充参与人数');

    const second = await submit(dept, '团委会开展志愿服务 120 次，参与 3,000 人次。');
    must(await importInto(office, second));
    const accept = must(
      await buildOfficeChapterBundle(
        office.deps,
        office.acting,
        'TW',
        [
          {
            assignmentId: 'as-1',
            revision: 2,
            action: 'accept',
            at: '',
            by: '王督导',
            reason: '',
            content: null,
          },
        ],
        null,
      ),
    );
    must(await recordChapterBundle(office.deps, office.acting, accept));
    expect((await office.deps.repo.listChapterWork(office.ws.id))[0]!.state).toBe('accepted');
    must(await importInto(dept, accept));
    expect((await dept.deps.repo.listChapterWork(dept.ws.id))[0]!.state).toBe('accepted');

    // C2: the first revision again (an older bundle) changes nothing.
    const before = await dbHash(office.db);
    const again = await importInto(office, first);
    expect(again.ok).toBe(true);
    expect(await dbHash(office.db)).toBe(before);
  });

  it('C1: a chapter from a department that was not assigned it is refused, nothing written', async () => {
    const { office, summary } = await setting();
    // XGC forges a submission for TW's assignment with its own key.
    const forged = must(
      await buildChapterSubmission(
        summary.deps,
        summary.acting,
        {
          workspaceId: summary.ws.id,
          assignment: (await office.deps.repo.listChapterWork(office.ws.id))[0]!.assignment,
          state: 'drafting',
          revision: 0,
          history: [],
          draft: null,
          approvedBy: null,
        },
        doc('冒名稿件'),
        '',
      ),
    );
    const before = await dbHash(office.db);
    const r = await importInto(office, forged);
    expect(r.ok ? null : r.error).toMatchObject({
      code: 'chapter-unassigned',
      message: '“学生发展”分配给了团委会，学生工作处不能提交该章节，已拒绝。',
    });
    expect(await dbHash(office.db)).toBe(before);
  });

  it('C2: an older revision after a newer one is refused (sequence), nothing written', async () => {
    const { office, dept } = await setting();
    const work = (await dept.deps.repo.listChapterWork(dept.ws.id))[0]!;
    const one = must(await buildChapterSubmission(dept.deps, dept.acting, work, doc('第一稿'), ''));
    const two = must(
      await buildChapterSubmission(
        dept.deps,
        dept.acting,
        { ...work, revision: 1, state: 'returned' },
        doc('第二稿'),
        '',
      ),
    );
    must(await importInto(office, two));
    const before = await dbHash(office.db);
    const r = await importInto(office, one);
    expect(r.ok ? null : r.error.code).toBe('replay');
    expect(await dbHash(office.db)).toBe(before);
  });

  it('案例库: a department’s cases reach the office library; an accepted case is not replaced by a resend', async () => {
    const { office, dept } = await setting();
    const c: CaseRecord = {
      id: 'case-1',
      year: YEAR,
      title: '志愿服务进社区',
      text: '全年 120 次',
      tags: ['志愿服务'],
      photos: [],
      departmentCode: 'TW',
      status: 'submitted',
      by: '负责人',
      at: '2026-04-01T08:00:00.000Z',
      editedBy: null,
      editedAt: null,
    };
    const out = must(await buildCasesBundle(dept.deps, dept.acting, [c]));
    must(await recordChapterBundle(dept.deps, dept.acting, out));
    must(await importInto(office, out));
    expect(await office.deps.repo.listLibraryCases()).toMatchObject([{ id: 'case-1', status: 'submitted' }]);
    const accepted = must(
      acceptCase(
        c,
        { title: '志愿服务进社区', text: '全年 120 次', tags: ['志愿服务', '社区'] },
        '王督导',
        'now',
      ),
    );
    must(await office.deps.repo.saveLibraryCase(office.ws.id, accepted, office.acting.actor));
    const again = must(await buildCasesBundle(dept.deps, dept.acting, [{ ...c, title: '改过的标题' }]));
    must(await importInto(office, again));
    expect(await office.deps.repo.listLibraryCases()).toMatchObject([
      { title: '志愿服务进社区', status: 'accepted' },
    ]);
  });

  it('through a summary department: TW → XGC (held, reviewed) → office, the original verified there', async () => {
    const { office, summary, dept, chapterId } = await setting('XGC');
    const toXgc = must(await buildOfficeChapterBundle(office.deps, office.acting, 'XGC', [], snapshot));
    must(await recordChapterBundle(office.deps, office.acting, toXgc));
    must(await importInto(summary, toXgc));
    expect(await summary.deps.repo.listChapterWork(summary.ws.id)).toMatchObject([
      { state: 'drafting', assignment: { id: 'as-1', departmentCode: 'TW', via: 'XGC' } },
    ]);

    const up = await submit(dept, '团委会开展志愿服务 120 次。');
    expect(up.manifest.addressee).toBe('XGC');
    // Straight to the office it is refused (C5), nothing written.
    const before = await dbHash(office.db);
    const direct = await importInto(office, up);
    expect(direct.ok ? null : direct.error.code).toBe('wrong-addressee');
    expect(await dbHash(office.db)).toBe(before);

    const held = must(await importInto(summary, up));
    expect(held.receipt?.ok).toBe(true);
    const work = (await summary.deps.repo.listChapterWork(summary.ws.id))[0]!;
    expect(work).toMatchObject({ state: 'submitted', revision: 1, original: { seq: up.manifest.seq } });
    expect(JSON.stringify(work.draft)).toContain('志愿服务 120 次');

    const relay = must(await buildChapterRelay(summary.deps, summary.acting, work, '数据已核对'));
    expect(relay.manifest).toMatchObject({
      kind: 'chapter',
      addressee: 'OFFICE',
      sender: { departmentCode: 'XGC' },
    });
    must(await recordChapterBundle(summary.deps, summary.acting, relay));
    expect((await summary.deps.repo.listChapterWork(summary.ws.id))[0]!.history.at(-1)).toMatchObject({
      action: 'relay',
      revision: 1,
    });

    const imported = must(await importInto(office, relay));
    expect(imported.receipt?.ok && imported.receipt.value.manifest.addressee).toBe('XGC');
    const report = (await office.deps.repo.loadReport(office.ws.id, 'r1'))!;
    const head = (await office.deps.repo.loadReportChapters(report)).find((v) => v.chapterId === chapterId)!;
    expect(JSON.stringify(head.content)).toContain('志愿服务 120 次');
    expect(head.note).toContain('团委会来稿第 1 稿（负责人 审核），经学生工作处转报');
    expect((await office.deps.repo.listChapterWork(office.ws.id))[0]).toMatchObject({
      state: 'submitted',
      revision: 1,
    });
    // The same relay again is a no-op; nothing changes.
    const after = await dbHash(office.db);
    must(await importInto(office, relay));
    expect(await dbHash(office.db)).toBe(after);
  });
});
