/**
 * The one path every invoke takes, in Electron and in the Playwright bridge alike: check the sender,
 * check the channel, validate the arguments with the contract, run the handler, and turn a thrown bug
 * into an `ipc-internal` Result (the renderer never sees a stack trace). The sender is checked first so
 * an untrusted frame learns nothing about channels or argument shapes.
 */
import {
  isChannel,
  parseChannelArgs,
  type Channel,
  type ChannelArgs,
  type ChannelResult,
  type IpcHandlers,
} from '../../shared/ipc/contract';
import { ipcError } from '../../shared/ipc/ipc-errors';
import type { Result } from '../../shared/result';
import { isTrustedUrl, type TrustedOrigin } from '../trusted-origin';

/** Where an invoke came from: the frame's URL and whether it is a top-level frame. */
export interface InvokeSender {
  readonly url: string | null | undefined;
  readonly isTopFrame: boolean;
}

export interface DispatchOptions {
  readonly trusted: TrustedOrigin;
  /** Refusals and handler bugs are logged here (console.warn by default). */
  readonly log?: (message: string, detail?: unknown) => void;
}

export function isTrustedSender(sender: InvokeSender | null | undefined, trusted: TrustedOrigin): boolean {
  // Our page has no iframes; a subframe invoking us is someone else's content even on our origin.
  return sender !== null && sender !== undefined && sender.isTopFrame && isTrustedUrl(sender.url, trusted);
}

export async function dispatchInvoke(
  handlers: IpcHandlers,
  options: DispatchOptions,
  sender: InvokeSender | null | undefined,
  channel: unknown,
  rawArgs: unknown,
): Promise<Result<unknown>> {
  const log = options.log ?? ((message: string, detail?: unknown) => console.warn(message, detail));
  if (!isTrustedSender(sender, options.trusted)) {
    log('[ipc] refused: untrusted sender', { channel: String(channel), url: sender?.url ?? null });
    return ipcError('ipc-forbidden-sender');
  }
  if (!isChannel(channel)) {
    log('[ipc] refused: unknown channel', { channel: String(channel) });
    return ipcError('ipc-unknown-channel');
  }
  return runChannel(handlers, channel, rawArgs, log);
}

async function runChannel<C extends Channel>(
  handlers: IpcHandlers,
  channel: C,
  rawArgs: unknown,
  log: (message: string, detail?: unknown) => void,
): Promise<ChannelResult<C> | Result<never>> {
  const parsed = parseChannelArgs(channel, rawArgs);
  if (!parsed.ok) {
    log('[ipc] refused: bad arguments', { channel, issues: parsed.issues });
    return ipcError('ipc-bad-args', { channel });
  }
  // IpcHandlers is a mapped type; TS cannot correlate handler and args through the generic index.
  const handler = handlers[channel] as (args: ChannelArgs<C>) => Promise<ChannelResult<C>>;
  try {
    return await handler(parsed.args);
  } catch (e) {
    log('[ipc] handler threw', { channel, error: e instanceof Error ? e.stack : String(e) });
    return ipcError('ipc-internal', { channel });
  }
}
