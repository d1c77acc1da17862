import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../shared/audit/audit-chain';
import { builtInCatalog } from '../../shared/catalog/builtin-catalog';
import type { Enterprise } from '../../shared/enterprise/enterprise-types';
import { listAnnexEntries, listEnterpriseReports, listEnterprises, loadAnnexDefs } from './annex-reads';
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
  it('saves an edited row as the next version of the definitions, audited; a bad edit changes nothing', async () => {
    const { db, writer, ws } = await setup();
    const row = {
      id: 'service.volunteer-hours',
      name: '志愿服务时长',
      unit: '小时',
      source: { kind: 'entered' as const, document: '团委志愿服务台账' },
      verified: false,
      note: '',
    };
    expect((await writer.editAnnexDefs(ws.id, { kind: 'add', tableId: 'service', row }, ACTOR)).ok).toBe(
      true,
    );
    const defs = await loadAnnexDefs(db, ws.id);
    expect(defs.find((t) => t.id === 'service')?.rows.at(-1)).toEqual(row);
    // The new row takes figures like a shipped one.
    const typed = { ...entry, rowId: row.id, source: '台账' };
    expect((await writer.saveAnnexEntry(ws.id, typed, ACTOR)).ok).toBe(true);
    const before = await db.annexDefs.count();
    const bad = await writer.editAnnexDefs(
      ws.id,
      { kind: 'add', tableId: 'service', row: { ...row, name: '重复' } },
      ACTOR,
    );
    expect(!bad.ok && bad.error.message).toContain('已用于“志愿服务时长”');
    expect(await db.annexDefs.count()).toBe(before);
    const kinds = (await getAuditEvents(db, ws.id)).map((e) => e.kind);
    expect(kinds).toContain('annex.defs.add');
    expect((await verifyAuditChain(await getAuditEvents(db, ws.id))).ok).toBe(true);
  });

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
