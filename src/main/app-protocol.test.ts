import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  appSchemeRegistration,
  createAppProtocolHandler,
  resolveAppPath,
} from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './security';

describe('app:// scheme registration', () => {
  // A wrong registration does not fail loudly: Chromium gives the pages another origin and the
  // user's IndexedDB looks empty. So the exact privileges are pinned here.
  it('registers exactly app:// as standard, secure and fetch-capable', () => {
    expect(appSchemeRegistration()).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('does not bypass CSP or enable CORS-free access', () => {
    const privileges: Record<string, boolean> = { ...appSchemeRegistration()[0]?.privileges };
    expect(privileges.bypassCSP).toBeUndefined();
    expect(privileges.corsEnabled).toBeUndefined();
  });

  it('loads the renderer from the fixed origin app://app', () => {
    expect(APP_ORIGIN).toBe('app://app');
    expect(APP_ENTRY_URL).toBe('app://app/index.html');
  });
});

describe('resolveAppPath', () => {
  const dist = resolve('/opt/sdd/dist');

  it('maps paths inside dist/', () => {
    expect(resolveAppPath(dist, 'app://app/index.html')).toEqual({
      ok: true,
      filePath: join(dist, 'index.html'),
      spaFallback: false,
    });
    expect(resolveAppPath(dist, 'app://app/assets/main-abc.js')).toMatchObject({
      ok: true,
      filePath: join(dist, 'assets', 'main-abc.js'),
    });
    expect(resolveAppPath(dist, 'app://app/')).toMatchObject({
      ok: true,
      filePath: join(dist, 'index.html'),
    });
  });

  it('serves the entry page for extensionless client routes', () => {
    expect(resolveAppPath(dist, 'app://app/tasks/my')).toEqual({
      ok: true,
      filePath: join(dist, 'index.html'),
      spaFallback: true,
    });
  });

  it.each([
    'app://app/%2e%2e/%2e%2e/etc/passwd',
    'app://app/assets/%2e%2e/%2e%2e/secret.txt',
    'app://app/..%2f..%2fsecret.txt',
    'app://app/..%5c..%5csecret.txt',
    'app://app/%5c..%5csecret.txt',
    'app://app/index.html%00.png',
    'app://app/assets/..%2F..%2F..%2Fsecret',
  ])('keeps %s inside dist/ (refused, or normalised by the URL parser)', (url) => {
    const r = resolveAppPath(dist, url);
    if (r.ok) expect(r.filePath.startsWith(dist + sep)).toBe(true);
    else expect(r.status).toBe(403);
  });

  it('refuses encoded separators and NUL outright', () => {
    for (const url of [
      'app://app/..%2fsecret.txt',
      'app://app/..%5csecret.txt',
      'app://app/index.html%00.png',
    ]) {
      expect(resolveAppPath(dist, url)).toEqual({ ok: false, status: 403 });
    }
  });

  it('refuses other hosts and credentials', () => {
    expect(resolveAppPath(dist, 'app://other/index.html')).toEqual({ ok: false, status: 403 });
    expect(resolveAppPath(dist, 'app://x@app/index.html')).toEqual({ ok: false, status: 403 });
    expect(resolveAppPath(dist, 'file:///etc/passwd')).toEqual({ ok: false, status: 403 });
  });

  it('refuses malformed escapes', () => {
    expect(resolveAppPath(dist, 'app://app/%E0%A4%A.js')).toEqual({ ok: false, status: 400 });
  });
});

describe('app:// protocol handler', () => {
  let root: string;
  let dist: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sdd-proto-'));
    dist = join(root, 'dist');
    await mkdir(join(dist, 'assets'), { recursive: true });
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>ok</title>');
    await writeFile(join(dist, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(root, 'secret.txt'), 'TOP SECRET');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => createAppProtocolHandler(dist)({ url, method });

  it('serves files with their MIME type and the CSP header', async () => {
    const res = await get('app://app/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).toBe('console.log(1)');
  });

  it('never returns a file outside dist/', async () => {
    for (const url of [
      'app://app/%2e%2e/secret.txt',
      'app://app/..%2fsecret.txt',
      'app://app/..%5csecret.txt',
    ]) {
      const res = await get(url);
      expect(res.status).not.toBe(200);
      expect(await res.text()).not.toContain('TOP SECRET');
    }
  });

  it('answers 404 for missing files and 405 for writes', async () => {
    expect((await get('app://app/missing.js')).status).toBe(404);
    expect((await get('app://app/index.html', 'POST')).status).toBe(405);
  });
});
