// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BROWSER_SEQ_KEY, BROWSER_SENTINEL_KEY, createBrowserPlatform } from './browser-platform';
import type { Platform } from './platform-types';

const make = (): Platform =>
  createBrowserPlatform({
    storage: localStorage,
    document,
    version: '0.1.0',
    origin: 'http://127.0.0.1:5178',
  });
const scope = { keyId: 'k1', addressee: 'DDS' };
const value = <T>(r: { ok: true; value: T } | { ok: false }): T | undefined => (r.ok ? r.value : undefined);

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('browser platform: sequence mark', () => {
  it('is monotonic and survives a reload (a new platform over the same storage)', async () => {
    const first = make();
    expect(value(await first.peekSeq(scope))).toBe(0);
    expect(value(await first.nextSeq(scope))).toBe(1);
    expect(value(await first.nextSeq(scope))).toBe(2);
    const afterReload = make();
    expect(value(await afterReload.peekSeq(scope))).toBe(2);
    expect(value(await afterReload.nextSeq(scope))).toBe(3);
    expect(value(await afterReload.nextSeq({ keyId: 'k1', addressee: 'JWC' }))).toBe(1);
  });

  it('lives in localStorage under its own key, apart from IndexedDB and the sentinel', async () => {
    await make().nextSeq(scope);
    expect(BROWSER_SEQ_KEY).not.toBe(BROWSER_SENTINEL_KEY);
    expect(JSON.parse(localStorage.getItem(BROWSER_SEQ_KEY) ?? '')).toEqual({
      marks: [{ ...scope, seq: 1 }],
    });
  });

  it('never hands out the same number to concurrent callers', async () => {
    const p = make();
    const issued = await Promise.all(Array.from({ length: 10 }, () => p.nextSeq(scope)));
    expect(issued.map((r) => value(r)).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
  });

  it('stops issuing numbers when the stored mark is corrupt', async () => {
    localStorage.setItem(BROWSER_SEQ_KEY, '{"marks":[{"keyId":"k1"');
    await expect(make().nextSeq(scope)).resolves.toMatchObject({
      ok: false,
      error: { code: 'seq-store-corrupt' },
    });
  });

  it('refuses a scope id that could pollute prototypes', async () => {
    await expect(make().nextSeq({ keyId: '__proto__', addressee: 'DDS' })).resolves.toMatchObject({
      ok: false,
    });
  });
});

describe('browser platform: sentinel', () => {
  it('keeps the text in localStorage under its own key, apart from IndexedDB and the sequence mark', async () => {
    const p = make();
    expect(value(await p.loadSentinel())).toBeNull();
    await p.saveSentinel('{"format":1}');
    await p.saveSentinel('{"format":1,"n":2}');
    expect(value(await make().loadSentinel())).toBe('{"format":1,"n":2}');
    expect(localStorage.getItem(BROWSER_SENTINEL_KEY)).toBe('{"format":1,"n":2}');
    expect(BROWSER_SENTINEL_KEY).not.toBe(BROWSER_SEQ_KEY);
  });

  it('reports a full storage as a value', async () => {
    const fullStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    const p = createBrowserPlatform({
      storage: fullStorage,
      document,
      version: '0.1.0',
      origin: 'http://127.0.0.1:5178',
    });
    await expect(p.saveSentinel('{}')).resolves.toMatchObject({ ok: false, error: { code: 'storage-full' } });
  });
});

describe('browser platform: files and info', () => {
  it('saves through an <a download> link', async () => {
    const clicks: Array<{ download: string; href: string }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ download: this.download, href: this.href });
    });
    const result = await make().saveFile({ suggestedName: '数据包.sdd', bytes: new Uint8Array([1, 2, 3]) });
    expect(result).toEqual({ ok: true, value: { kind: 'saved', location: '数据包.sdd' } });
    expect(clicks).toHaveLength(1);
    expect(clicks[0]?.download).toBe('数据包.sdd');
    expect(clicks[0]?.href).toMatch(/^blob:/);
  });

  it('refuses a save name with a path in it', async () => {
    await expect(
      make().saveFile({ suggestedName: '../x.sdd', bytes: new Uint8Array() }),
    ).resolves.toMatchObject({ ok: false });
  });

  it('opens through a file input restricted to the filters, and reports cancel', async () => {
    let accept = '';
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      accept = this.accept;
      this.dispatchEvent(new Event('cancel'));
    });
    const result = await make().openFile({ filters: [{ name: '数据包', extensions: ['sdd', 'ZIP'] }] });
    expect(result).toEqual({ ok: true, value: { kind: 'cancelled' } });
    expect(accept).toBe('.sdd,.zip');
    expect(document.querySelectorAll('input[type=file]')).toHaveLength(0);
  });

  it('describes itself as the browser build', async () => {
    expect(value(await make().appInfo())).toEqual({
      version: '0.1.0',
      dataDir: '浏览器本地存储（http://127.0.0.1:5178）',
      platform: 'browser',
    });
    expect(value(await make().backupDir())).toBeNull();
  });
});
