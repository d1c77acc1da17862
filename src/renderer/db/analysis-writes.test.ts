import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../shared/audit/audit-chain';
import { builtInCatalog } from '../../shared/catalog/builtin-catalog';
import { sampleRectificationItem } from '../../shared/rectification/testing/sample-item';
import { getLatestIndicatorSet, getLatestStandardSet, listRectifications } from './analysis-reads';
import { createDataWriter } from './data-writer';
import { getAuditEvents } from './reads';
import { ACTOR, makeWorkspace, openTestDb } from './test-fixtures';

async function setup() {
  const db = await openTestDb();
  const writer = createDataWriter(db);
  const ws = makeWorkspace();
  expect((await writer.createWorkspace(ws, ACTOR, { catalog: builtInCatalog() })).ok).toBe(true);
  return { db, writer, ws };
}

const item = () => sampleRectificationItem();

describe('analysis writes', () => {
  it('keeps the shipped indicators and standards as version 1 and stores the next versions', async () => {
    const { db, writer, ws } = await setup();
    const indicators = await getLatestIndicatorSet(db, ws);
    expect(indicators.version).toBe(1);
    const standards = await getLatestStandardSet(db, ws);
    const next = { ...standards, version: 2, category: 'engineering' as const };
    expect((await writer.saveStandardSet(ws.id, next, ACTOR)).ok).toBe(true);
    expect(await getLatestStandardSet(db, ws)).toMatchObject({ version: 2, category: 'engineering' });
    expect(await db.standardSets.count()).toBe(2);
    const stale = await writer.saveStandardSet(ws.id, next, ACTOR);
    expect(stale).toMatchObject({ ok: false, error: { code: 'analysis-refused' } });
    const renamed = indicators.indicators.map((d, i) => (i === 0 ? { ...d, name: '全日制在校生' } : d));
    expect(
      (await writer.saveIndicatorSet(ws.id, { ...indicators, version: 2, indicators: renamed }, ACTOR)).ok,
    ).toBe(true);
    expect((await getLatestIndicatorSet(db, ws)).indicators[0]?.name).toBe('全日制在校生');
    expect(verifyAuditChain(await getAuditEvents(db, ws.id)).ok).toBe(true);
  });

  it('refuses a standards set with a value out of range whole, writing nothing', async () => {
    const { db, writer, ws } = await setup();
    const standards = await getLatestStandardSet(db, ws);
    const bad = {
      ...standards,
      version: 2,
      values: standards.values.map((v, i) => (i === 1 ? { ...v, value: 150 } : v)),
    };
    const before = (await getAuditEvents(db, ws.id)).length;
    const r = await writer.saveStandardSet(ws.id, bad, ACTOR);
    expect(r.ok ? '' : r.error.message).toContain('超出 0～100%');
    expect(await db.standardSets.count()).toBe(0);
    expect(await getAuditEvents(db, ws.id)).toHaveLength(before);
  });

  it('refuses an indicator that does not compile against the catalog', async () => {
    const { db, writer, ws } = await setup();
    const set = await getLatestIndicatorSet(db, ws);
    const broken = set.indicators.map((d, i) => (i === 0 ? { ...d, numerator: 'count(A99)' } : d));
    const r = await writer.saveIndicatorSet(ws.id, { ...set, version: 2, indicators: broken }, ACTOR);
    expect(r.ok ? '' : r.error.message).toContain('没有表“A99”');
  });

  it('creates, steps and merges rectification items, audited', async () => {
    const { db, writer, ws } = await setup();
    expect((await writer.createRectification(ws.id, item(), ACTOR)).ok).toBe(true);
    const step = { role: 'department' as const, by: '人事处', at: '', note: '已补录' };
    expect((await writer.stepRectification(ws.id, item().id, { ...step, action: 'accept' }, ACTOR)).ok).toBe(
      false,
    );
    expect((await writer.stepRectification(ws.id, item().id, { ...step, action: 'fix' }, ACTOR)).ok).toBe(
      true,
    );
    const [stored] = await listRectifications(db, ws.id);
    expect(stored).toMatchObject({ state: 'fixed', response: '已补录', revision: 2 });
    // The office's own copy is older: the department's answer merges in; a forged acceptance does not.
    const office = await setup();
    expect((await office.writer.createRectification(office.ws.id, item(), ACTOR)).ok).toBe(true);
    expect((await office.writer.mergeRectifications(office.ws.id, [stored!], 'department', ACTOR)).ok).toBe(
      true,
    );
    expect((await listRectifications(office.db, office.ws.id))[0]).toMatchObject({ state: 'fixed' });
    const forged = {
      ...stored!,
      accepted: true,
      revision: 9,
      history: [
        ...stored!.history,
        { ...stored!.history[0]!, action: 'accept' as const, role: 'office' as const },
      ],
    };
    const r = await office.writer.mergeRectifications(office.ws.id, [forged], 'department', ACTOR);
    expect(r).toMatchObject({ ok: false, error: { code: 'analysis-refused' } });
    const kinds = (await getAuditEvents(db, ws.id)).map((e) => e.kind);
    expect(kinds).toContain('rectification.create');
    expect(kinds).toContain('rectification.step');
  });
});
