/**
 * A Worker stand-in for unit tests of Worker clients: it records what was posted and terminations,
 * and the test decides how it behaves (answer, stay silent, die, send garbage).
 */
import type { RpcCall, RpcReply, RpcWorker } from '../rpc-protocol';

type Listener = (ev: Event) => void;

export class FakeWorker implements RpcWorker {
  readonly posted: unknown[] = [];
  terminated = 0;
  private readonly listeners = new Map<string, Listener[]>();

  constructor(private readonly behave: (w: FakeWorker, message: unknown) => void) {}

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  postMessage(message: unknown): void {
    this.posted.push(message);
    this.behave(this, message);
  }

  terminate(): void {
    this.terminated++;
  }

  /** The calls posted so far (one-way messages left out). */
  get calls(): RpcCall[] {
    return this.posted.filter((m): m is RpcCall => (m as RpcCall | null)?.rpc === 'call');
  }

  emit(type: string, ev: Event): void {
    for (const l of this.listeners.get(type) ?? []) l(ev);
  }

  reply(r: RpcReply): void {
    this.emit('message', new MessageEvent('message', { data: r }));
  }

  answer(call: RpcCall, value: unknown): void {
    this.reply({ rpc: 'ok', id: call.id, value });
  }

  crash(message = 'Out of memory'): void {
    const ev = new Event('error', { cancelable: true });
    Object.defineProperty(ev, 'message', { value: message });
    this.emit('error', ev);
  }
}

/** Makes FakeWorkers with one behaviour and keeps them, in order of creation. */
export function fakeWorkers(behave: (w: FakeWorker, message: unknown) => void) {
  const made: FakeWorker[] = [];
  const makeWorker = () => {
    const w = new FakeWorker(behave);
    made.push(w);
    return w;
  };
  return { made, makeWorker };
}

/** Answers every call with `value(call)` on the next microtask. */
export const answering =
  (value: (call: RpcCall) => unknown) =>
  (w: FakeWorker, m: unknown): void => {
    const call = m as RpcCall;
    if (call.rpc === 'call') queueMicrotask(() => w.answer(call, value(call)));
  };
