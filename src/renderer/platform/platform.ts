/**
 * Chooses the Platform once per page: Electron when the preload (or the Playwright bridge) defined
 * window.api, the browser adapter otherwise.
 */
import type { ApiBridge } from '../../shared/ipc/api-bridge';
import { createBrowserPlatform, pageVersion } from './browser-platform';
import { createElectronPlatform } from './electron-platform';
import type { Platform } from './platform-types';

export type { Platform } from './platform-types';

export function selectPlatform(
  win: { readonly api?: ApiBridge | undefined } & Pick<
    Window,
    'localStorage' | 'document' | 'navigator' | 'location'
  >,
): Platform {
  if (win.api !== undefined) return createElectronPlatform(win.api);
  return createBrowserPlatform({
    storage: win.localStorage,
    document: win.document,
    locks: 'locks' in win.navigator ? win.navigator.locks : undefined,
    version: pageVersion(win.document),
    origin: win.location.origin,
    storageManager: 'storage' in win.navigator ? win.navigator.storage : undefined,
  });
}

let current: Platform | undefined;

/** The page's Platform (created on first use). */
export function getPlatform(): Platform {
  current ??= selectPlatform(window);
  return current;
}
