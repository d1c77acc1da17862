/**
 * The freeze rule at the writer: every row-writing path (grid edits and paste = applyRowEdits, whole
 * slice commits, spreadsheet import, bundle merges) refuses a slice that is handed over, approved or in
 * a locked year, with a Chinese message and nothing written; a return makes it writable again.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { StoredRow } from '../../shared/records/record-types';
import { newSubmission, nextReviewState, type ReviewAction } from '../../shared/review/review-workflow';
import { dept, passing } from '../../shared/review/review-test-fixtures';
import type { Submission } from '../../shared/review/review-types';
import { studentTable } from '../../shared/sheets/test-tables';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import type { BundleMerge } from './bundle-writes';
import { createDataWriter, type WriteResult } from './data-writer';
import { getAuditEvents, loadSlice } from './reads';
import { getSubmission } from './review-reads';
import type { ReviewUser } from './review-writes';
import { HEAD, LEADER, SUPERVISOR, TO_OFFICE_APPROVAL } from './office-slice-fixture';
import { ACTOR, makeRows, makeWorkspace, openTestDb, sliceKey } from './test-fixtures';
import { dbHash } from '../features/bundles/testing/exchange-kit';
import { builtInDepartments } from '../../shared/departments/builtin-departments';
import { bytesToBase64 } from '../../shared/base64';
import { generateKeyPair, keyIdOf } from '../../shared/bundle/ed25519-keys';
import { signTrustList, type KeyRole, type TrustList, type TrustedKey } from '../../shared/bundle/trust-list';
import type { SliceCorrection } from '../../shared/review/slice-correction';

const table = studentTable();
const task = (tableCode: string): TaskAssignment => ({
  tableCode,
  responsibleDepartment: 'DDS',
  cooperatingDepartments: [],
  summaryDepartment: null,
  deadline: '20251010',
});

const STEPS: ReadonlyArray<readonly [ReviewAction, ReviewUser]> = TO_OFFICE_APPROVAL;

/** The office's own table (department DDS) with rows, walked `steps` review steps along its route. */
async function setup(steps: number, tables = [table.code]) {
  const db = await openTestDb();
  const writer = createDataWriter(db);
  const ws = makeWorkspace();
  // The station's department list names DDS 教学督导室: refusals name the department by that name.
  const departments = builtInDepartments();
  must(await writer.createWorkspace(ws, ACTOR, { departments, tasks: tables.map(task) }));
  const key = sliceKey(ws.id, table.code, 'DDS');
  const rows = makeRows(3);
  must(await writer.commitSlice(key, rows, ACTOR));
  for (const [action, user] of STEPS.slice(0, steps))
    must(await writer.reviewAction(key, action, user, { actor: user.name }));
  return { db, writer, ws, key, rows };
}

function must(r: WriteResult): void {
  if (!r.ok) throw new Error(r.error.message);
}

const edited = (rows: readonly StoredRow[]): StoredRow => ({
  ...(rows[0] as StoredRow),
  values: { ...(rows[0] as StoredRow).values, xm: '张三改' },
});

/** Every row-writing path, against the same slice. */
function writes(s: Awaited<ReturnType<typeof setup>>): Record<string, () => Promise<WriteResult>> {
  const { writer, key, rows, ws } = s;
  return {
    'grid edit / paste (applyRowEdits)': () => writer.applyRowEdits(key, { upserts: [edited(rows)] }, ACTOR),
    'row delete (applyRowEdits)': () => writer.applyRowEdits(key, { deletes: [rows[0]!.id] }, ACTOR),
    'whole-slice commit': () => writer.commitSlice(key, makeRows(2, 'x'), ACTOR, 'grid'),
    'spreadsheet import': () =>
      writer.importSlice(
        key,
        {
          table,
          values: JSON.stringify([{ no: 'T9', name: '新' }]),
          mappedKeys: ['no', 'name'],
          mode: 'replace',
        },
        ACTOR,
      ),
    'bundle merge': () =>
      writer.mergeBundle(ws.id, mergeOf(ws.id, key.departmentCode, makeRows(1, 'm')), ACTOR),
  };
}

function mergeOf(workspaceId: string, departmentCode: string, rows: readonly StoredRow[]): BundleMerge {
  const bundleHash = `h${Math.random().toString(16).slice(2).padEnd(16, '0')}`;
  return {
    slices: [{ tableCode: table.code, departmentCode, rows }],
    sequences: [],
    bundle: {
      workspaceId,
      bundleHash,
      receivedAt: '2025-10-01T00:00:00.000Z',
      direction: 'received',
      kind: 'data',
      keyId: 'k1',
      sender: { stationRole: 'department', departmentCode },
      addressee: 'OFFICE',
      seq: 1,
      createdAt: '2025-10-01T00:00:00.000Z',
      auditHead: '0'.repeat(64),
      status: 'imported',
      slices: [],
      warnings: [],
    },
  };
}

