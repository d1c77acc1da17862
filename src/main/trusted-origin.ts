/**
 * The one origin our own pages run under (app://app in Electron, the fixed 127.0.0.1 port in the browser
 * build and the bridge tests). Comparisons go through the WHATWG URL parser, never `startsWith`: a
 * prefix check lets `app://app.evil/` or `app://app@evil/` through. Custom schemes have an opaque
 * `URL.origin` ("null") in Node, so scheme and host are compared instead.
 */

export interface TrustedOrigin {
  /** With the trailing colon, as URL.protocol reports it: `app:` or `http:`. */
  readonly protocol: string;
  /** Host with port, as URL.host reports it: `app` or `127.0.0.1:5178`. */
  readonly host: string;
}

export const APP_TRUSTED_ORIGIN: TrustedOrigin = { protocol: 'app:', host: 'app' };

/** Parses `app://app` or `http://127.0.0.1:5178`; throws on anything else (a configuration bug). */
export function parseTrustedOrigin(origin: string): TrustedOrigin {
  const u = new URL(origin);
  if (u.host === '' || u.username !== '' || u.password !== '' || (u.pathname !== '' && u.pathname !== '/')) {
    throw new Error(`not an origin: ${origin}`);
  }
  return { protocol: u.protocol, host: u.host };
}

/** True when `url` is a well-formed URL of exactly the trusted scheme and host, with no credentials. */
export function isTrustedUrl(url: string | null | undefined, trusted: TrustedOrigin): boolean {
  if (typeof url !== 'string' || url === '') return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return u.protocol === trusted.protocol && u.host === trusted.host && u.username === '' && u.password === '';
}
