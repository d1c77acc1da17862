/**
 * Electron glue for typed-ipc.ts: the only file that touches the real ipcMain (the lint rule allows
 * ipcMain only under src/main/ipc). Not imported by tests.
 */
import { ipcMain } from 'electron';
import type { IpcHandlers } from '../../shared/ipc/contract';
import type { DispatchOptions } from './dispatch';
import { registerHandlers, type IpcMainLike } from './typed-ipc';

export function registerElectronIpc(handlers: IpcHandlers, options: DispatchOptions): void {
  const ipc: IpcMainLike = ipcMain;
  registerHandlers(ipc, handlers, options);
}
