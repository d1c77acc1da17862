/**
 * The review record travels with the data through the real export and import paths on
 * IndexedDB: TW's approved A9-6-1 (with a 合理性说明) goes to XGC, which receives it in the merge
 * transaction, approves it at L2 and forwards it with its own slice to the office; a refused receive
 * leaves the database untouched; a copy that was never approved imports its rows with a warning; a
 * forged or misrouted record refuses the bundle; a bundle without the entry (older format) imports.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeBundle } from '../../../shared/bundle/bundle-writer';
import { signBytes } from '../../../shared/bundle/ed25519-keys';
import { bytes, unpack } from '../../../shared/bundle/testing/rezip';
import { canonicalJson } from '../../../shared/canonical-json';
import { passing } from '../../../shared/review/review-test-fixtures';
import type { Submission } from '../../../shared/review/review-types';
import { REVIEW_ENTRY } from '../../../shared/review/submission-entry';
import { getAuditEvents } from '../../db/reads';
import { getSubmission } from '../../db/review-reads';
import type { ReviewUser } from '../../db/review-writes';
import { builtInCatalog } from '../../../shared/catalog/builtin-catalog';
import { sampleRows } from '../../../shared/national-export/testing/sample-rows';
import { describeSummary, kindLabel } from '../audit/audit-view';
import { buildDataBundle, buildForwardBundle } from './data-export';
import { commitDataBundle } from './data-commit';
import { previewDataBundle } from './data-import';
import { dbHash, type Station } from './testing/exchange-kit';
import { must, threeStations } from './testing/three-stations';

const FILLER: ReviewUser = { name: '唐信息', role: 'filler' };
const HEAD: ReviewUser = { name: '田书记', role: 'head' };
const JUSTIFY = 'rule:A9-6-1.demo';

let office: Station;
let summary: Station;
let dept: Station;

/** Two valid A9-6-1 rows (cell errors would block the submit), distinct per department. */
const validRows = (code: string) =>
  sampleRows(
    builtInCatalog().tables.find((t) => t.code === 'A9-6-1')!,
    2,
    code === 'TW' ? 1 : 11,
  );

/** Fills A9-6-1 at `s` as department `code`; with `approve`, submits and has the 负责人 approve it. */
async function fill(s: Station, code: string, approve: boolean): Promise<void> {
  const key = { workspaceId: s.ws.id, tableCode: 'A9-6-1', departmentCode: code };
  must(await s.deps.repo.commitSlice(key, validRows(code), { name: FILLER.name, role: FILLER.role }, 'test'));
  if (!approve) return;
  must(await s.deps.repo.setJustification(key, JUSTIFY, '获奖数与上年相比变化较大，已核对获奖文件', FILLER));
  must(await s.deps.repo.reviewAction(key, { type: 'submit' }, FILLER));
  must(
    await s.deps.repo.reviewAction(
      key,
      { type: 'approve', level: 1, checklist: passing(1), ticks: [] },
      HEAD,
    ),
  );
}

async function importAt(s: Station, b: Uint8Array) {
  const p = must(await previewDataBundle(s.deps, s.ws, await s.state(), b));
  return { preview: p, commit: await commitDataBundle(s.deps, s.acting, p) };
}

const entryOf = (b: Uint8Array): { submissions: Submission[] } =>
  JSON.parse(new TextDecoder().decode(unpack(b).find((e) => e.name === REVIEW_ENTRY)!.bytes)) as {
    submissions: Submission[];
  };

beforeAll(async () => {
  ({ office, summary, dept } = await threeStations());
}, 60_000);

