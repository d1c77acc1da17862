/**
 * The disposable verification Worker's lifecycle, with a fake Worker: one Worker per batch (a single
 * request is a batch of one), always terminated — when the batch closes, when it never answers
 * (watchdog) and when it dies — and a hung or crashed Worker refuses that file in Chinese, never an
 * exception or a promise that never settles, while the batch's other files go on in a fresh Worker.
 */
import { describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../../shared/result';
import { fakeWorkers, type FakeWorker } from '../../workers/testing/fake-worker';
import type { RpcCall } from '../../workers/rpc-protocol';
import { prestartVerifyWorker, takeVerifyWorker, workerSession, workerVerifier } from './verify-client';

type Behave = (w: FakeWorker, m: RpcCall) => void;
const factory = (behave: Behave) => fakeWorkers((w, m) => behave(w, m as RpcCall));

const bytes = new Uint8Array([1, 2, 3]);
const X_CRASHED = expect.stringContaining('校验进程异常退出') as unknown as string;
const file = (n: number) => new Uint8Array([n]);
const nameOf = (m: RpcCall) => (m.req as { bytes: Uint8Array }).bytes[0];
/** Answers each request with the number of the file it was asked about. */
const answer: Behave = (w, m) => queueMicrotask(() => w.answer(m, ok(nameOf(m))));

describe('workerVerifier (a batch of one)', () => {
  it('creates one Worker per request, returns its answer and terminates it', async () => {
    const { made, makeWorker } = factory((w, m) =>
      queueMicrotask(() =>
        w.answer(m, err('json-invalid', '文件 manifest.json 嵌套层数超过 8 层，已拒绝。')),
      ),
    );
    const verify = workerVerifier({ timeoutMs: 50, makeWorker });
    const a = await verify('peek', { bytes });
    const b = await verify('read-registration', { bytes });
    expect(a).toEqual(err('json-invalid', '文件 manifest.json 嵌套层数超过 8 层，已拒绝。'));
    expect(b.ok).toBe(false);
    expect(made.map((w) => [w.calls[0]?.op, w.terminated])).toEqual([
      ['peek', 1],
      ['read-registration', 1],
    ]);
  });

  it('terminates a Worker that never answers and refuses the file in Chinese', async () => {
    const { made, makeWorker } = factory(() => undefined);
    const r = await workerVerifier({ timeoutMs: 50, makeWorker })('verify-setup', {
      bytes,
      ctx: {
        station: { role: 'department', departmentCode: 'TW' },
        yearId: 'y',
        officePublicKey: new Uint8Array(32),
        sequences: [],
        now: new Date(),
      },
      held: null,
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'verify-timeout', message: expect.stringContaining('已中止并拒绝导入') },
    });
    expect(made[0]!.terminated).toBe(1);
  });

  it('a Worker that dies (e.g. out of memory) is a Chinese refusal; a late answer is ignored', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { made, makeWorker } = factory((w, m) =>
      queueMicrotask(() => {
        w.crash('Out of memory');
        w.answer(m, ok('late'));
      }),
    );
    const r = await workerVerifier({ timeoutMs: 50, makeWorker })('peek', { bytes });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'verify-crashed', message: expect.stringContaining('校验进程异常退出') },
    });
    expect(made[0]!.terminated).toBe(1);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});