describe('the data writer refuses row writes to a frozen slice', () => {
  const frozenCases: Array<[string, number, RegExp]> = [
    ['submitted', 1, /已提交部门负责人审核（陈信息，.*须由本部门负责人退回/],
    ['approved at L1 (handed over)', 2, /已经部门负责人审核通过并报送（周主任，.*须由学校督导员退回/],
    ['received by the office', 3, /已报送并由学校接收，等待审核.*须由学校督导员退回/],
    ['school-approved', 4, /已经学校审核通过（校级审核）（吴督导，.*须由本站（督导室）督导员退回/],
  ];
  for (const [name, steps, message] of frozenCases) {
    it(`${name}: every path refuses with the reason and who can reopen, nothing written`, async () => {
      const s = await setup(steps);
      const before = await dbHash(s.db);
      for (const [path, write] of Object.entries(writes(s))) {
        const r = await write();
        expect(r.ok, path).toBe(false);
        if (r.ok) continue;
        expect(r.error.code, path).toBe('slice-frozen');
        expect(r.error.message, path).toMatch(new RegExp(`^表 ${table.code}（教学督导室）`));
        expect(r.error.message, path).toMatch(message);
      }
      expect(await dbHash(s.db)).toBe(before);
    });
  }

  it('a locked year freezes every slice, even one never submitted, until the office reopens it', async () => {
    const s = await setup(4, [table.code, 'A1-2']);
    // A1-2 is expected too: the year can only be locked once it is school-approved as well.
    const other = sliceKey(s.ws.id, 'A1-2', 'DDS');
    for (const [action, user] of STEPS) must(await s.writer.reviewAction(other, action, user, ACTOR));
    must(await s.writer.lockYear(s.ws.id, LEADER, ACTOR));
    const before = await dbHash(s.db);
    for (const [path, write] of Object.entries(writes(s))) {
      const r = await write();
      expect(r.ok ? '' : r.error.message, path).toMatch(
        /所在年度数据已锁定（郑校长，.*督导员或领导小组填写原因解除年度锁定/,
      );
    }
    const untouched = sliceKey(s.ws.id, 'A9-9', 'RSC');
    const r = await s.writer.commitSlice(untouched, makeRows(1), ACTOR);
    expect(r.ok ? '' : r.error.code).toBe('slice-frozen');
    expect(await dbHash(s.db)).toBe(before);

    must(await s.writer.reopenYear(s.ws.id, '更正口径', SUPERVISOR, ACTOR));
    // Reopened = school-approved again: still frozen until the 督导员 returns it.
    expect((await s.writer.applyRowEdits(s.key, { upserts: [edited(s.rows)] }, ACTOR)).ok).toBe(false);
    expect((await s.writer.commitSlice(untouched, makeRows(1), ACTOR)).ok).toBe(true);
  });

  it('a return puts the slice back in the filler’s hands: every path writes again', async () => {
    for (const steps of [1, 4]) {
      const s = await setup(steps);
      const returner = steps === 1 ? HEAD : SUPERVISOR;
      must(await s.writer.reviewAction(s.key, { type: 'return', reason: '请更正姓名' }, returner, ACTOR));
      for (const [path, write] of Object.entries(writes(s))) {
        if (path === 'row delete (applyRowEdits)') continue; // the commits before replaced the rows
        const r = await write();
        expect(r.ok ? '' : r.error.message, path).toBe('');
      }
    }
  });
});

