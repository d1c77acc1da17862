import { describe, expect, it, vi } from 'vitest';
import { fieldFixture, tableFixture } from '../../../shared/catalog/catalog-fixtures';
import type { StoredRow } from '../../../shared/records/record-types';
import { err, ok } from '../../../shared/result';
import { sliceWriteGate, type SliceWriteVerdict } from '../../../shared/review/slice-freeze';
import type { Repository, WriteOutcome } from '../../data/repository';
import { commitText, deleteRows, insertRows, pasteClipboard, undo } from './grid-commands';
import { createGridStore } from './grid-store';

const table = tableFixture({
  code: 'T1',
  naturalKey: ['no'],
  fields: [
    fieldFixture({ key: 'no', label: '编号', type: 'code' }),
    fieldFixture({ key: 'xm', label: '姓名', type: 'text' }),
  ],
});
const slice = { workspaceId: 'w', tableCode: 'T1', departmentCode: 'D' };
const stored: StoredRow[] = [
  { id: 'r0', values: { no: 'A1', xm: '甲' }, by: 'u', at: 't', src: 'typed' },
  { id: 'r1', values: { no: 'A2', xm: '乙' }, by: 'u', at: 't', src: 'typed' },
];

/** A repository whose writes stay pending until the test answers them, in the order they were sent. */
function fakeRepo(freeze: SliceWriteVerdict = { writable: true }) {
  const sent: Array<{ upserts: readonly StoredRow[]; answer: (r: WriteOutcome) => void }> = [];
  const repo = {
    loadTableRows: vi.fn(() => Promise.resolve(stored)),
    prepareEdits: vi.fn(() => Promise.resolve()),
    loadSliceFreeze: vi.fn(() => Promise.resolve(freeze)),
    applyRowEdits: vi.fn(
      (_s: unknown, edits: { upserts?: readonly StoredRow[] }) =>
        new Promise<WriteOutcome>((answer) => sent.push({ upserts: edits.upserts ?? [], answer })),
    ),
  };
  return { repo: repo as unknown as Repository, sent, calls: repo };
}

async function openStore(freeze?: SliceWriteVerdict) {
  const fake = fakeRepo(freeze);
  const store = createGridStore({
    repo: fake.repo,
    table,
    slice,
    actor: { name: '李', role: 'filler' },
    lastUpdated: null,
    now: () => '2025-09-03T00:00:00.000Z',
  });
  await store.load();
  return { store, ...fake };
}

describe('grid store saving', () => {
  it('sends each edit to the repository at once, before the previous one is answered', async () => {
    const { store, sent } = await openStore();
    commitText(store, 1, 0, '丙');
    commitText(store, 1, 1, '丁');
    expect(sent.map((s) => s.upserts.map((r) => r.values.xm))).toEqual([['丙'], ['丁']]);
    expect(store.api.getState().pendingWrites).toBe(2);
    for (const s of sent) s.answer(ok(undefined));
    await store.flush();
    expect(store.api.getState()).toMatchObject({ pendingWrites: 0, lastUpdated: { by: '李' } });
  });

  it('a refused write is reported and the rows are reloaded from storage', async () => {
    const { store, sent, calls } = await openStore();
    commitText(store, 1, 0, '丙');
    expect(store.api.getState().rows[0]?.values.xm).toBe('丙');
    sent[0]?.answer(err('storage-full', '磁盘空间不足'));
    await store.flush();
    const s = store.api.getState();
    expect(s.notice?.kind).toBe('error');
    expect(s.pendingWrites).toBe(0);
    expect(calls.loadTableRows).toHaveBeenCalledTimes(2);
    expect(s.rows[0]?.values.xm).toBe('甲');
  });

  it('a write that throws is reported like a refusal and later writes still complete', async () => {
    const { store, calls } = await openStore();
    calls.applyRowEdits.mockImplementationOnce(() => Promise.reject(new Error('worker gone')));
    calls.applyRowEdits.mockImplementationOnce(() => Promise.resolve(ok(undefined)));
    commitText(store, 1, 0, '丙');
    commitText(store, 1, 1, '丁');
    await store.flush();
    expect(store.api.getState().pendingWrites).toBe(0);
    expect(store.api.getState().notice?.text).toContain('worker gone');
  });
});

describe('a frozen slice', () => {
  const frozen = sliceWriteGate({
    tableCode: 'T1',
    departmentCode: 'D',
    submission: {
      summaryDepartment: null,
      state: 'submitted',
      history: [
        {
          at: '2025-09-03T00:00:00.000Z',
          actor: { name: '李', role: 'filler', station: { role: 'department', departmentCode: 'D' } },
          action: 'submit',
          from: 'draft',
          to: 'submitted',
        },
      ],
    },
    station: { role: 'department', departmentCode: 'D' },
    yearLocked: false,
  });

  it('opens read-only with the reason, refuses every edit with it and sends nothing to storage', async () => {
    const { store, calls } = await openStore(frozen);
    const s = store.api.getState();
    expect(s.frozen?.reason).toContain('已提交部门负责人审核');
    commitText(store, 1, 0, '丙');
    expect(store.api.getState().rows[0]?.values.xm).toBe('甲');
    expect(store.api.getState().notice).toMatchObject({ kind: 'warning' });
    expect(store.api.getState().notice?.text).toContain('须由本部门负责人退回');
    for (const command of [
      () => pasteClipboard(store, 'A9\t丁', ''),
      () => insertRows(store),
      () => deleteRows(store),
      () => undo(store),
    ]) {
      store.api.setState({ notice: null });
      command();
      expect(store.api.getState().notice?.text).toContain('数据只读');
    }
    expect(store.api.getState().rows).toEqual(stored);
    expect(calls.applyRowEdits).not.toHaveBeenCalled();
    expect(calls.prepareEdits).not.toHaveBeenCalled();
  });
});
