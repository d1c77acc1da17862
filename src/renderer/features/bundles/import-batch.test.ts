/**
 * Several files imported at once on ONE verify Worker (a fake Worker that runs the real operations in
 * process, so a file can crash it or hang it): the files are handled in the order picked, a file that
 * crashes or stalls the Worker is refused alone with its Chinese cause and the next files run in a
 * fresh Worker, every Worker is terminated by the end, nothing is written before the commit, and the
 * commit goes through the ready files in order.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runVerifyOp, type VerifyOp } from '../../../shared/bundle/verify-ops';
import { commitBatch, previewBatch } from './import-batch';
import { dbHash, type Station } from './testing/exchange-kit';
import { threeStations } from './testing/three-stations';
import { FakeWorker } from '../../workers/testing/fake-worker';
import type { RpcCall } from '../../workers/rpc-protocol';
import { workerSession } from './verify-client';
import { communityRow, twDataBundle } from './testing/tw-bundle';

let office: Station;
let dept: Station;

async function tw(seq: number, names: string[]): Promise<Uint8Array> {
  const st = await dept.state();
  const pair = dept.keys.pairs.get(st.ownKey!.keyId)!;
  return twDataBundle({ pair, yearId: st.officePin!.yearId, seq, rows: names.map((n) => communityRow(n)) });
}

const CRASH = new Uint8Array([0xde, 0xad]);
const HANG = new Uint8Array([0xbe, 0xef]);
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

const bytesOf = (call: RpcCall) => (call.req as { bytes: Uint8Array }).bytes;
/** What a Worker was asked: the op, or which of the special files. */
const asked = (w: FakeWorker) =>
  w.calls.map((c) => (same(bytesOf(c), CRASH) ? 'crash' : same(bytesOf(c), HANG) ? 'hang' : c.op));

/**
 * A Worker stand-in: the real operations, one call at a time in the order posted (as a Worker serves
 * them), except that CRASH kills it and HANG never answers (nothing posted after it runs either).
 */
const turns = new WeakMap<FakeWorker, Promise<void>>();
const inProcess = (w: FakeWorker, m: unknown) => {
  const call = m as RpcCall;
  const bytes = bytesOf(call);
  const turn = (turns.get(w) ?? Promise.resolve()).then(
    () =>
      new Promise<void>((done) => {
        if (same(bytes, HANG)) return;
        setTimeout(() => {
          if (w.terminated > 0) return;
          if (same(bytes, CRASH)) w.crash();
          else
            w.answer(
              call,
              structuredClone(runVerifyOp(call.op as VerifyOp, structuredClone(call.req as never))),
            );
          done();
        }, 0);
      }),
  );
  turns.set(w, turn);
};

beforeAll(async () => {
  ({ office, dept } = await threeStations());
}, 60_000);

describe('importing several files at once', () => {
  it('handles every file in order on one Worker; a crash or hang refuses that file only; commit in order', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const workers: FakeWorker[] = [];
    const deps = {
      ...office.deps,
      openVerifySession: () =>
        workerSession({
          timeoutMs: 500,
          makeWorker: () => (workers.push(new FakeWorker(inProcess)), workers.at(-1)!),
        }),
    };
    const files = [
      { name: '1-团委会.sdd', bytes: await tw(1, ['社团甲', '社团乙']) },
      { name: '2-崩溃.sdd', bytes: CRASH },
      { name: '3-损坏.sdd', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]) },
      { name: '4-卡住.sdd', bytes: HANG },
      { name: '5-团委会第2号.sdd', bytes: await tw(2, ['社团丙']) },
    ];
    const before = await dbHash(office.db);
    const items = await previewBatch(deps, office.ws, await office.state(), files);
    expect(await dbHash(office.db)).toBe(before);

    expect(items.map((i) => [i.name, i.status])).toEqual(
      files.map((f, i) => [f.name, i === 0 ? 'ready' : 'refused']),
    );
    const why = items.map((i) => (i.status === 'refused' ? i.message : ''));
    expect(why[1]).toContain('校验进程异常退出');
    expect(why[2]).toMatch(/[\u4e00-\u9fff]/);
    expect(why[3]).toContain('已中止并拒绝导入');
    expect(why[4]).toBe(
      '本批中的“1-团委会.sdd”与此文件来自同一密钥，序号须依次核对：请先导入本批，再单独导入此文件。',
    );
    // Each file is verified as a data bundle at once (no separate peek), and posted while the one before
    // it runs: files 1-2 run on one Worker until the crash (3 was posted to it, never ran there), 3-4 on a
    // fresh one until the hang (5 likewise), 5 on a third; all terminated.
    expect(workers.map(asked)).toEqual([
      ['verify', 'crash', 'verify'],
      ['verify', 'hang', 'verify'],
      ['verify'],
    ]);
    expect(workers.every((w) => w.terminated === 1)).toBe(true);

    const saved: string[] = [];
    const results = await commitBatch(deps, office.acting, items, (r) => {
      saved.push(r.fileName);
      return Promise.resolve({ ok: true, note: `回执已保存：${r.fileName}` });
    });
    expect(results).toMatchObject([
      { name: '1-团委会.sdd', ok: true, message: expect.stringContaining('已导入') },
    ]);
    expect(saved).toHaveLength(1);
    expect(
      (
        await office.deps.repo.loadTableRows({
          workspaceId: office.ws.id,
          tableCode: 'A10-3',
          departmentCode: 'TW',
        })
      ).map((r) => r.values['communityname']),
    ).toEqual(['社团甲', '社团乙']);
    warn.mockRestore();
  });
});
