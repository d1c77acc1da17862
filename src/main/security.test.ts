import { describe, expect, it, vi } from 'vitest';
import {
  attachWebContentsGuards,
  CONTENT_SECURITY_POLICY,
  createNavigationGuard,
  createPermissionCheckHandler,
  createPermissionRequestHandler,
  denyWindowOpen,
  securityHeaders,
  type GuardableWebContents,
  type PreventableEvent,
} from './security';
import { APP_TRUSTED_ORIGIN, isTrustedUrl, parseTrustedOrigin } from './trusted-origin';

function navigate(url: string): boolean {
  const event = { preventDefault: vi.fn() };
  createNavigationGuard(APP_TRUSTED_ORIGIN)(event, url);
  return event.preventDefault.mock.calls.length === 0;
}

describe('navigation guard', () => {
  it('allows our own app:// pages', () => {
    expect(navigate('app://app/index.html')).toBe(true);
    expect(navigate('app://app/index.html#/tasks')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'app://app.evil.com/index.html',
    'app://app@evil.com/',
    'app://evil@app/',
    'app://application/',
    'file:///etc/passwd',
    'http://app/',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('cancels navigation to %s', (url) => {
    expect(navigate(url)).toBe(false);
  });

  it('compares parsed origins, so a prefix match is not enough', () => {
    expect('app://app.evil/'.startsWith('app://app')).toBe(true);
    expect(isTrustedUrl('app://app.evil/', APP_TRUSTED_ORIGIN)).toBe(false);
  });

  it('parses the web build origin with its port', () => {
    const web = parseTrustedOrigin('http://127.0.0.1:5178');
    expect(isTrustedUrl('http://127.0.0.1:5178/index.html', web)).toBe(true);
    expect(isTrustedUrl('http://127.0.0.1:5179/index.html', web)).toBe(false);
    expect(() => parseTrustedOrigin('http://127.0.0.1:5178/some/path')).toThrow();
  });
});

describe('window.open', () => {
  it('is always denied', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });
});

describe('permission handlers', () => {
  const request = (permission: string, requestingUrl?: string): boolean => {
    let granted: boolean | undefined;
    createPermissionRequestHandler(APP_TRUSTED_ORIGIN)(
      {},
      permission,
      (g) => (granted = g),
      requestingUrl === undefined ? {} : { requestingUrl },
    );
    if (granted === undefined) throw new Error('callback not called');
    return granted;
  };

  it.each([
    'media',
    'geolocation',
    'notifications',
    'openExternal',
    'clipboard-read',
    'hid',
    'usb',
    'unknown',
  ])('denies %s', (permission) => {
    expect(request(permission, 'app://app/index.html')).toBe(false);
  });

  it('grants persistent storage and clipboard writes to our own origin only', () => {
    expect(request('persistent-storage', 'app://app/index.html')).toBe(true);
    expect(request('clipboard-sanitized-write', 'app://app/index.html')).toBe(true);
    expect(request('persistent-storage', 'https://evil.example/')).toBe(false);
    expect(request('persistent-storage')).toBe(false);
  });

  it('answers permission checks with the same policy', () => {
    const check = createPermissionCheckHandler(APP_TRUSTED_ORIGIN);
    expect(check(null, 'persistent-storage', 'app://app')).toBe(true);
    expect(check(null, 'media', 'app://app')).toBe(false);
    expect(check(null, 'persistent-storage', 'https://evil.example')).toBe(false);
  });
});

describe('content security policy', () => {
  it('is the strict policy of docs/SECURITY.md E1', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });

  it('never allows eval or inline scripts', () => {
    const scriptSrc = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('is sent as a response header with nosniff', () => {
    expect(securityHeaders()).toMatchObject({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
  });
});

describe('attachWebContentsGuards', () => {
  it('guards navigation and redirects, refuses webviews and denies new windows', () => {
    const listeners = new Map<string, (event: PreventableEvent, url: string) => void>();
    let openHandler: (() => { action: 'deny' }) | undefined;
    const contents: GuardableWebContents = {
      on: (event: string, listener: (event: PreventableEvent, url: string) => void) =>
        listeners.set(event, listener),
      setWindowOpenHandler: (h) => {
        openHandler = h;
      },
    };
    attachWebContentsGuards(contents, APP_TRUSTED_ORIGIN);
    for (const name of ['will-navigate', 'will-redirect']) {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)?.(event, 'https://evil.example/');
      expect(event.preventDefault).toHaveBeenCalledOnce();
    }
    const webview = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')?.(webview, '');
    expect(webview.preventDefault).toHaveBeenCalledOnce();
    expect(openHandler?.()).toEqual({ action: 'deny' });
  });
});