describe('bundle merges into frozen slices', () => {
  it('an original already held (same rows) is a no-op for its slice: rows and review state kept, audited', async () => {
    const s = await setup(4);
    const rowsBefore = await loadSlice(s.db, s.key);
    const merge = mergeOf(s.ws.id, 'DDS', s.rows);
    const r = await s.writer.mergeBundle(s.ws.id, { ...merge, submissions: [], receiver: SUPERVISOR }, ACTOR);
    expect(r.ok ? '' : r.error.message).toBe('');
    expect(await loadSlice(s.db, s.key)).toEqual(rowsBefore);
    expect(
      (await getSubmission(s.db, { workspaceId: s.ws.id, tableCode: table.code, departmentCode: 'DDS' }))
        ?.state,
    ).toBe('school-approved');
    const last = (await getAuditEvents(s.db, s.ws.id)).at(-1);
    expect(last?.kind).toBe('bundle.merge');
    expect(last?.summary.unchangedFrozen).toEqual([`${table.code}/DDS`]);
  });

  it('a frozen slice whose rows would change refuses the whole bundle, naming the slice; other slices are not written either', async () => {
    const s = await setup(4);
    const draft = sliceKey(s.ws.id, table.code, 'RSC');
    const merge = mergeOf(s.ws.id, 'DDS', [edited(s.rows), ...s.rows.slice(1)]);
    const before = await dbHash(s.db);
    const r = await s.writer.mergeBundle(
      s.ws.id,
      {
        ...merge,
        slices: [{ tableCode: table.code, departmentCode: 'RSC', rows: makeRows(2) }, ...merge.slices],
      },
      ACTOR,
    );
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error.message).toMatch(
      new RegExp(`^表 ${table.code}（教学督导室）已经学校审核通过`),
    );
    expect(await dbHash(s.db)).toBe(before);
    expect(await loadSlice(s.db, draft)).toEqual([]);
  });

  it('scans the year’s review records for a lock once per bundle, however many open slices it merges', async () => {
    const s = await setup(0);
    const scans = vi.spyOn(s.db.submissions, 'where');
    const merge = mergeOf(s.ws.id, 'RSC', makeRows(2));
    const slices = ['RSC', 'JWC', 'XGC'].map((departmentCode) => ({
      tableCode: table.code,
      departmentCode,
      rows: makeRows(2, departmentCode),
    }));
    must(await s.writer.mergeBundle(s.ws.id, { ...merge, slices }, ACTOR));
    expect(scans).toHaveBeenCalledTimes(1);
    for (const d of ['RSC', 'JWC', 'XGC'])
      expect(await loadSlice(s.db, sliceKey(s.ws.id, table.code, d))).toHaveLength(2);
  });
});

describe('a summary department’s copies of the slices it summarises', () => {
  it('come only through bundles: its users’ writes are refused on every path, its own slice is writable', async () => {
    const db = await openTestDb();
    const writer = createDataWriter(db);
    const ws = makeWorkspace({ station: { role: 'summary', departmentCode: 'XGC' } });
    must(
      await writer.createWorkspace(ws, ACTOR, {
        departments: builtInDepartments(),
        tasks: [task(table.code)],
      }),
    );
    const copy = sliceKey(ws.id, table.code, 'DDS');
    must(await writer.mergeBundle(ws.id, mergeOf(ws.id, 'DDS', makeRows(3)), ACTOR));
    const rows = await loadSlice(db, copy);
    const before = await dbHash(db);
    const s = { db, writer, ws, key: copy, rows };
    for (const [path, write] of Object.entries(writes(s))) {
      if (path === 'bundle merge') continue;
      const r = await write();
      expect(r.ok ? '' : r.error.message, path).toBe(
        `表 ${table.code}（教学督导室）是该部门报送到本站的副本，数据只读，未写入任何内容；如需修改，须由教学督导室修改后重新报送。`,
      );
    }
    expect(await dbHash(db)).toBe(before);
    // The department's next bundle still merges into the copy; the station's own slice takes its users' writes.
    must(await writer.mergeBundle(ws.id, mergeOf(ws.id, 'DDS', makeRows(2, 'n')), ACTOR));
    expect(await loadSlice(db, copy)).toHaveLength(2);
    must(await writer.commitSlice(sliceKey(ws.id, table.code, 'XGC'), makeRows(1), ACTOR, 'grid'));
  });
});

