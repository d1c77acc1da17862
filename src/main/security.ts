/**
 * Session and web-contents hardening (Electron security checklist items 5, 7, 11, 13, 14; docs/SECURITY.md E1)
 * as pure functions over small interfaces, so they are unit-tested without an Electron binary.
 * main.ts only wires them to the real session and web contents.
 */
import { isTrustedUrl, type TrustedOrigin } from './trusted-origin';

/**
 * The CSP of docs/SECURITY.md E1, sent as a response header for every app:// response. `'unsafe-inline'` for
 * styles only because antd injects CSS at run time; font-src admits data: like the renderer's own
 * meta CSP, so both builds behave the same (two CSPs intersect: the stricter one wins).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers added to every response served from app://. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}

export interface PreventableEvent {
  preventDefault(): void;
}

/** will-navigate / will-redirect: only our own origin may be loaded; everything else is cancelled. */
export function createNavigationGuard(
  trusted: TrustedOrigin,
): (event: PreventableEvent, url: string) => void {
  return (event, url) => {
    if (!isTrustedUrl(url, trusted)) event.preventDefault();
  };
}

/** setWindowOpenHandler: no new windows, ever (links to the outside are not opened either). */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * Permissions our own pages may use: persistent storage (docs/SECURITY.md D6 asks navigator.storage.persist())
 * and writing to the clipboard (copying grid cells). Everything else — camera, geolocation,
 * notifications, openExternal, … — is denied.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set([
  'persistent-storage',
  'clipboard-sanitized-write',
]);

function permissionAllowed(permission: string, url: string | undefined, trusted: TrustedOrigin): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isTrustedUrl(url, trusted);
}

/** session.setPermissionRequestHandler: deny unless allow-listed and asked by our own origin. */
export function createPermissionRequestHandler(
  trusted: TrustedOrigin,
): (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl?: string },
) => void {
  return (_webContents, permission, callback, details) => {
    callback(permissionAllowed(permission, details.requestingUrl, trusted));
  };
}

/** session.setPermissionCheckHandler: the synchronous twin of the request handler, same policy. */
export function createPermissionCheckHandler(
  trusted: TrustedOrigin,
): (webContents: unknown, permission: string, requestingOrigin: string) => boolean {
  return (_webContents, permission, requestingOrigin) =>
    permissionAllowed(permission, requestingOrigin, trusted);
}

/** The subset of WebContents the guards attach to. */
export interface GuardableWebContents {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: PreventableEvent, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

/** Applied to every web contents the app creates (app 'web-contents-created'). */
export function attachWebContentsGuards(contents: GuardableWebContents, trusted: TrustedOrigin): void {
  const guard = createNavigationGuard(trusted);
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  // We never use <webview>; refusing attachment closes checklist item 12 outright.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(denyWindowOpen);
}
