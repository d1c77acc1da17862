import { describe, expect, it } from 'vitest';
import { studentTable } from '../../../shared/sheets/test-tables';
import { DEFAULT_SHEET_LIMITS } from '../../../shared/sheets/sheet-limits';
import { ParseClient } from './parse-client';

/** A Worker stand-in that never answers (a parser stuck in a hostile regular expression); it keeps what it was sent. */
function stuckWorker(): Worker & { terminated: boolean; sent: { kind: string }[] } {
  const w = {
    terminated: false,
    sent: [] as { kind: string }[],
    onmessage: null,
    onerror: null,
    postMessage: (m: { kind: string }) => void w.sent.push(m),
    terminate: () => void (w.terminated = true),
  };
  return w as unknown as Worker & { terminated: boolean; sent: { kind: string }[] };
}

const answer = (w: Worker, data: unknown) =>
  (w.onmessage as ((e: { data: unknown }) => void) | null)?.({ data });

describe('ParseClient watchdog (docs/SECURITY.md S2)', () => {
  it('terminates a Worker that does not answer within the limit and refuses with 文件过于复杂', async () => {
    const worker = stuckWorker();
    const client = new ParseClient({ ...DEFAULT_SHEET_LIMITS, timeoutMs: 50 }, undefined, () => worker);
    const t0 = Date.now();
    const r = await client.open('a.xlsx', new Uint8Array(4), studentTable());
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('timeout');
      expect(r.message).toContain('文件过于复杂');
    }
    expect(worker.terminated).toBe(true);
    expect(client.alive).toBe(false);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('stops a small file at its size-scaled limit, long before the cap (SheetJS loops forever on some damaged .xls files)', async () => {
    const worker = stuckWorker();
    const client = new ParseClient(
      { ...DEFAULT_SHEET_LIMITS, timeoutMs: 60_000, timeoutBaseMs: 50, timeoutPerMbMs: 0 },
      undefined,
      () => worker,
    );
    const t0 = Date.now();
    const r = await client.open('名单.xls', new Uint8Array(5642), studentTable());
    expect(r).toMatchObject({ ok: false, code: 'timeout' });
    expect(worker.terminated).toBe(true);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('cancel (dispose) ends the Worker and settles the pending request', async () => {
    const worker = stuckWorker();
    const client = new ParseClient(DEFAULT_SHEET_LIMITS, undefined, () => worker);
    const pending = client.open('a.xlsx', new Uint8Array(4), studentTable());
    client.dispose();
    expect((await pending).ok).toBe(false);
    expect(worker.terminated).toBe(true);
  });

  it('ready() resolves once the Worker answers its ping (the wizard starts the Worker before a file is picked)', async () => {
    const worker = stuckWorker();
    worker.postMessage = (m: { kind: string }) => {
      if (m.kind === 'ping')
        setTimeout(
          () => (worker.onmessage as ((e: { data: unknown }) => void) | null)?.({ data: { kind: 'ready' } }),
          5,
        );
    };
    const client = new ParseClient(DEFAULT_SHEET_LIMITS, undefined, () => worker);
    expect(await client.ready()).toEqual({ ok: true, value: true });
    expect(worker.terminated).toBe(false);
    client.dispose();
  });
});

describe('ParseClient with a peer Worker (a big sheet read in halves)', () => {
  it('gives the first Worker its peer only once the peer has loaded, and ends both on timeout', async () => {
    const [first, peer] = [stuckWorker(), stuckWorker()];
    const client = new ParseClient(
      { ...DEFAULT_SHEET_LIMITS, timeoutMs: 50 },
      undefined,
      () => first,
      () => peer,
    );
    expect(peer.sent.map((m) => m.kind)).toEqual(['peer', 'ping']);
    expect(first.sent.map((m) => m.kind)).toEqual([]);
    answer(peer, { kind: 'ready' });
    expect(first.sent.map((m) => m.kind)).toEqual(['peer']);
    expect(await client.open('a.xlsx', new Uint8Array(4), studentTable())).toMatchObject({
      ok: false,
      code: 'timeout',
    });
    expect([first.terminated, peer.terminated]).toEqual([true, true]);
  });

  it('a peer that never loads leaves the first Worker without one (it reads files whole)', async () => {
    const [first, peer] = [stuckWorker(), stuckWorker()];
    first.postMessage = (m: { kind: string }) => {
      first.sent.push(m);
      if (m.kind === 'ping') setTimeout(() => answer(first, { kind: 'ready' }), 5);
    };
    const client = new ParseClient(
      { ...DEFAULT_SHEET_LIMITS, timeoutBaseMs: 30 },
      undefined,
      () => first,
      () => peer,
    );
    expect(await client.ready()).toEqual({ ok: true, value: true });
    expect(first.sent.map((m) => m.kind)).toEqual(['ping']);
    client.dispose();
    expect([first.terminated, peer.terminated]).toEqual([true, true]);
  });

  it('a crashed peer fails the pending request with a Chinese message and ends both Workers', async () => {
    const [first, peer] = [stuckWorker(), stuckWorker()];
    const client = new ParseClient(
      DEFAULT_SHEET_LIMITS,
      undefined,
      () => first,
      () => peer,
    );
    const pending = client.open('a.xlsx', new Uint8Array(4), studentTable());
    (peer.onerror as ((e: { message: string; preventDefault(): void }) => void) | null)?.({
      message: 'out of memory',
      preventDefault: () => undefined,
    });
    const r = await pending;
    expect(r).toMatchObject({ ok: false, code: 'worker-crashed' });
    if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fff]/);
    expect([first.terminated, peer.terminated]).toEqual([true, true]);
  });
});
