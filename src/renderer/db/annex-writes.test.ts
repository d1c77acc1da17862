import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../shared/audit/audit-chain';
import { builtInCatalog } from '../../shared/catalog/builtin-catalog';
import type { Enterprise } from '../../shared/enterprise/enterprise-types';
import { listAnnexEntries, listEnterpriseReports, listEnterprises } from './annex-reads';
import { createDataWriter } from './data-writer';
import { getAuditEvents } from './reads';
import { listReports } from './report-reads';
import { ACTOR, makeWorkspace, openTestDb } from './test-fixtures';

async function setup() {
  const db = await openTestDb();
  const writer = createDataWriter(db);
  const ws = makeWorkspace();
  expect((await writer.createWorkspace(ws, ACTOR, { catalog: builtInCatalog() })).ok).toBe(true);
  return { db, writer, ws };
}

const enterprise = (id: string, name: string, creditCode: string, years: number[] = []): Enterprise => ({
  id,
  name,
  aliases: [],
  creditCode,
  industry: '制造业',
  collegeCode: 'JDXY',
  yearsCompiled: years,
  inactive: false,
});

const entry = {
  rowId: 'scorecard.monthly-income',
  column: 1 as const,
  departmentCode: '',
  value: 4820,
  evidence: '',
};

describe('annex and enterprise writes', () => {
  it('stores an entered figure with its source, reviews it, and refuses one without a source unchanged', async () => {
    const { db, writer, ws } = await setup();
    const bad = await writer.saveAnnexEntry(ws.id, { ...entry, source: '' }, ACTOR);
    expect(bad).toMatchObject({ ok: false, error: { code: 'annex-refused' } });
    expect(!bad.ok && bad.error.message).toContain('数据来源');
    expect(await listAnnexEntries(db, ws.id)).toEqual([]);
    const events = (await getAuditEvents(db, ws.id)).length;

    expect((await writer.saveAnnexEntry(ws.id, { ...entry, source: '毕业生跟踪调查' }, ACTOR)).ok).toBe(true);
    const back = await writer.reviewAnnexEntry(
      ws.id,
      entry.rowId,
      1,
      { kind: 'return', note: '与报告不符' },
      ACTOR,
    );
    expect(back.ok).toBe(true);
    expect((await listAnnexEntries(db, ws.id))[0]).toMatchObject({
      state: 'returned',
      review: { note: '与报告不符' },
    });
    expect(
      (await writer.saveAnnexEntry(ws.id, { ...entry, value: 4900, source: '毕业生跟踪调查' }, ACTOR)).ok,
    ).toBe(true);
    expect((await writer.reviewAnnexEntry(ws.id, entry.rowId, 1, { kind: 'approve' }, ACTOR)).ok).toBe(true);
    expect((await listAnnexEntries(db, ws.id))[0]).toMatchObject({
      state: 'approved',
      entry: { value: 4900 },
    });
    const log = await getAuditEvents(db, ws.id);
    expect(log.slice(events).map((e) => e.kind)).toEqual([
      'annex.enter',
      'annex.return',
      'annex.enter',
      'annex.approve',
    ]);
    expect(verifyAuditChain(log).ok).toBe(true);
  });

  it('refuses an enterprise with a wrong check character or a credit code already on the roster', async () => {
    const { db, writer, ws } = await setup();
    const wrong = await writer.saveEnterprise(ws.id, enterprise('e1', '甲公司', '913201001000000088'), ACTOR);
    expect(!wrong.ok && wrong.error.message).toContain('校验位');
    expect(
      (await writer.saveEnterprise(ws.id, enterprise('e1', '甲公司', '913201001000000089'), ACTOR)).ok,
    ).toBe(true);
    const twin = await writer.saveEnterprise(ws.id, enterprise('e2', '乙公司', '913201001000000089'), ACTOR);
    expect(!twin.ok && twin.error.message).toContain('甲公司');
    expect((await listEnterprises(db, ws.id)).map((e) => e.name)).toEqual(['甲公司']);
  });

  it('assigns the year by rotation, creating each enterprise report document, once per college and year', async () => {
    const { db, writer, ws } = await setup();
    await writer.saveEnterprise(ws.id, enterprise('e1', '甲公司', '913201001000000089', [2024]), ACTOR);
    await writer.saveEnterprise(ws.id, enterprise('e2', '乙公司', '91320100100079190N'), ACTOR);
    await writer.saveEnterprise(ws.id, enterprise('e3', '丙公司', '913201001001583823', [2023]), ACTOR);
    const req = { year: 2025, counts: [['JDXY', 2]] as const, reportIds: ['r1', 'r2', 'r3'] };
    expect((await writer.assignEnterpriseReports(ws.id, req, ACTOR)).ok).toBe(true);
    const links = await listEnterpriseReports(db, ws.id);
    expect(links.map((l) => l.enterpriseId).sort()).toEqual(['e2', 'e3']);
    const reports = await listReports(db, ws.id);
    expect(reports.map((r) => r.kind)).toEqual(['enterprise', 'enterprise']);
    expect(reports[0]?.chapters.map((c) => c.title)).toEqual([
      '企业概况',
      '参与办学总体情况',
      '资源投入',
      '参与教育教学改革',
      '助推企业发展',
      '问题与展望',
    ]);
    expect((await listEnterprises(db, ws.id)).find((e) => e.id === 'e2')?.yearsCompiled).toEqual([2025]);
    const again = await writer.assignEnterpriseReports(ws.id, req, ACTOR);
    expect(again.ok).toBe(false);
    expect(await listReports(db, ws.id)).toHaveLength(2);
    // The school's own report of the year can still be created beside the enterprise reports.
    expect((await writer.createReport(ws.id, { id: 'school', year: 2026 }, ACTOR)).ok).toBe(true);
  });
});