describe('the review record in data and forward bundles', () => {
  it('department → summary: the approved copy and its 合理性说明 are received with the rows, in one audited merge', async () => {
    await fill(dept, 'TW', true);
    const out = must(await buildDataBundle(dept.deps, dept.acting, await dept.state(), 'XGC'));
    expect(entryOf(out.bytes).submissions.map((s) => [s.departmentCode, s.tableCode, s.state])).toEqual([
      ['TW', 'A9-6-1', 'dept-approved'],
    ]);
    const { preview, commit } = await importAt(summary, out.bytes);
    expect(preview.warnings).toEqual([]);
    expect(commit.ok).toBe(true);
    const got = await getSubmission(summary.db, {
      workspaceId: summary.ws.id,
      tableCode: 'A9-6-1',
      departmentCode: 'TW',
    });
    expect(got?.state).toBe('received');
    expect(got?.justifications[JUSTIFY]?.text).toBe('获奖数与上年相比变化较大，已核对获奖文件');
    expect(got?.history.map((e) => [e.action, e.actor.name])).toEqual([
      ['submit', '唐信息'],
      ['approve', '田书记'],
      ['receive', '负责人'],
    ]);
    const kinds = (await getAuditEvents(summary.db, summary.ws.id)).slice(-2).map((e) => e.kind);
    expect(kinds).toEqual(['bundle.merge', 'review.receive']);
  });

  it('summary → office: the forward carries the L2-approved contributor copy and the summary’s own copy', async () => {
    const key = { workspaceId: summary.ws.id, tableCode: 'A9-6-1', departmentCode: 'TW' };
    must(
      await summary.deps.repo.reviewAction(
        key,
        { type: 'approve', level: 2, checklist: passing(2), ticks: [] },
        HEAD,
      ),
    );
    await fill(summary, 'XGC', true);
    const fwd = must(await buildForwardBundle(summary.deps, summary.acting, await summary.state()));
    expect(
      entryOf(fwd.bytes)
        .submissions.map((s) => `${s.departmentCode}:${s.state}`)
        .sort(),
    ).toEqual(['TW:summary-approved', 'XGC:dept-approved']);
    const { commit } = await importAt(office, fwd.bytes);
    expect(commit.ok).toBe(true);
    expect(
      (
        await getSubmission(office.db, {
          workspaceId: office.ws.id,
          tableCode: 'A9-6-1',
          departmentCode: 'TW',
        })
      )?.state,
    ).toBe('summary-approved');
    expect(
      (
        await getSubmission(office.db, {
          workspaceId: office.ws.id,
          tableCode: 'A9-6-1',
          departmentCode: 'XGC',
        })
      )?.state,
    ).toBe('received');
    expect(
      (
        await getSubmission(office.db, {
          workspaceId: office.ws.id,
          tableCode: 'A9-6-1',
          departmentCode: 'TW',
        })
      )?.justifications[JUSTIFY]?.by,
    ).toBe(FILLER.name);
  });

  it('a data bundle re-sending rows the summary already approved leaves its frozen copy as held', async () => {
    const out = must(await buildDataBundle(dept.deps, dept.acting, await dept.state(), 'XGC'));
    const rowsBefore = await summary.deps.repo.loadTableRows({
      workspaceId: summary.ws.id,
      tableCode: 'A9-6-1',
      departmentCode: 'TW',
    });
    const { commit } = await importAt(summary, out.bytes);
    expect(commit.ok).toBe(true);
    expect(
      (
        await getSubmission(summary.db, {
          workspaceId: summary.ws.id,
          tableCode: 'A9-6-1',
          departmentCode: 'TW',
        })
      )?.state,
    ).toBe('summary-approved');
    expect(
      await summary.deps.repo.loadTableRows({
        workspaceId: summary.ws.id,
        tableCode: 'A9-6-1',
        departmentCode: 'TW',
      }),
    ).toEqual(rowsBefore);
    const merge = (await getAuditEvents(summary.db, summary.ws.id)).at(-1);
    expect(merge?.kind).toBe('bundle.merge');
    expect(merge?.summary.unchangedFrozen).toEqual(['A9-6-1/TW']);
  });

  it('a receive the state machine refuses (the 领导小组 importing) refuses the whole import, database unchanged', async () => {
    const fresh = await threeStations();
    await fill(fresh.dept, 'TW', true);
    const out = must(
      await buildDataBundle(fresh.dept.deps, fresh.dept.acting, await fresh.dept.state(), 'XGC'),
    );
    const at = fresh.summary;
    const p = must(await previewDataBundle(at.deps, at.ws, await at.state(), out.bytes));
    const before = await dbHash(at.db);
    const leader = { ...at.acting, actor: { name: '郑校长', role: 'leader' } };
    const r = await commitDataBundle(at.deps, leader, p);
    expect(r.ok ? '' : r.error.message).toBe('接收需要由信息员、负责人操作');
    expect(await dbHash(at.db)).toBe(before);
  }, 60_000);

  it('every audit event the three stations wrote reads in Chinese on 审计日志 (no raw English keys)', async () => {
    for (const s of [office, summary, dept]) {
      for (const e of await getAuditEvents(s.db, s.ws.id)) {
        expect(kindLabel(e.kind), e.kind).not.toMatch(/[a-z]/);
        expect(describeSummary(e), e.kind).not.toMatch(/[A-Za-z]+：/);
      }
    }
  });

  it('a copy not yet approved: rows import, the record does not, and the preview says so', async () => {
    const fresh = await threeStations();
    await fill(fresh.dept, 'TW', false);
    const key = { workspaceId: fresh.dept.ws.id, tableCode: 'A9-6-1', departmentCode: 'TW' };
    must(await fresh.dept.deps.repo.setJustification(key, JUSTIFY, '说明', FILLER));
    const out = must(
      await buildDataBundle(fresh.dept.deps, fresh.dept.acting, await fresh.dept.state(), 'XGC'),
    );
    expect(entryOf(out.bytes).submissions.map((s) => s.state)).toEqual(['draft']);
    const { preview, commit } = await importAt(fresh.summary, out.bytes);
    expect(commit.ok).toBe(true);
    expect(preview.warnings).toEqual([
      'TW 的 A9-6-1 表尚未经负责人审核通过（当前为“填报中”），数据照常导入，审核记录未接收。',
    ]);
    expect(
      await getSubmission(fresh.summary.db, {
        workspaceId: fresh.summary.ws.id,
        tableCode: 'A9-6-1',
        departmentCode: 'TW',
      }),
    ).toBeUndefined();
    expect(
      (
        await fresh.summary.deps.repo.loadTableRows({
          workspaceId: fresh.summary.ws.id,
          tableCode: 'A9-6-1',
          departmentCode: 'TW',
        })
      ).length,
    ).toBe(2);
  });
});

