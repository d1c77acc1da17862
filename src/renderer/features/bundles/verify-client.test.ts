/**
 * The disposable verification Worker's lifecycle, with a fake Worker: one Worker per request, always
 * terminated — after the answer, when it never answers (watchdog) and when it dies — and a hung or
 * crashed Worker becomes a Chinese refusal, never an exception or a promise that never settles.
 */
import { describe, expect, it, vi } from 'vitest';
import type { VerifyRequest } from '../../../shared/bundle/verify-ops';
import { err, ok } from '../../../shared/result';
import { workerVerifier, type VerifyWorker } from './verify-client';

class FakeWorker implements VerifyWorker {
  onmessage: VerifyWorker['onmessage'] = null;
  onerror: VerifyWorker['onerror'] = null;
  onmessageerror: VerifyWorker['onmessageerror'] = null;
  readonly posted: VerifyRequest[] = [];
  terminated = 0;
  constructor(private readonly behave: (w: FakeWorker, m: VerifyRequest) => void) {}
  postMessage(m: VerifyRequest): void {
    this.posted.push(m);
    this.behave(this, m);
  }
  terminate(): void {
    this.terminated++;
  }
}

function runner(behave: (w: FakeWorker, m: VerifyRequest) => void, timeoutMs = 50) {
  const made: FakeWorker[] = [];
  const verify = workerVerifier({ timeoutMs, makeWorker: () => (made.push(new FakeWorker(behave)), made.at(-1)!) });
  return { verify, made };
}

const bytes = new Uint8Array([1, 2, 3]);

describe('workerVerifier', () => {
  it('creates one Worker per request, returns its answer and terminates it', async () => {
    const { verify, made } = runner((w) => queueMicrotask(() => w.onmessage?.({ data: err('json-invalid', '文件 manifest.json 嵌套层数超过 8 层，已拒绝。') } as MessageEvent)));
    const a = await verify('peek', { bytes });
    const b = await verify('read-registration', { bytes });
    expect(a).toEqual(err('json-invalid', '文件 manifest.json 嵌套层数超过 8 层，已拒绝。'));
    expect(b.ok).toBe(false);
    expect(made.map((w) => [w.posted[0]?.op, w.terminated])).toEqual([
      ['peek', 1],
      ['read-registration', 1],
    ]);
  });

  it('terminates a Worker that never answers and refuses the file in Chinese', async () => {
    const { verify, made } = runner(() => undefined);
    const r = await verify('verify-setup', { bytes, ctx: { station: { role: 'department', departmentCode: 'TW' }, yearId: 'y', officePublicKey: new Uint8Array(32), sequences: [], now: new Date() }, held: null });
    expect(r).toMatchObject({ ok: false, error: { code: 'verify-timeout', message: expect.stringContaining('已中止并拒绝导入') } });
    expect(made[0]!.terminated).toBe(1);
  });

  it('a Worker that dies (e.g. out of memory) is a Chinese refusal; a late answer is ignored', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { verify, made } = runner((w) =>
      queueMicrotask(() => {
        w.onerror?.({ message: 'Out of memory', preventDefault: () => undefined } as ErrorEvent);
        w.onmessage?.({ data: ok('late') } as MessageEvent);
      }),
    );
    const r = await verify('peek', { bytes });
    expect(r).toMatchObject({ ok: false, error: { code: 'verify-crashed', message: expect.stringContaining('校验进程异常退出') } });
    expect(made[0]!.terminated).toBe(1);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
