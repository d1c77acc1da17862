/**
 * The typed wrapper over ipcMain.handle (GitHub Desktop style: the only way to handle a channel).
 * ipcMain and its event are behind the minimal interfaces below, so the sender guard is unit-tested
 * without Electron; electron-ipc.ts passes the real ipcMain.
 */
import { IPC_CHANNELS, type Channel, type IpcHandlers } from '../../shared/ipc/contract';
import { ipcError } from '../../shared/ipc/ipc-errors';
import { dispatchInvoke, type DispatchOptions, type InvokeSender } from './dispatch';

/** The part of Electron's WebFrameMain the guard reads. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: SenderFrameLike | null;
}

/** The part of IpcMainInvokeEvent the guard reads; senderFrame is null once the frame is gone. */
export interface InvokeEventLike {
  readonly senderFrame: SenderFrameLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

function senderOf(event: InvokeEventLike): InvokeSender | null {
  const frame = event.senderFrame;
  return frame === null ? null : { url: frame.url, isTopFrame: frame.parent === null };
}

/** Handles one channel: sender check, argument validation, then `fn`, via dispatchInvoke. */
export function handle<C extends Channel>(
  ipc: IpcMainLike,
  channel: C,
  fn: IpcHandlers[C],
  options: DispatchOptions,
): void {
  // A one-channel handler map, so the shared dispatcher applies the same checks as everywhere else.
  const single = { [channel]: fn } as unknown as IpcHandlers;
  ipc.handle(channel, async (event, ...args) => {
    // The preload always sends exactly one argument object; anything else did not come through it.
    if (args.length !== 1) return ipcError('ipc-bad-args', { channel });
    return dispatchInvoke(single, options, senderOf(event), channel, args[0]);
  });
}

/** Registers every contract channel; a missing handler is a compile error (IpcHandlers is total). */
export function registerHandlers(ipc: IpcMainLike, handlers: IpcHandlers, options: DispatchOptions): void {
  for (const channel of IPC_CHANNELS) handle(ipc, channel, handlers[channel], options);
}
