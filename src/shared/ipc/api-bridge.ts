/**
 * The shape of `window.api`, exposed by the preload in Electron and by the Playwright bridge's init
 * script in tests. One typed invoke over the contract's channels; nothing else crosses the bridge.
 */
import type { Channel, ChannelArgs, ChannelResult } from './contract';

export interface ApiBridge {
  /** Calls a main-process handler; resolves to its Result (never rejects for expected failures). */
  invoke<C extends Channel>(channel: C, args: ChannelArgs<C>): Promise<ChannelResult<C>>;
}

/** Global name the bridge is exposed under (contextBridge.exposeInMainWorld / the init script). */
export const API_GLOBAL = 'api';

declare global {
  interface Window {
    /** Present only in Electron (preload) and in the bridge test project; absent in the web build. */
    readonly api?: ApiBridge;
  }
}