describe('workerSession (several files at once)', () => {
  it('answers every file, in order, from one Worker that is terminated only when the batch closes', async () => {
    const { made, makeWorker } = factory(answer);
    const s = workerSession({ timeoutMs: 50, makeWorker });
    // Asked all at once: the answers still come back in the order asked, one request at a time.
    const rs = await Promise.all([1, 2, 3, 4].map((n) => s.run('peek', { bytes: file(n) })));
    expect(rs).toEqual([ok(1), ok(2), ok(3), ok(4)]);
    expect(made).toHaveLength(1);
    expect(made[0]!.calls.map(nameOf)).toEqual([1, 2, 3, 4]);
    expect(made[0]!.terminated).toBe(0);
    s.close();
    expect(made[0]!.terminated).toBe(1);
  });

  it('a file that crashes the Worker is refused alone; the next files run in a fresh Worker', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { made, makeWorker } = factory((w, m) =>
      nameOf(m) === 2 ? queueMicrotask(() => w.crash('Out of memory')) : answer(w, m),
    );
    const s = workerSession({ timeoutMs: 50, makeWorker });
    const rs = [];
    for (const n of [1, 2, 3, 4]) rs.push(await s.run('peek', { bytes: file(n) }));
    s.close();
    expect(rs[0]).toEqual(ok(1));
    expect(rs[1]).toMatchObject({ ok: false, error: { code: 'verify-crashed', message: X_CRASHED } });
    expect(rs.slice(2)).toEqual([ok(3), ok(4)]);
    expect(made.map((w) => [w.calls.map(nameOf), w.terminated])).toEqual([
      [[1, 2], 1],
      [[3, 4], 1],
    ]);
    warn.mockRestore();
  });

  it('a file that hangs is stopped by the watchdog and refused; the batch goes on in a fresh Worker', async () => {
    const { made, makeWorker } = factory((w, m) => (nameOf(m) === 1 ? undefined : answer(w, m)));
    const s = workerSession({ timeoutMs: 30, makeWorker });
    const rs = await Promise.all([1, 2].map((n) => s.run('peek', { bytes: file(n) })));
    s.close();
    expect(rs[0]).toMatchObject({
      ok: false,
      error: { code: 'verify-timeout', message: expect.stringContaining('已中止并拒绝导入') },
    });
    expect(rs[1]).toEqual(ok(2));
    expect(made.map((w) => w.terminated)).toEqual([1, 1]);
  });

  it('closing while a file is in flight terminates the Worker after its answer', async () => {
    let release: () => void = () => undefined;
    const { made, makeWorker } = factory((w, m) => (release = () => answer(w, m)));
    const s = workerSession({ timeoutMs: 1000, makeWorker });
    const pending = s.run('peek', { bytes: file(7) });
    await vi.waitFor(() => expect(made).toHaveLength(1));
    s.close();
    expect(made[0]!.terminated).toBe(0);
    release();
    expect(await pending).toEqual(ok(7));
    expect(made[0]!.terminated).toBe(1);
  });
});

describe('a verify Worker started ahead of the batch', () => {
  it('is the Worker the next batch runs on, given once; the next batch starts its own', async () => {
    const { made, makeWorker } = factory(answer);
    prestartVerifyWorker(makeWorker);
    expect(made).toHaveLength(1);
    expect(made[0]!.calls).toEqual([]);
    const first = workerSession({ timeoutMs: 50, makeWorker: () => takeVerifyWorker(makeWorker) });
    expect(await first.run('peek', { bytes: file(1) })).toEqual(ok(1));
    first.close();
    expect(made).toHaveLength(1);
    expect(made[0]!.terminated).toBe(1);
    const second = workerSession({ timeoutMs: 50, makeWorker: () => takeVerifyWorker(makeWorker) });
    expect(await second.run('peek', { bytes: file(2) })).toEqual(ok(2));
    second.close();
    expect(made.map((w) => [w.calls.map(nameOf), w.terminated])).toEqual([
      [[1], 1],
      [[2], 1],
    ]);
  });

  it('is terminated when the tab closes before any batch, and is not replaced by a second start', () => {
    const { made, makeWorker } = factory(answer);
    const stop = prestartVerifyWorker(makeWorker);
    const again = prestartVerifyWorker(makeWorker);
    expect(made).toHaveLength(1);
    stop();
    again();
    expect(made[0]!.terminated).toBe(1);
    takeVerifyWorker(makeWorker);
    expect(made).toHaveLength(2);
  });

  it('is not used once it failed to load: the batch gets a new Worker', async () => {
    const { made, makeWorker } = factory(answer);
    prestartVerifyWorker(makeWorker);
    made[0]!.crash('script failed to load');
    const session = workerSession({ timeoutMs: 50, makeWorker: () => takeVerifyWorker(makeWorker) });
    expect(await session.run('peek', { bytes: file(3) })).toEqual(ok(3));
    session.close();
    expect(made.map((w) => [w.calls.length, w.terminated])).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });
});
