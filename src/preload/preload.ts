/**
 * The sandboxed preload: exposes exactly one function, `window.api.invoke`, over the contract's
 * channels. It imports only the channel list (not zod) to stay a small single file; argument
 * validation happens in the main process, which cannot trust the renderer anyway. No ipcRenderer,
 * event or Node object is handed to the page (checklist item 20).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { ApiBridge } from '../shared/ipc/api-bridge';
import { isChannel } from '../shared/ipc/channels';
import { IPC_ERROR_MESSAGES } from '../shared/ipc/ipc-errors';

const api: ApiBridge = {
  invoke: (channel, args) => {
    if (!isChannel(channel)) {
      const error = { code: 'ipc-unknown-channel', message: IPC_ERROR_MESSAGES['ipc-unknown-channel'] };
      return Promise.resolve({ ok: false, error });
    }
    // Exactly one argument: the main-side wrapper refuses any other arity.
    return ipcRenderer.invoke(channel, args);
  },
};

contextBridge.exposeInMainWorld('api', api);