describe('the review entry at the trust boundary', () => {
  let env: Awaited<ReturnType<typeof threeStations>>;
  let approved: Submission;
  beforeAll(async () => {
    env = await threeStations();
    await fill(env.dept, 'TW', true);
    approved = (await getSubmission(env.dept.db, {
      workspaceId: env.dept.ws.id,
      tableCode: 'A9-6-1',
      departmentCode: 'TW',
    }))!;
  }, 60_000);

  /** TW's real data bundle, re-signed by TW's own key with `copies` as its review entry (or none). */
  async function signedWith(copies: readonly unknown[]): Promise<Uint8Array> {
    const out = must(await buildDataBundle(env.dept.deps, env.dept.acting, await env.dept.state(), 'XGC'));
    const { format: _f, formatVersion: _v, alg: _a, files: listed, ...fields } = out.manifest;
    const tables = unpack(out.bytes).filter((e) => e.name.startsWith('tables/'));
    const files = tables.map((e) => ({
      path: e.name,
      bytes: e.bytes,
      rows: listed.find((f) => f.path === e.name)!.rows!,
    }));
    const entry =
      copies.length === 0
        ? []
        : [
            {
              path: REVIEW_ENTRY,
              bytes: bytes(canonicalJson({ format: 'review-submissions', version: 1, submissions: copies })),
            },
          ];
    const pair = env.dept.keys.pairs.get(out.manifest.keyId)!;
    return must(
      writeBundle({
        manifestFields: fields,
        files: [...files, ...entry],
        sign: (m) => signBytes(m, pair.secretKey),
      }),
    ).bytes;
  }

  it('refuses a record for a slice the bundle does not carry, on another route, or malformed — database unchanged', async () => {
    const cases: Array<[unknown, string]> = [
      [
        { ...approved, tableCode: 'A10-3' },
        '数据包中的审核记录不正确（A10-3/TW 不是本包报送的数据或重复），已拒绝。',
      ],
      [
        { ...approved, summaryDepartment: null },
        '数据包中的审核记录不正确（A9-6-1/TW 的报送路线与任务分配不符），已拒绝。',
      ],
      [{ ...approved, history: [{ junk: true }] }, '数据包中的审核记录不正确（格式不符），已拒绝。'],
      [
        { ...approved, justifications: { constructor: { text: 'x', by: 'x', at: 'x' } } },
        '文件 files/review.json 含有不允许的键名 "constructor"，已拒绝。',
      ],
    ];
    for (const [copy, message] of cases) {
      const b = await signedWith([copy]);
      const before = await dbHash(env.summary.db);
      const p = await previewDataBundle(env.summary.deps, env.summary.ws, await env.summary.state(), b);
      expect(p.ok ? '' : p.error.message).toBe(message);
      expect(await dbHash(env.summary.db)).toBe(before);
    }
  });

  it('a department cannot claim an L2 approval in its own data bundle: the record is not received', async () => {
    const { preview } = await importAt(
      env.summary,
      await signedWith([{ ...approved, state: 'summary-approved' }]),
    );
    expect(preview.merge.submissions).toEqual([]);
    expect(preview.warnings.filter((w) => w.includes('尚未经负责人审核通过'))).toHaveLength(1);
  });

  it('a bundle without the entry (older format) imports its rows', async () => {
    const old = await signedWith([]);
    expect(unpack(old).some((e) => e.name === REVIEW_ENTRY)).toBe(false);
    const { commit } = await importAt(env.summary, old);
    expect(commit.ok).toBe(true);
    expect(
      (
        await env.summary.deps.repo.loadTableRows({
          workspaceId: env.summary.ws.id,
          tableCode: 'A9-6-1',
          departmentCode: 'TW',
        })
      ).length,
    ).toBe(2);
  });
});
