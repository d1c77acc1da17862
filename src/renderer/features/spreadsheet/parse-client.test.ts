import { describe, expect, it, vi } from 'vitest';
import { studentTable } from '../../../shared/sheets/test-tables';
import { DEFAULT_SHEET_LIMITS } from '../../../shared/sheets/sheet-limits';
import { answering, fakeWorkers, type FakeWorker } from '../../workers/testing/fake-worker';
import type { RpcCall } from '../../workers/rpc-protocol';
import { ParseClient } from './parse-client';

/** A parser stuck in a hostile regular expression: it keeps what it was sent and never answers. */
const stuck = () => undefined;
/** What a Worker was sent: calls by op, one-way messages by kind. */
const sent = (w: FakeWorker | undefined) =>
  (w?.posted ?? []).map((m) =>
    (m as RpcCall).rpc === 'call' ? (m as RpcCall).op : (m as { kind: string }).kind,
  );

describe('ParseClient watchdog (docs/SECURITY.md S2)', () => {
  it('terminates a Worker that does not answer within the limit and refuses with 文件过于复杂', async () => {
    const { made, makeWorker } = fakeWorkers(stuck);
    const client = new ParseClient({ ...DEFAULT_SHEET_LIMITS, timeoutMs: 50 }, undefined, makeWorker);
    const r = await client.open('a.xlsx', new Uint8Array(4), studentTable());
    expect(r).toMatchObject({ ok: false, code: 'timeout', message: expect.stringContaining('文件过于复杂') });
    expect(made.map((w) => w.terminated)).toEqual([1]);
    expect(client.alive).toBe(false);
    expect(await client.header(0, 0)).toMatchObject({ ok: false, code: 'worker-crashed' });
  });

  it('stops a small file at its size-scaled limit, long before the cap (SheetJS loops forever on some damaged .xls files)', async () => {
    vi.useFakeTimers();
    const { made, makeWorker } = fakeWorkers(stuck);
    const client = new ParseClient(
      { ...DEFAULT_SHEET_LIMITS, timeoutMs: 60_000, timeoutBaseMs: 50, timeoutPerMbMs: 0 },
      undefined,
      makeWorker,
    );
    const r = client.open('名单.xls', new Uint8Array(5642), studentTable());
    await vi.advanceTimersByTimeAsync(50);
    expect(await r).toMatchObject({ ok: false, code: 'timeout' });
    expect(made[0]!.terminated).toBe(1);
    vi.useRealTimers();
  });

  it('cancel (dispose) ends the Worker and settles the pending request', async () => {
    const { made, makeWorker } = fakeWorkers(stuck);
    const client = new ParseClient(DEFAULT_SHEET_LIMITS, undefined, makeWorker);
    const pending = client.open('a.xlsx', new Uint8Array(4), studentTable());
    client.dispose();
    expect(await pending).toEqual({ ok: false, code: 'parse-failed', message: '已取消。' });
    expect(made[0]!.terminated).toBe(1);
    client.dispose();
  });

  it('ready() resolves once the Worker answers its ping (the wizard starts the Worker before a file is picked)', async () => {
    const { made, makeWorker } = fakeWorkers(answering(() => 'ready'));
    const client = new ParseClient(DEFAULT_SHEET_LIMITS, undefined, makeWorker);
    expect(await client.ready()).toEqual({ ok: true, value: true });
    expect(made[0]!.terminated).toBe(0);
    client.dispose();
  });

  it('passes progress on and turns a refusal of the file into its Chinese outcome', async () => {
    const { makeWorker } = fakeWorkers((w, m) => {
      const call = m as RpcCall;
      w.reply({ rpc: 'progress', id: call.id, value: { phase: 'scan', done: 1, total: 4 } });
      w.answer(call, { kind: 'refused', code: 'zip-damaged', message: '文件已损坏。' });
    });
    const seen: unknown[] = [];
    const client = new ParseClient(DEFAULT_SHEET_LIMITS, (...p) => seen.push(p), makeWorker);
    expect(await client.open('a.xlsx', new Uint8Array(4), studentTable())).toEqual({
      ok: false,
      code: 'zip-damaged',
      message: '文件已损坏。',
    });
    expect(seen).toEqual([['scan', 1, 4]]);
    client.dispose();
  });
});

describe('ParseClient with a peer Worker (a big sheet read in halves)', () => {
  it('gives the first Worker its peer only once the peer has loaded, and ends both on timeout', async () => {
    const first = fakeWorkers(stuck);
    const peer = fakeWorkers(stuck);
    const client = new ParseClient(
      { ...DEFAULT_SHEET_LIMITS, timeoutMs: 50 },
      undefined,
      first.makeWorker,
      peer.makeWorker,
    );
    await vi.waitFor(() => expect(sent(peer.made[0])).toEqual(['peer', 'ping']));
    expect(sent(first.made[0])).toEqual([]);
    peer.made[0]!.answer(peer.made[0]!.calls[0]!, 'ready');
    await vi.waitFor(() => expect(sent(first.made[0])).toEqual(['peer']));
    expect(await client.open('a.xlsx', new Uint8Array(4), studentTable())).toMatchObject({
      ok: false,
      code: 'timeout',
    });
    expect([first.made[0]!.terminated, peer.made[0]!.terminated]).toEqual([1, 1]);
  });

  it('a peer that never loads leaves the first Worker without one (it reads files whole)', async () => {
    const first = fakeWorkers(answering(() => 'ready'));
    const peer = fakeWorkers(stuck);
    const client = new ParseClient(
      { ...DEFAULT_SHEET_LIMITS, timeoutBaseMs: 30 },
      undefined,
      first.makeWorker,
      peer.makeWorker,
    );
    expect(await client.ready()).toEqual({ ok: true, value: true });
    expect(sent(first.made[0])).toEqual(['ping']);
    client.dispose();
    expect([first.made[0]!.terminated, peer.made[0]!.terminated]).toEqual([1, 1]);
    expect(sent(first.made[0])).toEqual(['ping']);
  });

  it('a crashed peer fails the pending request with a Chinese message and ends both Workers', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const first = fakeWorkers(stuck);
    const peer = fakeWorkers(stuck);
    const client = new ParseClient(DEFAULT_SHEET_LIMITS, undefined, first.makeWorker, peer.makeWorker);
    const pending = client.open('a.xlsx', new Uint8Array(4), studentTable());
    await vi.waitFor(() => expect(first.made[0]!.calls).toHaveLength(1));
    peer.made[0]!.crash('out of memory');
    const r = await pending;
    expect(r).toMatchObject({ ok: false, code: 'worker-crashed' });
    if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fff]/);
    expect([first.made[0]!.terminated, peer.made[0]!.terminated]).toEqual([1, 1]);
    vi.restoreAllMocks();
  });
});
