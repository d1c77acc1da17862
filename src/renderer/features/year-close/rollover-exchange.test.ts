/**
 * 新建下一学年 at two stations, through the real services: the office and department TW roll their
 * locked years over, the office's new-year setup bundle imports at TW with no second handshake (the
 * carried key and pin), TW fills and sends, and the office's new year takes the bundle.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newUuid } from '../../../shared/ids';
import { newSubmission } from '../../../shared/review/review-workflow';
import { yearLockBlockers } from '../../../shared/review/year-lock';
import { nextYearWorkspace } from '../../../shared/year-close/rollover';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import { buildDataBundle } from '../bundles/data-export';
import { commitDataBundle } from '../bundles/data-commit';
import { previewDataBundle } from '../bundles/data-import';
import { applySetupBundle, buildSetupBundle, inspectSetup } from '../bundles/setup-service';
import { communityRows, openStation, type Station } from '../bundles/testing/exchange-kit';
import { must, register, setUp } from '../bundles/testing/three-stations';
import { createStationKey } from '../bundles/key-service';
import { reissuedTrustList } from '../../../shared/year-close/rollover-trust';
import { canonicalJson } from '../../../shared/canonical-json';
import { bytesToBase64 } from '../../../shared/base64';
import { loadSlice } from '../../db/reads';

const LEADER = { name: '郑校长', role: 'leader' } as const;

/** The station as it works in `ws` (same database, keys and sequence store). */
const inYear = (s: Station, ws: Workspace): Station => ({
  ...s,
  ws,
  acting: { ...s.acting, workspace: ws },
  state: () => s.deps.repo.loadExchange(ws.id),
});

async function lockOfficeYear(office: Station): Promise<void> {
  const tasks = await office.deps.repo.loadTasks(office.ws.id);
  for (const b of yearLockBlockers(tasks, [])) {
    const task = tasks.find((t) => t.tableCode === b.tableCode)!;
    await office.db.submissions.put({
      workspaceId: office.ws.id,
      ...newSubmission(task, b.departmentCode),
      state: 'school-approved',
    });
  }
  must(await office.deps.repo.lockYear(office.ws.id, LEADER));
}

describe('新建下一学年 across two stations', () => {
  it('office rolls over → setup bundle → the department imports it without a handshake → fills → office imports', async () => {
    const office = await openStation('office', null);
    const dept = await openStation('department', 'TW');
    must(await createStationKey(office.deps, office.acting));
    await register(office, dept, '团委会');
    await setUp(office, dept);
    await lockOfficeYear(office);
    // The office's lock reached TW as feedback: its own slices are locked.
    const task = (await dept.deps.repo.loadTasks(dept.ws.id)).find((t) => t.tableCode === 'A10-3')!;
    await dept.db.submissions.put({ workspaceId: dept.ws.id, ...newSubmission(task, 'TW'), state: 'locked' });

    const oState = await office.state();
    const list = reissuedTrustList(oState.trustList!.list);
    const bytes = new TextEncoder().encode(canonicalJson(list));
    const sig = must(await office.keys.sign(office.ws.id, oState.ownKey!.keyId, bytes, null));
    const oNext = nextYearWorkspace(office.ws, newUuid(), new Date().toISOString());
    must(
      await office.deps.repo.rolloverYear(office.ws.id, oNext, office.acting.actor, {
        bytesBase64: bytesToBase64(bytes),
        sigText: bytesToBase64(sig),
      }),
    );
    const dNext = nextYearWorkspace(dept.ws, newUuid(), new Date().toISOString());
    must(await dept.deps.repo.rolloverYear(dept.ws.id, dNext, dept.acting.actor));
    const o2 = inYear(office, oNext);
    const d2 = inYear(dept, dNext);

    // Before the new setup bundle the department sends nothing under last year's id.
    const early = await buildDataBundle(d2.deps, d2.acting, await d2.state(), 'OFFICE');
    expect(early.ok ? '' : early.error.message).toContain('新学年的初始化包');

    // Last year's setup bundle is refused in the new year; the new one applies as an update.
    const oldSetup = must(await buildSetupBundle(office.deps, office.acting, await office.state(), 'TW'));
    const refused = await applySetupBundle(d2.deps, d2.acting, await d2.state(), oldSetup.bytes, null);
    expect(refused.ok ? '' : refused.error.message).toContain('上一学年');
    const setup = must(await buildSetupBundle(o2.deps, o2.acting, await o2.state(), 'TW'));
    must(await o2.deps.repo.recordBundle(oNext.id, { bundle: setup.record }, o2.acting.actor));
    expect(must(await inspectSetup(d2.deps, await d2.state(), setup.bytes)).kind).toBe('update');
    expect(must(await applySetupBundle(d2.deps, d2.acting, await d2.state(), setup.bytes, null)).status).toBe(
      'applied',
    );
    const pin = (await d2.state()).officePin!;
    expect(pin.yearId).toBe(oNext.id);
    expect(pin.awaitingYear).toBeUndefined();
    expect((await d2.state()).trustList?.list.version).toBe(list.version);

    // TW fills A10-3 in the new year and sends it; the office's new year takes it.
    must(
      await d2.deps.repo.commitSlice(
        { workspaceId: dNext.id, tableCode: 'A10-3', departmentCode: 'TW' },
        communityRows(3, '新'),
        d2.acting.actor,
        'typed',
      ),
    );
    const data = must(await buildDataBundle(d2.deps, d2.acting, await d2.state(), 'OFFICE'));
    const preview = must(await previewDataBundle(o2.deps, oNext, await o2.state(), data.bytes));
    expect(preview.slices.find((s) => s.tableCode === 'A10-3')).toMatchObject({ departmentCode: 'TW' });
    expect(must(await commitDataBundle(o2.deps, o2.acting, preview)).status).toBe('imported');
    const rows = await loadSlice(o2.db, { workspaceId: oNext.id, tableCode: 'A10-3', departmentCode: 'TW' });
    expect(rows.map((r) => r.values['communityname'])).toEqual(['新社团1', '新社团2', '新社团3']);
  });
});
