import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type IpcHandlers } from '../../shared/ipc/contract';
import { ok } from '../../shared/result';
import { APP_TRUSTED_ORIGIN } from '../trusted-origin';
import {
  handle,
  registerHandlers,
  type InvokeEventLike,
  type IpcMainLike,
  type SenderFrameLike,
} from './typed-ipc';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain(): IpcMainLike & { listeners: Map<string, Listener> } {
  const listeners = new Map<string, Listener>();
  return { listeners, handle: (channel, listener) => void listeners.set(channel, listener) };
}

const topFrame = (url: string): SenderFrameLike => ({ url, parent: null });
const from = (frame: SenderFrameLike | null): InvokeEventLike => ({ senderFrame: frame });
const silent = { trusted: APP_TRUSTED_ORIGIN, log: () => undefined };

function setup() {
  const ipc = fakeIpcMain();
  const seqNext = vi.fn((args: { keyId: string; addressee: string }) =>
    Promise.resolve(ok({ seq: args.keyId.length })),
  );
  handle(ipc, 'seq:next', seqNext, silent);
  const listener = ipc.listeners.get('seq:next');
  if (!listener) throw new Error('not registered');
  return { listener, seqNext };
}

const goodArgs = { keyId: 'abc123', addressee: 'DDS' };

describe('typed ipc handle: sender guard', () => {
  it('runs the handler for our own top-level app:// frame', async () => {
    const { listener, seqNext } = setup();
    await expect(listener(from(topFrame('app://app/index.html')), goodArgs)).resolves.toEqual({
      ok: true,
      value: { seq: 6 },
    });
    expect(seqNext).toHaveBeenCalledWith(goodArgs);
  });

  it.each([
    ['a foreign web page', topFrame('https://evil.example/')],
    ['a look-alike host', topFrame('app://app.evil/index.html')],
    ['credentials in the URL', topFrame('app://evil@app/index.html')],
    ['a file:// page', topFrame('file:///C:/Users/x/Downloads/evil.html')],
    ['an about:blank frame', topFrame('about:blank')],
    [
      'a subframe, even on our origin',
      { url: 'app://app/index.html', parent: topFrame('app://app/index.html') },
    ],
    ['a destroyed frame', null],
  ])('refuses %s and never calls the handler', async (_name, frame) => {
    const { listener, seqNext } = setup();
    const result = await listener(from(frame), goodArgs);
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc-forbidden-sender' } });
    expect(seqNext).not.toHaveBeenCalled();
  });

  it('accepts a configured trusted origin instead of app://app (the browser bridge)', async () => {
    const ipc = fakeIpcMain();
    handle(ipc, 'seq:peek', () => Promise.resolve(ok({ seq: 0 })), {
      trusted: { protocol: 'http:', host: '127.0.0.1:5178' },
      log: () => undefined,
    });
    const listener = ipc.listeners.get('seq:peek');
    await expect(listener?.(from(topFrame('http://127.0.0.1:5178/')), goodArgs)).resolves.toMatchObject({
      ok: true,
    });
    await expect(listener?.(from(topFrame('app://app/index.html')), goodArgs)).resolves.toMatchObject({
      ok: false,
    });
  });
});

describe('typed ipc handle: argument validation', () => {
  const trustedEvent = from(topFrame('app://app/index.html'));

  it.each([
    ['missing fields', [{ keyId: 'abc' }]],
    ['extra fields', [{ ...goodArgs, admin: true }]],
    ['a prototype-polluting id', [{ keyId: '__proto__', addressee: 'DDS' }]],
    ['a path in an id', [{ keyId: '../../etc', addressee: 'DDS' }]],
    ['no argument', []],
    ['two arguments', [goodArgs, goodArgs]],
    ['a string instead of an object', ['seq']],
  ])('refuses %s', async (_name, args) => {
    const { listener, seqNext } = setup();
    const result = await listener(trustedEvent, ...args);
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc-bad-args' } });
    expect(seqNext).not.toHaveBeenCalled();
  });

  it('turns a handler bug into ipc-internal without leaking the stack', async () => {
    const ipc = fakeIpcMain();
    const log = vi.fn();
    handle(ipc, 'app:info', () => Promise.reject(new Error('secret path /home/x')), {
      trusted: APP_TRUSTED_ORIGIN,
      log,
    });
    const result = await ipc.listeners.get('app:info')?.(trustedEvent, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc-internal' } });
    expect(JSON.stringify(result)).not.toContain('secret path');
    expect(log).toHaveBeenCalled();
  });
});

describe('registerHandlers', () => {
  it('registers every contract channel and nothing else', () => {
    const ipc = fakeIpcMain();
    const stub = () => Promise.resolve(ok({}));
    const handlers = Object.fromEntries(IPC_CHANNELS.map((c) => [c, stub])) as unknown as IpcHandlers;
    registerHandlers(ipc, handlers, silent);
    expect([...ipc.listeners.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
  });
});
