/**
 * 整改 items travel through the real export and import paths on IndexedDB: the office's item goes to
 * TW in a feedback bundle, TW answers it and sends the answer back in its data bundle to the office,
 * the office accepts it and the acceptance reaches TW again. A department bundle that claims an office
 * step is refused whole.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { newRectificationItem } from '../../../shared/rectification/new-rectification';
import type { RectificationItem } from '../../../shared/rectification/rectification-types';
import { buildFeedbackPayload } from '../../../shared/review/feedback-exchange';
import { withRectifications } from '../../../shared/rectification/rectification-bundles';
import { listRectifications } from '../../db/analysis-reads';
import { buildDataBundle, dataRoutes, exportFeedbackBundle } from './data-export';
import { commitDataBundle } from './data-commit';
import { previewDataBundle } from './data-import';
import { commitNoticeBundle, previewNoticeBundle } from './notice-import';
import { dbHash, type Station } from './testing/exchange-kit';
import { must, threeStations } from './testing/three-stations';

let office: Station;
let dept: Station;

const OFFICE_USER = { name: '吴督导', role: 'supervisor' } as const;

function item(): RectificationItem {
  return must(
    newRectificationItem({
      id: '00000000-0000-4000-8000-0000000000c1',
      departmentCode: 'TW',
      title: '专任教师学位信息缺失',
      detail: '研究生学位教师比例无法计算',
      origin: { kind: 'indicator', indicatorId: 'basic.postgraduate-teachers' },
      dueDate: '20251020',
      blocking: true,
      by: OFFICE_USER.name,
      at: '2025-10-08T09:00:00.000Z',
    }),
  );
}

async function feedbackTo(code: string): Promise<Uint8Array> {
  const items = await listRectifications(office.db, office.ws.id);
  const submissions = await office.deps.repo.listSubmissions(office.ws.id);
  const payload = withRectifications(buildFeedbackPayload(submissions, office.ws.station, code), items, code);
  const out = must(await exportFeedbackBundle(office.deps, office.acting, code, payload));
  // Recorded as saving the file does, so the next bundle chains onto it.
  must(await office.deps.repo.recordBundle(office.ws.id, { bundle: out.record }, office.acting.actor));
  return out.bytes;
}

async function importFeedback(s: Station, bytes: Uint8Array) {
  const p = must(await previewNoticeBundle(s.deps, s.ws, await s.state(), bytes, 'feedback'));
  if (p.kind === 'already-imported') throw new Error('already imported');
  return commitNoticeBundle(s.deps, s.acting, p);
}

async function answerToOffice(): Promise<Uint8Array> {
  const out = must(await buildDataBundle(dept.deps, dept.acting, await dept.state(), 'OFFICE'));
  must(await dept.deps.repo.recordBundle(dept.ws.id, { bundle: out.record }, dept.acting.actor));
  return out.bytes;
}

beforeAll(async () => {
  ({ office, dept } = await threeStations());
}, 60_000);

describe('整改 items in feedback and data bundles', () => {
  it('TW sends data straight to the office (the route this test rests on)', async () => {
    expect((await dataRoutes(dept.deps, dept.ws)).get('OFFICE')?.length ?? 0).toBeGreaterThan(0);
  });

  it('office → TW: the item arrives in a feedback bundle without review decisions', async () => {
    must(await office.deps.repo.createRectification(office.ws.id, item(), OFFICE_USER));
    must(await importFeedback(dept, await feedbackTo('TW')));
    const got = await listRectifications(dept.db, dept.ws.id);
    expect(got.map((i) => [i.title, i.state, i.accepted])).toEqual([['专任教师学位信息缺失', 'open', false]]);
  });

  it('TW → office: the answer travels in the data bundle and is merged with the rows', async () => {
    must(
      await dept.deps.repo.stepRectification(
        dept.ws.id,
        item().id,
        { action: 'fix', role: 'department', by: '唐信息', at: '', note: '已补录 12 名教师的学位' },
        { name: '唐信息', role: 'filler' },
      ),
    );
    const bytes = await answerToOffice();
    const p = must(await previewDataBundle(office.deps, office.ws, await office.state(), bytes));
    must(await commitDataBundle(office.deps, office.acting, p));
    const [got] = await listRectifications(office.db, office.ws.id);
    expect(got).toMatchObject({ state: 'fixed', accepted: false, response: '已补录 12 名教师的学位' });
  });

  it('office accepts; the acceptance reaches TW in the next feedback bundle', async () => {
    must(
      await office.deps.repo.stepRectification(
        office.ws.id,
        item().id,
        { action: 'accept', role: 'office', by: OFFICE_USER.name, at: '', note: '' },
        OFFICE_USER,
      ),
    );
    must(await importFeedback(dept, await feedbackTo('TW')));
    const [got] = await listRectifications(dept.db, dept.ws.id);
    expect(got).toMatchObject({ state: 'fixed', accepted: true });
    expect(got?.history.map((h) => h.action)).toEqual(['fix', 'accept']);
  });

  it('a department answer claiming an office step refuses the whole data bundle, database unchanged', async () => {
    const fresh = await threeStations();
    must(await fresh.office.deps.repo.createRectification(fresh.office.ws.id, item(), OFFICE_USER));
    ({ office, dept } = fresh);
    must(await importFeedback(dept, await feedbackTo('TW')));
    // TW's station forges an acceptance in its own copy (the writer would refuse it; write the store).
    const [mine] = await listRectifications(dept.db, dept.ws.id);
    const forged: RectificationItem = {
      ...mine!,
      state: 'fixed',
      accepted: true,
      revision: 3,
      history: [
        { action: 'fix', role: 'department', by: '唐信息', at: 'a', note: 'x' },
        { action: 'accept', role: 'office', by: '唐信息', at: 'b', note: '' },
      ],
    };
    await dept.db.rectifications.put({ workspaceId: dept.ws.id, ...forged });
    const p = must(
      await previewDataBundle(office.deps, office.ws, await office.state(), await answerToOffice()),
    );
    const before = await dbHash(office.db);
    const r = await commitDataBundle(office.deps, office.acting, p);
    expect(r.ok ? '' : r.error.message).toContain('含有发送方无权执行的步骤');
    expect(await dbHash(office.db)).toBe(before);
  }, 60_000);
});