describe('the office’s copies of a department’s slices', () => {
  /** A signed trust list at the office registering `departments`' keys (the last one revoked if asked). */
  async function officeWith(departments: readonly string[], revoked = false) {
    const db = await openTestDb();
    const writer = createDataWriter(db);
    const ws = makeWorkspace();
    const tasks = [{ ...task(table.code), responsibleDepartment: 'XGC', cooperatingDepartments: ['DDS'] }];
    must(await writer.createWorkspace(ws, ACTOR, { departments: builtInDepartments(), tasks }));
    const officePair = generateKeyPair();
    const officeKey = stationKey('DDS', 'office', officePair.publicKey);
    const keys = departments.map((d, i) => ({
      ...stationKey(d, 'department'),
      ...(revoked && i === departments.length - 1 ? { revokedAt: '2025-10-02T00:00:00.000Z' } : {}),
    }));
    const list: TrustList = { version: 1, officeKeyId: officeKey.keyId, keys: [officeKey, ...keys] };
    const { bytes, sigText } = signTrustList(list, officePair.secretKey);
    const record = {
      workspaceId: ws.id,
      kind: 'trust-list',
      list,
      bytesBase64: bytesToBase64(bytes),
      sigText,
    } as const;
    must(await writer.saveTrust(ws.id, [record], { version: 1 }, ACTOR));
    return { db, writer, ws, tasks };
  }

  it('from a department with its own station are refused on every user path, even returned; merges and 校级更正 apply', async () => {
    const { db, writer, ws, tasks } = await officeWith(['XGC']);
    const key = sliceKey(ws.id, table.code, 'XGC');
    // The department's bundle: its rows, approved at L1 there, received at the office; then corrected.
    const sent = { ...mergeOf(ws.id, 'XGC', makeRows(3)), submissions: [handedOver(tasks[0]!)] };
    must(await writer.mergeBundle(ws.id, { ...sent, receiver: SUPERVISOR }, ACTOR));
    expect((await getSubmission(db, key))?.state).toBe('received');
    const rows = await loadSlice(db, key);
    must(await writer.correctSlice(ws.id, correctionOf(rows[1]!), ACTOR));
    expect((await loadSlice(db, key))[1]!.values['xm']).toBe('张三');
    must(await writer.reviewAction(key, { type: 'return', reason: '请核对学号' }, SUPERVISOR, ACTOR));

    const before = await dbHash(db);
    const s = { db, writer, ws, key, rows: await loadSlice(db, key) };
    for (const [path, write] of Object.entries(writes(s))) {
      if (path === 'bundle merge') continue;
      const r = await write();
      expect(r.ok ? '' : r.error.code, path).toBe('slice-frozen');
      expect(r.ok ? '' : r.error.message, path).toBe(
        `表 ${table.code}（学生工作处）是该部门报送到本站的副本，数据只读，未写入任何内容；如需修改，须由学生工作处修改后重新报送；报送到本站后，本站督导员或领导小组也可作校级更正。`,
      );
    }
    expect(await dbHash(db)).toBe(before);
    expect((await writer.confirmCarriedRows(key, null, ACTOR)).ok).toBe(false);
    // The department's next bundle still merges into its returned copy.
    must(await writer.mergeBundle(ws.id, mergeOf(ws.id, 'XGC', makeRows(2, 'n')), ACTOR));
    expect(await loadSlice(db, key)).toHaveLength(2);
  });

  it('of a department without a station (none registered, or its only key revoked) and the office’s own stay writable', async () => {
    for (const [registered, revoked] of [
      [[], false],
      [['XGC'], true],
      [['TW'], false],
    ] as const) {
      const { db, writer, ws } = await officeWith(registered, revoked);
      for (const dept of ['XGC', 'DDS']) {
        const key = sliceKey(ws.id, table.code, dept);
        must(await writer.commitSlice(key, makeRows(3), ACTOR, 'grid'));
        const s = { db, writer, ws, key, rows: await loadSlice(db, key) };
        for (const [path, write] of Object.entries(writes(s))) {
          if (path === 'row delete (applyRowEdits)') continue; // the commits before replaced the rows
          const r = await write();
          expect(r.ok ? '' : r.error.message, `${dept} ${path}`).toBe('');
        }
      }
    }
  });
});

function stationKey(
  departmentCode: string,
  role: KeyRole,
  publicKey = generateKeyPair().publicKey,
): TrustedKey {
  return {
    keyId: keyIdOf(publicKey),
    publicKey: bytesToBase64(publicKey),
    departmentCode,
    role,
    addedAt: '2025-09-01T00:00:00.000Z',
  };
}

/** XGC's review record as its station sends it: submitted and approved at L1 there. */
function handedOver(t: TaskAssignment): Submission {
  let s = newSubmission(t, 'XGC');
  const at = { at: '2025-10-01T00:00:00.000Z' };
  for (const [action, actor] of [
    [{ type: 'submit' }, dept('XGC', 'filler')],
    [{ type: 'approve', level: 1, checklist: passing(1), ticks: [] }, dept('XGC', 'head')],
  ] as const) {
    const r = nextReviewState(s, action, actor, at);
    if (!r.ok) throw new Error(r.error.message);
    s = r.value;
  }
  return s;
}

function correctionOf(row: StoredRow): SliceCorrection {
  return {
    id: globalThis.crypto.randomUUID(),
    departmentCode: 'XGC',
    tableCode: table.code,
    rowId: row.id,
    field: 'xm',
    oldValue: String(row.values['xm']),
    newValue: '张三',
    reason: '与学籍档案核对',
    actor: { ...SUPERVISOR, station: { role: 'office', departmentCode: null } },
    at: '2025-10-09T08:00:00.000Z',
  };
}
