/**
 * The fixed app:// origin (docs/SECURITY.md D6, checklist item 18). IndexedDB is keyed by origin: the scheme must
 * be registered as standard + secure before the app is ready, and the host must never change, or the
 * user's data silently "disappears" into another origin's storage. The handler serves the built
 * renderer from dist/ and refuses every path that would leave it.
 */
import { readFile as fsReadFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { securityHeaders } from './security';

export const APP_SCHEME = 'app';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Mirrors Electron's CustomScheme so this module needs no electron import. */
export interface AppSchemeRegistration {
  readonly scheme: string;
  readonly privileges: {
    readonly standard: boolean;
    readonly secure: boolean;
    readonly supportFetchAPI: boolean;
  };
}

/**
 * The argument for protocol.registerSchemesAsPrivileged. `standard` gives app:// real origins (and so
 * its own IndexedDB); `secure` makes it a secure context (WebCrypto, persist()); fetch for workers and
 * module loading. Changing any of these moves the user's data: the unit test pins them.
 */
export function appSchemeRegistration(): AppSchemeRegistration[] {
  return [{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }];
}

export type AppPathResolution =
  | { readonly ok: true; readonly filePath: string; readonly spaFallback: boolean }
  | { readonly ok: false; readonly status: 400 | 403 | 404 };

/**
 * Maps an app:// URL to a file inside distDir. Refuses other hosts, encoded separators, NUL,
 * backslashes and any path that resolves outside distDir (Chromium normalises `..` in standard URLs,
 * but percent-encoded forms reach us undecoded).
 */
export function resolveAppPath(distDir: string, requestUrl: string): AppPathResolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (
    url.protocol !== `${APP_SCHEME}:` ||
    url.host !== APP_HOST ||
    url.username !== '' ||
    url.password !== ''
  ) {
    return { ok: false, status: 403 };
  }
  if (/%2f|%5c|%00/i.test(url.pathname)) return { ok: false, status: 403 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.split('/').includes('..')) {
    return { ok: false, status: 403 };
  }
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = resolve(distDir);
  const filePath = resolve(root, relativePath);
  const rel = relative(root, filePath);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel))
    return { ok: false, status: 403 };
  // Client-side routes have no extension; they get the entry page, like any SPA host.
  const spaFallback = extname(relativePath) === '';
  return { ok: true, filePath: spaFallback ? resolve(root, 'index.html') : filePath, spaFallback };
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export interface AppProtocolRequest {
  readonly url: string;
  readonly method: string;
}

/** The function given to protocol.handle('app', …); readFile is injectable for tests. */
export function createAppProtocolHandler(
  distDir: string,
  readFile: (path: string) => Promise<Uint8Array> = fsReadFile,
): (request: AppProtocolRequest) => Promise<Response> {
  return async (request) => {
    const headers = securityHeaders();
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response(null, { status: 405, headers });
    const resolved = resolveAppPath(distDir, request.url);
    if (!resolved.ok) return new Response(null, { status: resolved.status, headers });
    let body: Uint8Array;
    try {
      body = await readFile(resolved.filePath);
    } catch {
      return new Response(null, { status: 404, headers });
    }
    const responseHeaders = { ...headers, 'Content-Type': mimeTypeFor(resolved.filePath) };
    return new Response(request.method === 'HEAD' ? null : new Blob([body as Uint8Array<ArrayBuffer>]), {
      status: 200,
      headers: responseHeaders,
    });
  };
}
